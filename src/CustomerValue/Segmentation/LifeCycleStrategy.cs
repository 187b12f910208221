namespace CustomerValue.Segmentation;

/// <summary>
/// Customer life-cycle stage (seed 001): exploration (考察期), formation (形成期), stability (稳定期) or decline (退化期), from
/// the trajectory of each customer's purchase rate and value over consecutive windows.
/// </summary>
/// <remarks>
/// <para>
/// With m windows since the first purchase, the rules are read in order and the first that holds gives the stage:
/// (1) m ≤ <see cref="LifeCycleOptions.ExplorationWindows"/>: exploration;
/// (2) with the recent means (purchases and value per window over the last <see cref="LifeCycleOptions.RecentWindows"/>
/// windows) compared with the earlier means (over all windows before them), a fall to at most (1 − d) of a positive earlier
/// mean in purchases or in value: decline;
/// (3) a rise to at least (1 + g) of the earlier mean, or from 0 to more than 0, in purchases or in value: formation;
/// (4) otherwise: stability. A customer whose purchases fall while its value rises is therefore in decline: the rule errs on
/// the side of attention. d and g are <see cref="LifeCycleOptions.DeclineThreshold"/> and <see cref="LifeCycleOptions.GrowthThreshold"/>.
/// </para>
/// <para>Segments are the four stages in that order, valued by the customers' total value. Immutable and thread-safe.</para>
/// </remarks>
public sealed class LifeCycleStrategy : ISegmentationStrategy<CustomerTrajectory>
{
    private static readonly SegmentLabel[] Labels =
    [
        new("Exploration", "Make a good first impression; encourage the second purchase"),
        new("Formation", "Deepen the relationship: cross-sell, personalise"),
        new("Stability", "Retain: loyalty rewards and high-quality service"),
        new("Decline", "Find out why; win back or reduce the cost to serve"),
    ];

    /// <summary>Creates the strategy.</summary>
    /// <param name="options">The thresholds; <see cref="LifeCycleOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The exploration windows are fewer than the recent windows.</exception>
    public LifeCycleStrategy(LifeCycleOptions? options = null)
    {
        Options = options ?? LifeCycleOptions.Default;
        Options.Validate();
    }

    /// <summary>The strategy with the default thresholds.</summary>
    public static LifeCycleStrategy Default { get; } = new();

    /// <inheritdoc />
    public string Name => "lifecycle";

    /// <summary>The thresholds.</summary>
    public LifeCycleOptions Options { get; }

    /// <summary>The stage of one customer's trajectory.</summary>
    /// <param name="trajectory">The customer's windows.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trajectory"/> is null.</exception>
    public LifeCycleStage Classify(CustomerTrajectory trajectory)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        IReadOnlyList<ActivityWindow> windows = trajectory.Windows;
        int m = windows.Count;
        if (m <= Options.ExplorationWindows)
        {
            return LifeCycleStage.Exploration;
        }

        int split = m - Options.RecentWindows;
        (double earlierRate, double earlierValue) = Means(windows, 0, split);
        (double recentRate, double recentValue) = Means(windows, split, m);
        double fall = 1 - Options.DeclineThreshold;
        double rise = 1 + Options.GrowthThreshold;
        if (Fell(earlierRate, recentRate, fall) || Fell(earlierValue, recentValue, fall))
        {
            return LifeCycleStage.Decline;
        }

        return Rose(earlierRate, recentRate, rise) || Rose(earlierValue, recentValue, rise) ? LifeCycleStage.Formation : LifeCycleStage.Stability;
    }

    /// <inheritdoc />
    public SegmentationResult Segment(IEnumerable<CustomerTrajectory> customers)
    {
        CustomerSet<CustomerTrajectory> set = CustomerSet<CustomerTrajectory>.From(customers, nameof(customers));
        var labels = new int[set.Count];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = (int)Classify(set.Items[i]);
        }

        return SegmentTable.Build(Name, set, labels, Labels);
    }

    private static bool Fell(double earlier, double recent, double fall) => earlier > 0 && recent <= fall * earlier;

    private static bool Rose(double earlier, double recent, double rise) => earlier > 0 ? recent >= rise * earlier : recent > 0 && earlier == 0;

    private static (double Rate, double Value) Means(IReadOnlyList<ActivityWindow> windows, int from, int to)
    {
        double purchases = 0;
        double value = 0;
        for (int i = from; i < to; i++)
        {
            purchases += windows[i].Purchases;
            value += windows[i].Value;
        }

        int count = to - from;
        return (purchases / count, value / count);
    }
}
