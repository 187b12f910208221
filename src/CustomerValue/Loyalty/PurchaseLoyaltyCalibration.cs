namespace CustomerValue.Loyalty;

/// <summary>
/// Where <see cref="BalancedLoyaltyModel"/> puts "typical" and "strong" for each of its four inputs (purchase occasions a,
/// distinct products b, units c, spend d): what makes the default G scale-free against a population.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="FromPopulation"/> takes each input's median as typical and its 90th percentile (by default) as strong, both as
/// linearly interpolated sample quantiles (Hyndman–Fan type 7) of the values with negatives counted as zero. When an input
/// does not spread (its upper quantile equals its median) the strong value is the population maximum, and when even that
/// equals the median it is 2 × median + 1, one doubling of 1 + x above it.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PurchaseLoyaltyCalibration
{
    /// <summary>The upper quantile used by default: the 90th percentile.</summary>
    public const double DefaultUpperQuantile = 0.9;

    /// <summary>Creates a calibration from explicit anchors.</summary>
    /// <exception cref="ArgumentException">An anchor is the default value (strong not above typical).</exception>
    public PurchaseLoyaltyCalibration(LoyaltyAnchor purchaseCount, LoyaltyAnchor distinctProducts, LoyaltyAnchor units, LoyaltyAnchor spend)
    {
        PurchaseCount = Checked(purchaseCount, nameof(purchaseCount));
        DistinctProducts = Checked(distinctProducts, nameof(distinctProducts));
        Units = Checked(units, nameof(units));
        Spend = Checked(spend, nameof(spend));
    }

    /// <summary>Anchors of a, the purchase occasions.</summary>
    public LoyaltyAnchor PurchaseCount { get; }

    /// <summary>Anchors of b, the distinct products.</summary>
    public LoyaltyAnchor DistinctProducts { get; }

    /// <summary>Anchors of c, the units.</summary>
    public LoyaltyAnchor Units { get; }

    /// <summary>Anchors of d, the spend.</summary>
    public LoyaltyAnchor Spend { get; }

    /// <summary>
    /// Calibrates against a population: each input's median is typical and its <paramref name="upperQuantile"/> quantile
    /// strong. Pass one row per customer for one year (the rows of <see cref="YearlyActivityBuilder.Build"/> for that year).
    /// </summary>
    /// <param name="population">The customer-years to calibrate on; at least one.</param>
    /// <param name="upperQuantile">The quantile that is "strong", in (0.5, 1); 0.9 by default.</param>
    /// <exception cref="ArgumentException"><paramref name="population"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="upperQuantile"/> is not in (0.5, 1).</exception>
    public static PurchaseLoyaltyCalibration FromPopulation(ReadOnlySpan<YearlyActivity> population, double upperQuantile = DefaultUpperQuantile)
    {
        if (!(upperQuantile > 0.5 && upperQuantile < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(upperQuantile), upperQuantile, LoyaltyCheck.Invariant($"The upper quantile must be between 0.5 and 1 (exclusive), but was {upperQuantile}."));
        }

        if (population.IsEmpty)
        {
            throw new ArgumentException("A calibration needs at least one customer-year.", nameof(population));
        }

        var values = new double[population.Length];
        var anchors = new LoyaltyAnchor[PurchaseLoyaltyInputs.Count];
        for (int input = 0; input < anchors.Length; input++)
        {
            for (int i = 0; i < population.Length; i++)
            {
                values[i] = Math.Max(0.0, PurchaseLoyaltyInputs.Raw(population[i], input));
            }

            Array.Sort(values);
            double typical = Quantile(values, 0.5);
            double strong = Quantile(values, upperQuantile);
            if (!(strong > typical))
            {
                strong = values[^1] > typical ? values[^1] : (2 * typical) + 1;
            }

            anchors[input] = new LoyaltyAnchor(typical, strong);
        }

        return new PurchaseLoyaltyCalibration(anchors[0], anchors[1], anchors[2], anchors[3]);
    }

    /// <summary>The type-7 quantile of sorted values: linear interpolation between order statistics at (n − 1) q.</summary>
    internal static double Quantile(ReadOnlySpan<double> sorted, double q)
    {
        double position = (sorted.Length - 1) * q;
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        double fraction = position - below;
        return sorted[below] + (fraction * (sorted[above] - sorted[below]));
    }

    private static LoyaltyAnchor Checked(LoyaltyAnchor anchor, string parameterName)
    {
        if (!(anchor.Strong > anchor.Typical))
        {
            throw new ArgumentException($"The anchor of {parameterName} needs a strong value above its typical value (was typical {anchor.Typical}, strong {anchor.Strong}).", parameterName);
        }

        return anchor;
    }
}
