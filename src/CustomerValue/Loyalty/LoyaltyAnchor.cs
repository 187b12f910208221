namespace CustomerValue.Loyalty;

/// <summary>
/// The two reference levels of one input of <see cref="BalancedLoyaltyModel"/>: a <see cref="Typical"/> value, where the
/// input's sub-score is ½, and a <see cref="Strong"/> value, where it is 0.8. Usually the population's median and 90th
/// percentile (<see cref="PurchaseLoyaltyCalibration.FromPopulation"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct LoyaltyAnchor
{
    /// <summary>Creates an anchor.</summary>
    /// <param name="typical">The typical value, finite and ≥ 0.</param>
    /// <param name="strong">The strong value, finite and greater than <paramref name="typical"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public LoyaltyAnchor(double typical, double strong)
    {
        LoyaltyCheck.NonNegative(typical, nameof(typical), "The typical value");
        if (!double.IsFinite(strong) || strong <= typical)
        {
            throw new ArgumentOutOfRangeException(nameof(strong), strong, LoyaltyCheck.Invariant($"The strong value must be finite and greater than the typical value {typical}, but was {strong}."));
        }

        Typical = typical;
        Strong = strong;
    }

    /// <summary>The value whose sub-score is ½.</summary>
    public double Typical { get; }

    /// <summary>The value whose sub-score is 0.8.</summary>
    public double Strong { get; }
}
