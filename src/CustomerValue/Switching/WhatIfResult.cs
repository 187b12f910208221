namespace CustomerValue.Switching;

/// <summary>
/// The what-if for a customer base: the per-customer results and their sums and means — the answer to "what is one more point
/// of switching cost (or satisfaction) worth?".
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WhatIfResult
{
    internal WhatIfResult(SwitchingChange change, CustomerWhatIf[] customers)
    {
        Change = change;
        Customers = Array.AsReadOnly(customers);
        MeanChurnBefore = customers.Average(c => c.ChurnBefore);
        MeanChurnAfter = customers.Average(c => c.ChurnAfter);
        TotalValueBefore = customers.Sum(c => c.ValueBefore);
        TotalValueAfter = customers.Sum(c => c.ValueAfter);
        TotalContractualValueBefore = customers.Sum(c => c.ContractualValueBefore);
        TotalContractualValueAfter = customers.Sum(c => c.ContractualValueAfter);
        ClampedCustomers = customers.Count(c => c.Clamped);
        CaptiveNotLoyalCustomers = customers.Count(c => c.CaptiveNotLoyal);
        CaptiveNotLoyalValueChange = customers.Where(c => c.CaptiveNotLoyal).Sum(c => c.ValueChange);
    }

    /// <summary>The change evaluated.</summary>
    public SwitchingChange Change { get; }

    /// <summary>The per-customer results, in input order.</summary>
    public IReadOnlyList<CustomerWhatIf> Customers { get; }

    /// <summary>The number of customers.</summary>
    public int Count => Customers.Count;

    /// <summary>Mean churn probability per period before the change.</summary>
    public double MeanChurnBefore { get; }

    /// <summary>Mean churn probability per period after the change.</summary>
    public double MeanChurnAfter { get; }

    /// <summary>Mean retention before, 1 − <see cref="MeanChurnBefore"/>.</summary>
    public double MeanRetentionBefore => 1.0 - MeanChurnBefore;

    /// <summary>Mean retention after, 1 − <see cref="MeanChurnAfter"/>.</summary>
    public double MeanRetentionAfter => 1.0 - MeanChurnAfter;

    /// <summary>The base's total relationship value before the change.</summary>
    public double TotalValueBefore { get; }

    /// <summary>The base's total relationship value after the change.</summary>
    public double TotalValueAfter { get; }

    /// <summary>The change in the base's relationship value.</summary>
    public double ValueChange => TotalValueAfter - TotalValueBefore;

    /// <summary>The base's total contractual (sBG) value before the change.</summary>
    public double TotalContractualValueBefore { get; }

    /// <summary>The base's total contractual (sBG) value after the change.</summary>
    public double TotalContractualValueAfter { get; }

    /// <summary>The change in the base's contractual (sBG) value.</summary>
    public double ContractualValueChange => TotalContractualValueAfter - TotalContractualValueBefore;

    /// <summary>The relationship-value change per customer per rating point of the change (0 when the change is 0 points).</summary>
    public double ValueChangePerCustomerPerPoint => PerPoint(ValueChange);

    /// <summary>The contractual-value change per customer per rating point of the change (0 when the change is 0 points).</summary>
    public double ContractualValueChangePerCustomerPerPoint => PerPoint(ContractualValueChange);

    /// <summary>Customers whose score hit the end of the scale.</summary>
    public int ClampedCustomers { get; }

    /// <summary>Customers the change leaves captive, not loyal (only when it raises procedural or financial costs).</summary>
    public int CaptiveNotLoyalCustomers { get; }

    /// <summary>The part of <see cref="ValueChange"/> that comes from captive-not-loyal customers: value held by barriers, at risk of resentment.</summary>
    public double CaptiveNotLoyalValueChange { get; }

    private double PerPoint(double change) => Change.Points == 0 ? 0.0 : change / Count / Change.Points;
}
