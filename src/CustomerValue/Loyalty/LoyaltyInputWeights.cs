namespace CustomerValue.Loyalty;

/// <summary>
/// The weights of the four inputs of the default purchase-loyalty function <see cref="BalancedLoyaltyModel"/>: purchase
/// occasions a, distinct products b, units c and spend d. Only their ratios matter.
/// </summary>
/// <remarks>Immutable and thread-safe. Weights are finite and non-negative, and at least one is positive.</remarks>
public sealed record LoyaltyInputWeights
{
    /// <summary>Creates weights.</summary>
    /// <param name="purchaseCount">Weight of a, the purchase occasions.</param>
    /// <param name="distinctProducts">Weight of b, the distinct products.</param>
    /// <param name="units">Weight of c, the units.</param>
    /// <param name="spend">Weight of d, the spend.</param>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentException">All weights are zero.</exception>
    public LoyaltyInputWeights(double purchaseCount, double distinctProducts, double units, double spend)
    {
        LoyaltyCheck.Weights([purchaseCount, distinctProducts, units, spend], PurchaseLoyaltyInputs.Names, nameof(purchaseCount));
        PurchaseCount = purchaseCount;
        DistinctProducts = distinctProducts;
        Units = units;
        Spend = spend;
    }

    /// <summary>Equal weights (¼ each): the default, as the seed gives no ranking of the four factors.</summary>
    public static LoyaltyInputWeights Equal { get; } = new(1, 1, 1, 1);

    /// <summary>Weight of a, the purchase occasions.</summary>
    public double PurchaseCount { get; }

    /// <summary>Weight of b, the distinct products.</summary>
    public double DistinctProducts { get; }

    /// <summary>Weight of c, the units.</summary>
    public double Units { get; }

    /// <summary>Weight of d, the spend.</summary>
    public double Spend { get; }

    /// <summary>The sum of the four weights.</summary>
    public double Total => PurchaseCount + DistinctProducts + Units + Spend;
}
