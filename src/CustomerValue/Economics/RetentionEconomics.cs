using CustomerValue.Lifetime;

namespace CustomerValue.Economics;

/// <summary>
/// The "acquire or retain" calculator of DOMAIN §3 (seeds 001–003): cost per acquired and per retained customer, the value of
/// the customers lost, the lifetime-value effect of a retention change, the break-even retention spend and the marketing ROI.
/// </summary>
/// <remarks>
/// Pure and thread-safe. A customer's value is its relationship value (<see cref="RelationshipValue"/>): margin m per period,
/// retention r, discount rate d, with the first payment now or in one period and an infinite or finite horizon. The worked example
/// of seed 003 (250,000 customers won for 120 million while 210,000 were lost) is in docs/retention-economics.md.
/// </remarks>
public static class RetentionEconomics
{
    /// <summary>Computes every figure from <paramref name="inputs"/>.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="ArgumentException">One or more inputs are invalid; the message lists each field, its value and the rule.</exception>
    public static RetentionEconomicsResult Calculate(RetentionEconomicsInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        IReadOnlyList<string> errors = inputs.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                $"The retention economics inputs are invalid:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", errors)}",
                nameof(inputs));
        }

        double value = CustomerValue(inputs, inputs.RetentionRate);
        double improvedRate = Math.Clamp(inputs.RetentionRate + inputs.RetentionChange, 0.0, 1.0);
        double improvedValue = CustomerValue(inputs, improvedRate);
        double won = inputs.CustomersWon, kept = inputs.CustomersKept, lost = inputs.CustomersLost;
        double totalSpend = inputs.AcquisitionSpend + inputs.RetentionSpend;
        double? costPerAcquired = Ratio(inputs.AcquisitionSpend, won);
        double? costPerRetained = Ratio(inputs.RetentionSpend, kept);
        return new RetentionEconomicsResult
        {
            Inputs = inputs,
            CostPerAcquiredCustomer = costPerAcquired,
            CostPerRetainedCustomer = costPerRetained,
            AcquisitionToRetentionCostRatio = costPerAcquired is { } a && costPerRetained is { } r ? Ratio(a, r) : null,
            CustomerValue = value,
            ValueOfLostCustomers = lost * value,
            ValueOfCustomersWon = won * value,
            ValueOfCustomersKept = kept * value,
            NetCustomerChange = inputs.CustomersWon - inputs.CustomersLost,
            NetValueChange = ((won - lost) * value) - totalSpend,
            ImprovedRetentionRate = improvedRate,
            CustomerValueAtImprovedRetention = improvedValue,
            CustomerValueChange = improvedValue - value,
            CustomerValueChangePercent = Ratio(100.0 * (improvedValue - value), Math.Abs(value)),
            BreakEvenRetentionSpendPerCustomer = value,
            BreakEvenRetentionSpend = kept * value,
            AcquisitionRoi = Ratio((won * value) - inputs.AcquisitionSpend, inputs.AcquisitionSpend),
            RetentionRoi = Ratio((kept * value) - inputs.RetentionSpend, inputs.RetentionSpend),
            MarketingRoi = Ratio(((won + kept) * value) - totalSpend, totalSpend),
        };
    }

    /// <summary>The relationship value of one customer at <paramref name="retention"/>, with the inputs' margin, discount rate, timing and horizon.</summary>
    private static double CustomerValue(RetentionEconomicsInputs inputs, double retention)
    {
        double m = inputs.MarginPerCustomerPerPeriod, d = inputs.DiscountRate;
        bool now = inputs.Timing == PaymentTiming.FirstPaymentNow;
        return inputs.HorizonPeriods is { } periods
            ? now ? RelationshipValue.Finite(m, retention, d, periods) : RelationshipValue.FiniteDeferred(m, retention, d, periods)
            : now ? RelationshipValue.Infinite(m, retention, d) : RelationshipValue.InfiniteDeferred(m, retention, d);
    }

    private static double? Ratio(double numerator, double denominator) => denominator != 0 ? numerator / denominator : null;
}
