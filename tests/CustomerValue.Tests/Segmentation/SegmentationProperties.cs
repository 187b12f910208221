using CustomerValue.Segmentation;
using FsCheck;
using FsCheck.Xunit;
using static CustomerValue.Tests.Segmentation.SegmentationAssert;

namespace CustomerValue.Tests.Segmentation;

/// <summary>Invariants of every strategy over random customer bases drawn from the FsCheck-supplied seed.</summary>
public sealed class SegmentationProperties
{
    /// <summary>Ids mixing numbers and words; values with many ties, zeros, and (when asked) negatives.</summary>
    private static (string Id, double Value, double Other)[] RandomBase(int seed, int size, bool negatives)
    {
        var random = new Random(seed);
        int n = 1 + (size % 60);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (ids.Count < n)
        {
            ids.Add(random.Next(3) == 0 ? $"{random.Next(1000)}" : $"k{random.Next(1000)}");
        }

        return [.. ids.Select(id =>
        {
            double value = random.Next(4) switch
            {
                0 => 0,
                1 => random.Next(5),
                _ => Math.Round(random.NextDouble() * 1000, 2),
            };
            return (id, negatives && random.Next(4) == 0 ? -value : value, random.NextDouble());
        })];
    }

    private static T[] Shuffled<T>(T[] items, int seed)
    {
        T[] copy = [.. items];
        new Random(seed ^ 0x2545F491).Shuffle(copy);
        return copy;
    }

    private static bool Holds<T>(ISegmentationStrategy<T> strategy, T[] customers, int seed)
        where T : ISegmentableCustomer
    {
        SegmentationResult result = strategy.Segment(customers);
        return IsPartition(result, customers.Select(c => c.CustomerId))
            && SharesSumToOne(result)
            && Same(result, strategy.Segment(Shuffled(customers, seed)));
    }

    [Property(MaxTest = 100)]
    public bool Value_strategies_are_order_independent_partitions_whose_shares_sum_to_1(int seed, NonNegativeInt size)
    {
        CustomerValueInput[] values = [.. RandomBase(seed, size.Get, negatives: false).Select(c => new CustomerValueInput(c.Id, c.Value))];
        CustomerValueInput[] signed = [.. RandomBase(seed, size.Get, negatives: true).Select(c => new CustomerValueInput(c.Id, c.Value))];
        return Holds(ConcentrationStrategy.Default, values, seed)
            && Holds(TierStrategy.ThreeTier, signed, seed)
            && Holds(TierStrategy.FourTier, signed, seed)
            && Holds(TierStrategy.RevenueDeciles, values, seed)
            && Holds(TierStrategy.CustomerDeciles, signed, seed);
    }

    [Property(MaxTest = 100)]
    public bool Other_strategies_are_order_independent_partitions_whose_shares_sum_to_1(int seed, NonNegativeInt size)
    {
        var random = new Random(seed);
        (string Id, double Value, double Other)[] customers = RandomBase(seed, size.Get, negatives: true);
        CustomerProfitInput[] profits = [.. customers.Select(c => new CustomerProfitInput(c.Id, c.Value, Math.Round(c.Other * 300)))];
        RfmFeatures[] rfm = [.. customers.Select(c => new RfmFeatures(c.Id, Math.Round(c.Other * 10), random.Next(6), c.Value))];
        CustomerValueComponents[] components = [.. customers.Select(c => new CustomerValueComponents(c.Id, c.Value, Math.Abs(c.Value), random.Next(3) * c.Other))];
        CustomerLoyaltyInput[] loyalty = [.. customers.Select(c => new CustomerLoyaltyInput(c.Id, c.Value, c.Other))];
        CustomerTrajectory[] trajectories = [.. customers.Select(c => new CustomerTrajectory(c.Id, Enumerable.Range(0, 1 + random.Next(6)).Select(_ => new ActivityWindow(random.Next(4), random.Next(-1, 50)))))];
        return Holds(WhaleCurveStrategy.Instance, profits, seed)
            && Holds(RfmStrategy.Default, rfm, seed)
            && Holds(new RfmStrategy(RfmSegmentMap.StandardWithLost), rfm, seed)
            && Holds(ValueMatrixStrategy.Default, components, seed)
            && Holds(new ValueMatrixStrategy(ValueMatrixOptions.ThreeByThree), components, seed)
            && Holds(BestLoyalStrategy.Default, loyalty, seed)
            && Holds(LifeCycleStrategy.Default, trajectories, seed);
    }

