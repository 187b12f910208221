namespace CustomerValue.Loyalty;

/// <summary>
/// The common shape of the library's purchase-loyalty functions: each input x of a, b, c, d enters as ln(1 + max(x, 0)),
/// then a model-specific kernel maps the four transformed values to F in [0, 1]. Derived only inside the library
/// (<see cref="BalancedLoyaltyModel"/>, <see cref="LogisticLoyaltyModel"/>); implement <see cref="IPurchaseLoyaltyModel"/>
/// for a G of your own.
/// </summary>
/// <remarks>Immutable and thread-safe; scoring allocates nothing.</remarks>
public abstract class LogScaleLoyaltyModel : IPurchaseLoyaltyModel
{
    private protected LogScaleLoyaltyModel()
    {
    }

    /// <inheritdoc />
    public double Score(double purchaseCount, double distinctProducts, double units, double spend)
    {
        LoyaltyCheck.Finite(purchaseCount, nameof(purchaseCount), "The purchase count a");
        LoyaltyCheck.Finite(distinctProducts, nameof(distinctProducts), "The number of distinct products b");
        LoyaltyCheck.Finite(units, nameof(units), "The units c");
        LoyaltyCheck.Finite(spend, nameof(spend), "The spend d");
        return Kernel(
            PurchaseLoyaltyInputs.Transform(purchaseCount),
            PurchaseLoyaltyInputs.Transform(distinctProducts),
            PurchaseLoyaltyInputs.Transform(units),
            PurchaseLoyaltyInputs.Transform(spend));
    }

    /// <inheritdoc />
    public double Score(in YearlyActivity activity) => Kernel(
        PurchaseLoyaltyInputs.Transform(activity.PurchaseCount),
        PurchaseLoyaltyInputs.Transform(activity.DistinctProducts),
        PurchaseLoyaltyInputs.Transform((double)activity.Units),
        PurchaseLoyaltyInputs.Transform((double)activity.Spend));

    /// <inheritdoc />
    public void Score(ReadOnlySpan<YearlyActivity> activities, Span<double> destination)
    {
        LoyaltyCheck.Destination(activities.Length, destination.Length, nameof(destination));
        for (int i = 0; i < activities.Length; i++)
        {
            destination[i] = Score(in activities[i]);
        }
    }

    /// <summary>F from the transformed inputs ln(1 + a), ln(1 + b), ln(1 + c), ln(1 + d), each ≥ 0.</summary>
    private protected abstract double Kernel(double a, double b, double c, double d);
}
