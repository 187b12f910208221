namespace CustomerValue.Loyalty;

/// <summary>
/// The transform shared by the purchase-loyalty models: each of a, b, c, d becomes log(1 + max(x, 0)), which gives
/// diminishing returns and makes rescaling an input (another currency or unit) nearly a constant shift.
/// </summary>
internal static class PurchaseLoyaltyInputs
{
    /// <summary>The number of inputs: a, b, c, d.</summary>
    public const int Count = 4;

    /// <summary>The inputs' names, in order.</summary>
    public static readonly string[] Names = ["purchase_count", "distinct_products", "units", "spend"];

    /// <summary>
    /// ln(1 + x) for x &gt; 0, else 0. Computed as Math.Log(1 + x), monotone in floating point (Kahan's log1p is more accurate
    /// for tiny x but can wiggle by an ulp; counts and money are never tiny enough to matter).
    /// </summary>
    public static double Transform(double x) => x > 0 ? Math.Log(1.0 + x) : 0.0;

    /// <summary>Writes log(1 + max(x, 0)) of a, b, c, d of <paramref name="activity"/> to <paramref name="features"/>.</summary>
    public static void Transform(in YearlyActivity activity, Span<double> features)
    {
        features[0] = Transform(activity.PurchaseCount);
        features[1] = Transform(activity.DistinctProducts);
        features[2] = Transform((double)activity.Units);
        features[3] = Transform((double)activity.Spend);
    }

    /// <summary>The raw value of input <paramref name="index"/> of <paramref name="activity"/>.</summary>
    public static double Raw(in YearlyActivity activity, int index) => index switch
    {
        0 => activity.PurchaseCount,
        1 => activity.DistinctProducts,
        2 => (double)activity.Units,
        _ => (double)activity.Spend,
    };
}