    [Property(MaxTest = 40)]
    public bool Kmeans_is_an_order_independent_partition_and_its_objective_never_increases(int seed, NonNegativeInt size)
    {
        var random = new Random(seed);
        CustomerAttributes[] customers = [.. RandomBase(seed, size.Get, negatives: true).Select(c => new CustomerAttributes(c.Id, [c.Value, c.Other, random.Next(3)], c.Value))];
        var strategy = new KMeansStrategy(new KMeansOptions { MaxClusters = 4, Restarts = 2, Seed = seed });
        KMeansClustering clustering = strategy.Cluster(customers);
        IReadOnlyList<double> history = clustering.ObjectiveHistory;
        bool monotone = Enumerable.Range(1, Math.Max(0, history.Count - 1)).All(i => history[i] <= history[i - 1] * (1 + 1e-12) + 1e-12);
        return monotone && clustering.Silhouette is >= -1 and <= 1 && Holds(strategy, customers, seed);
    }

    [Property(MaxTest = 200)]
    public bool Gini_is_in_0_1_and_the_lorenz_curve_is_convex_from_0_0_to_1_1(int seed, NonNegativeInt size)
    {
        CustomerValueInput[] values = [.. RandomBase(seed, size.Get, negatives: false).Select(c => new CustomerValueInput(c.Id, c.Value))];
        ConcentrationAnalysis analysis = ConcentrationStrategy.Default.Analyze(values);
        IReadOnlyList<CurvePoint> curve = analysis.LorenzCurve;
        bool convex = true;
        for (int k = 1; k + 1 < curve.Count; k++)
        {
            double left = curve[k].Value - curve[k - 1].Value;
            double right = curve[k + 1].Value - curve[k].Value;
            convex &= right >= left - 1e-12 && curve[k].Value <= curve[k].CustomerShare + 1e-12;
        }

        return analysis.Gini >= 0 && analysis.Gini < 1
            && convex
            && curve[0] == new CurvePoint(0, 0) && curve[^1] == new CurvePoint(1, 1)
            && analysis.TopShare is >= 0 and <= 1
            && analysis.Gini == ConcentrationStrategy.Default.Analyze(Shuffled(values, seed)).Gini;
    }

    [Property(MaxTest = 200)]
    public bool Rfm_scores_are_1_to_5_and_tied_measures_share_a_score(int seed, NonNegativeInt size)
    {
        var random = new Random(seed);
        RfmFeatures[] rfm = [.. RandomBase(seed, size.Get, negatives: true).Select(c => new RfmFeatures(c.Id, random.Next(4), random.Next(4), c.Value))];
        IReadOnlyList<RfmScore> scores = RfmStrategy.Score(rfm);
        Dictionary<string, RfmFeatures> byId = rfm.ToDictionary(r => r.CustomerId, StringComparer.Ordinal);
        bool ties = scores.GroupBy(s => byId[s.CustomerId].Frequency).All(g => g.Select(s => s.Frequency).Distinct().Count() == 1)
            && scores.GroupBy(s => byId[s.CustomerId].Recency).All(g => g.Select(s => s.Recency).Distinct().Count() == 1)
            && scores.GroupBy(s => byId[s.CustomerId].Value).All(g => g.Select(s => s.Monetary).Distinct().Count() == 1);
        bool monotone = scores.All(a => scores.All(b => byId[a.CustomerId].Value <= byId[b.CustomerId].Value || a.Monetary >= b.Monetary));
        return ties && monotone && scores.All(s => s.Recency is >= 1 and <= 5 && s.Frequency is >= 1 and <= 5 && s.Monetary is >= 1 and <= 5);
    }
}
