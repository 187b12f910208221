namespace CustomerValue.Segmentation;

/// <summary>
/// Pareto / 80-20 concentration (seeds 000, 001, 004: "customers are born unequal"): the Lorenz curve and Gini coefficient
/// of the customers' values, the share held by the top x %, and the top/rest segmentation.
/// </summary>
/// <remarks>
/// <para>
/// Values must be 0 or more (spend or revenue; for profit, which can be negative, use <see cref="WhaleCurveStrategy"/>).
/// The segmentation is a <see cref="TierStrategy"/> with <see cref="TierOptions.Pareto"/>: customers ranked by value,
/// highest first, equal values in natural id order, and the first ⌈x·n⌉ customers (those ranked before x·n) in the top
/// segment.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ConcentrationStrategy : ISegmentationStrategy<CustomerValueInput>
{
    private readonly TierOptions _tiers;

    /// <summary>Creates the strategy.</summary>
    /// <param name="topShare">The share of customers in the top segment and in <see cref="ConcentrationAnalysis.TopShare"/>; in (0, 1), 0.2 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topShare"/> is not in (0, 1).</exception>
    public ConcentrationStrategy(double topShare = 0.2)
    {
        _tiers = TierOptions.Pareto(topShare);
        TopCustomerShare = topShare;
    }

    /// <summary>The strategy with the 80/20 default.</summary>
    public static ConcentrationStrategy Default { get; } = new();

    /// <inheritdoc />
    public string Name => "pareto";

    /// <summary>The share of customers in the top segment.</summary>
    public double TopCustomerShare { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">Also: a value is negative.</exception>
    public SegmentationResult Segment(IEnumerable<CustomerValueInput> customers) => Analyze(customers).Segmentation;

    /// <summary>The Lorenz curve, Gini coefficient, top share and segmentation of <paramref name="customers"/>.</summary>
    /// <param name="customers">The customers; at least one, each id once, values 0 or more.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no customers, an id is missing or repeated, or a value is negative or not finite.</exception>
    public ConcentrationAnalysis Analyze(IEnumerable<CustomerValueInput> customers)
    {
        CustomerSet<CustomerValueInput> set = CustomerSet<CustomerValueInput>.From(customers, nameof(customers));
        set.RequireNonNegativeValues("value", nameof(customers));
        SegmentationResult segmentation = TierStrategy.Segment(Name, set, _tiers);
        CurvePoint[] lorenz = LorenzCurve(set);
        return new ConcentrationAnalysis(segmentation, lorenz, Gini(lorenz), ConcentrationAnalysis.ShareOfTop(lorenz, TopCustomerShare));
    }

    private static CurvePoint[] LorenzCurve(CustomerSet<CustomerValueInput> set)
    {
        int n = set.Count;
        int[] descending = Ranking.ByValueDescending(set.Values, set.IdRank);
        double total = 0;
        for (int r = n - 1; r >= 0; r--)
        {
            total += set.Values[descending[r]];
        }

        var points = new CurvePoint[n + 1];
        points[0] = new CurvePoint(0, 0);
        double cumulative = 0;
        for (int k = 1; k <= n; k++)
        {
            cumulative += set.Values[descending[n - k]];
            double share = total > 0 ? cumulative / total : (double)k / n;
            points[k] = new CurvePoint((double)k / n, Math.Min(1, share));
        }

        points[n] = new CurvePoint(1, 1);
        return points;
    }

    private static double Gini(CurvePoint[] lorenz)
    {
        int n = lorenz.Length - 1;
        double area = 0;
        for (int k = 1; k <= n; k++)
        {
            area += lorenz[k].Value + lorenz[k - 1].Value;
        }

        return Math.Clamp(1 - (area / n), 0, 1 - (1.0 / n));
    }
}
