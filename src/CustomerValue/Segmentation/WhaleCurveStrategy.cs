namespace CustomerValue.Segmentation;

/// <summary>
/// The whale curve (seed 002, after Sherden's 80/20/30 rule: the top 20 % of customers make 80 % of the profit and the bottom
/// 30 % lose about half of it): customers ranked by profit, revenue minus cost to serve.
/// </summary>
/// <remarks>
/// Customers are ranked by profit, highest first, equal profits in natural id order. Segments: <c>Profitable</c>
/// (profit &gt; 0), <c>Break-even</c> (= 0) and <c>Unprofitable</c> (&lt; 0), valued by profit, so the shares can be negative
/// or above 1. Immutable and thread-safe.
/// </remarks>
public sealed class WhaleCurveStrategy : ISegmentationStrategy<CustomerProfitInput>
{
    private static readonly SegmentLabel[] Labels =
    [
        new("Profitable", "Protect and grow"),
        new("Break-even", "Lower the cost to serve or raise the margin"),
        new("Unprofitable", "Reprice, change the service model or let go"),
    ];

    /// <summary>The single instance.</summary>
    public static WhaleCurveStrategy Instance { get; } = new();

    private WhaleCurveStrategy()
    {
    }

    /// <inheritdoc />
    public string Name => "whale";

    /// <inheritdoc />
    public SegmentationResult Segment(IEnumerable<CustomerProfitInput> customers) => Analyze(customers).Segmentation;

    /// <summary>The whale curve, its peak and tail, and the profit segmentation of <paramref name="customers"/>.</summary>
    /// <param name="customers">The customers; at least one, each id once.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no customers, or an id is missing or repeated.</exception>
    public WhaleCurveAnalysis Analyze(IEnumerable<CustomerProfitInput> customers)
    {
        CustomerSet<CustomerProfitInput> set = CustomerSet<CustomerProfitInput>.From(customers, nameof(customers));
        int n = set.Count;
        int[] order = Ranking.ByValueDescending(set.Values, set.IdRank);
        var curve = new CurvePoint[n + 1];
        curve[0] = new CurvePoint(0, 0);
        var labels = new int[n];
        int peak = 0;
        int unprofitable = 0;
        double cumulative = 0;
        double loss = 0;
        for (int r = 0; r < n; r++)
        {
            int i = order[r];
            double profit = set.Values[i];
            cumulative += profit;
            curve[r + 1] = new CurvePoint((double)(r + 1) / n, cumulative);
            peak = cumulative > curve[peak].Value ? r + 1 : peak;
            labels[i] = profit > 0 ? 0 : profit == 0 ? 1 : 2;
            if (profit < 0)
            {
                unprofitable++;
                loss -= profit;
            }
        }

        return new WhaleCurveAnalysis(SegmentTable.Build(Name, set, labels, Labels), curve, peak, unprofitable, loss);
    }
}
