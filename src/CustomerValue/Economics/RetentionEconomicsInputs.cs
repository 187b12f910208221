using System.Globalization;

namespace CustomerValue.Economics;

/// <summary>
/// The inputs of the "acquire or retain" calculator (<see cref="RetentionEconomics"/>): what was spent on winning and on keeping
/// customers, how many were won, kept and lost, and the margin, retention and discount rates that value a customer.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Set the properties in any order; <see cref="Validate"/> (called by
/// <see cref="RetentionEconomics.Calculate"/>) checks them all at once and names every field that is wrong, with its value.</para>
/// <para>Rates refer to one period (a year, a month, …), the same period as the margin. Nothing here holds an industry rule of
/// thumb: the 5–7× acquisition-to-retention cost ratio and Reichheld's +25–85 % profit from +5 points of retention are
/// illustrations to compare your own results with, never defaults.</para>
/// </remarks>
public sealed record RetentionEconomicsInputs
{
    private const double RoundingSlack = 1e-12;

    /// <summary>Money spent on winning new customers; finite and zero or more.</summary>
    /// <value>Defaults to 0.</value>
    public double AcquisitionSpend { get; init; }

    /// <summary>New customers won with <see cref="AcquisitionSpend"/>; zero or more.</summary>
    /// <value>Defaults to 0.</value>
    public long CustomersWon { get; init; }

    /// <summary>Money spent on keeping existing customers (loyalty rewards, service, win-back); finite and zero or more.</summary>
    /// <value>Defaults to 0.</value>
    public double RetentionSpend { get; init; }

    /// <summary>
    /// Existing customers kept thanks to <see cref="RetentionSpend"/>: those who would otherwise have left. Count only these
    /// incremental saves, not the whole retained base, or the retention ROI is overstated. Zero or more.
    /// </summary>
    /// <value>Defaults to 0.</value>
    public long CustomersKept { get; init; }

    /// <summary>Existing customers lost over the same period; zero or more.</summary>
    /// <value>Defaults to 0.</value>
    public long CustomersLost { get; init; }

    /// <summary>m: the margin one customer yields per period (currency units; may be negative); finite.</summary>
    /// <value>Defaults to 0.</value>
    public double MarginPerCustomerPerPeriod { get; init; }

    /// <summary>r: the share of customers who stay one more period; in [0, 1].</summary>
    /// <value>Defaults to 0.</value>
    public double RetentionRate { get; init; }

    /// <summary>d: the discount rate per period; finite and zero or more (0 needs r &lt; 1 or a finite horizon).</summary>
    /// <value>Defaults to 0.</value>
    public double DiscountRate { get; init; }

    /// <summary>Δr: the retention change to value (0.05 is Reichheld's "+5 points"); r + Δr must be in [0, 1].</summary>
    /// <value>Defaults to 0.05.</value>
    public double RetentionChange { get; init; } = 0.05;

    /// <summary>When a customer's first margin arrives.</summary>
    /// <value>Defaults to <see cref="PaymentTiming.FirstPaymentNow"/> (m(1 + d)/(1 + d − r)).</value>
    public PaymentTiming Timing { get; init; } = PaymentTiming.FirstPaymentNow;

    /// <summary>The horizon in periods (payments counted), or <see langword="null"/> for an infinite horizon; at least 1 when set.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public int? HorizonPeriods { get; init; }

    /// <summary>Checks every input and returns one readable message per problem, naming the field and its value; empty when all are valid.</summary>
    /// <returns>The problems found, in field order.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        NonNegative(errors, nameof(AcquisitionSpend), AcquisitionSpend);
        NonNegative(errors, nameof(CustomersWon), CustomersWon);
        NonNegative(errors, nameof(RetentionSpend), RetentionSpend);
        NonNegative(errors, nameof(CustomersKept), CustomersKept);
        NonNegative(errors, nameof(CustomersLost), CustomersLost);
        if (!double.IsFinite(MarginPerCustomerPerPeriod))
        {
            errors.Add(Format($"{nameof(MarginPerCustomerPerPeriod)} must be finite, but was {MarginPerCustomerPerPeriod}."));
        }

        bool rateOk = RetentionRate is >= 0.0 and <= 1.0;
        if (!rateOk)
        {
            errors.Add(Format($"{nameof(RetentionRate)} must be between 0 and 1, but was {RetentionRate}."));
        }

        bool discountOk = double.IsFinite(DiscountRate) && DiscountRate >= 0;
        if (!discountOk)
        {
            errors.Add(Format($"{nameof(DiscountRate)} must be finite and zero or more, but was {DiscountRate}."));
        }

        // r + Δr may exceed 1 by rounding alone (0.7 + 0.3); such sums count as 1 (the calculator clamps to [0, 1]).
        double improved = RetentionRate + RetentionChange;
        if (!double.IsFinite(RetentionChange))
        {
            errors.Add(Format($"{nameof(RetentionChange)} must be finite, but was {RetentionChange}."));
        }
        else if (rateOk && !(improved >= -RoundingSlack && improved <= 1.0 + RoundingSlack))
        {
            errors.Add(Format($"{nameof(RetentionChange)} = {RetentionChange} takes {nameof(RetentionRate)} = {RetentionRate} to {improved}, outside [0, 1]."));
        }

        if (!Enum.IsDefined(Timing))
        {
            errors.Add(Format($"{nameof(Timing)} must be {nameof(PaymentTiming.FirstPaymentNow)} or {nameof(PaymentTiming.FirstPaymentInOnePeriod)}, but was {(int)Timing}."));
        }

        if (HorizonPeriods is < 1)
        {
            errors.Add(Format($"{nameof(HorizonPeriods)} must be at least 1 (or null for an infinite horizon), but was {HorizonPeriods}."));
        }
        else if (HorizonPeriods is null && rateOk && discountOk && DiscountRate == 0
            && (RetentionRate == 1.0 || (double.IsFinite(RetentionChange) && improved >= 1.0 - RoundingSlack)))
        {
            errors.Add(Format($"With {nameof(DiscountRate)} = 0 and a retention rate of 1 the infinite-horizon value diverges: set a positive {nameof(DiscountRate)} or {nameof(HorizonPeriods)}."));
        }

        return errors.AsReadOnly();
    }

    private static void NonNegative(List<string> errors, string field, double value)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            errors.Add(Format($"{field} must be finite and zero or more, but was {value}."));
        }
    }

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
