namespace CustomerValue.Economics;

/// <summary>
/// The answers of the "acquire or retain" calculator (<see cref="RetentionEconomics.Calculate"/>). Ratios whose denominator is
/// zero (no customers won, no spend, a customer value of zero) are <see langword="null"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Every money figure is in the currency of the inputs; every value of a customer is its
/// relationship value (<see cref="Lifetime.RelationshipValue"/>) with the inputs' margin, retention, discount rate, timing and horizon.</remarks>
public sealed record RetentionEconomicsResult
{
    /// <summary>The inputs the figures were computed from.</summary>
    public required RetentionEconomicsInputs Inputs { get; init; }

    /// <summary>AcquisitionSpend / CustomersWon: what one new customer cost.</summary>
    public double? CostPerAcquiredCustomer { get; init; }

    /// <summary>RetentionSpend / CustomersKept: what keeping one customer cost.</summary>
    public double? CostPerRetainedCustomer { get; init; }

    /// <summary>CostPerAcquiredCustomer / CostPerRetainedCustomer: your own acquisition-to-retention cost ratio (the seeds' rule of thumb says 5–7; compare, don't assume).</summary>
    public double? AcquisitionToRetentionCostRatio { get; init; }

    /// <summary>The relationship value of one customer at the retention rate r.</summary>
    public double CustomerValue { get; init; }

    /// <summary>CustomersLost × CustomerValue: the value that walked out of the door.</summary>
    public double ValueOfLostCustomers { get; init; }

    /// <summary>CustomersWon × CustomerValue: the value the acquisition spend bought (assuming new customers behave like the base).</summary>
    public double ValueOfCustomersWon { get; init; }

    /// <summary>CustomersKept × CustomerValue: the value the retention spend saved.</summary>
    public double ValueOfCustomersKept { get; init; }

    /// <summary>CustomersWon − CustomersLost: the net change of the customer base.</summary>
    public long NetCustomerChange { get; init; }

    /// <summary>(CustomersWon − CustomersLost) × CustomerValue − AcquisitionSpend − RetentionSpend: the change of customer equity net of the marketing spend.</summary>
    public double NetValueChange { get; init; }

    /// <summary>r + Δr: the retention rate after the change being valued.</summary>
    public double ImprovedRetentionRate { get; init; }

    /// <summary>The relationship value of one customer at r + Δr.</summary>
    public double CustomerValueAtImprovedRetention { get; init; }

    /// <summary>CustomerValueAtImprovedRetention − CustomerValue: what the retention change is worth per customer.</summary>
    public double CustomerValueChange { get; init; }

    /// <summary>100 × CustomerValueChange / CustomerValue: the lifetime-value effect of the retention change, in percent.</summary>
    public double? CustomerValueChangePercent { get; init; }

    /// <summary>The most it pays to spend to keep one customer who would otherwise leave: its value, CustomerValue.</summary>
    public double BreakEvenRetentionSpendPerCustomer { get; init; }

    /// <summary>CustomersKept × CustomerValue: the retention spend at which the customers kept exactly pay for it.</summary>
    public double BreakEvenRetentionSpend { get; init; }

    /// <summary>(ValueOfCustomersWon − AcquisitionSpend) / AcquisitionSpend.</summary>
    public double? AcquisitionRoi { get; init; }

    /// <summary>(ValueOfCustomersKept − RetentionSpend) / RetentionSpend.</summary>
    public double? RetentionRoi { get; init; }

    /// <summary>(ValueOfCustomersWon + ValueOfCustomersKept − total spend) / total spend: the marketing ROI of both programmes together.</summary>
    public double? MarketingRoi { get; init; }

    /// <summary>How many would-be-lost customers a retention budget must keep to pay for itself: spend / CustomerValue.</summary>
    /// <param name="retentionSpend">The budget; finite and zero or more.</param>
    /// <returns>The break-even number of customers kept, or <see langword="null"/> when a customer is worth nothing or less.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retentionSpend"/> is negative or not finite.</exception>
    public double? CustomersToKeepToBreakEven(double retentionSpend)
    {
        if (!double.IsFinite(retentionSpend) || retentionSpend < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(retentionSpend), retentionSpend, $"The retention spend must be finite and zero or more, but was {retentionSpend}.");
        }

        return CustomerValue > 0 ? retentionSpend / CustomerValue : null;
    }
}
