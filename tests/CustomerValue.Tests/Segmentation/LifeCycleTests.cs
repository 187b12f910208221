using CustomerValue.Segmentation;
using static CustomerValue.Tests.Segmentation.SegmentationAssert;

namespace CustomerValue.Tests.Segmentation;

public sealed class LifeCycleTests
{
    private static CustomerTrajectory Trajectory(string id, params (int Purchases, double Value)[] windows) =>
        new(id, windows.Select(w => new ActivityWindow(w.Purchases, w.Value)));

    [Theory]
    [InlineData(LifeCycleStage.Exploration, new[] { 1 }, new[] { 10.0 })]
    [InlineData(LifeCycleStage.Exploration, new[] { 1, 0 }, new[] { 10.0, 0 })]
    [InlineData(LifeCycleStage.Stability, new[] { 2, 2, 2, 2 }, new[] { 20.0, 20, 20, 20 })]
    [InlineData(LifeCycleStage.Formation, new[] { 1, 1, 2, 2 }, new[] { 10.0, 10, 20, 20 })]
    [InlineData(LifeCycleStage.Decline, new[] { 3, 3, 1, 1 }, new[] { 30.0, 30, 10, 10 })]
    [InlineData(LifeCycleStage.Decline, new[] { 2, 2, 2, 2 }, new[] { 20.0, 20, 13.9, 13.9 })]
    [InlineData(LifeCycleStage.Stability, new[] { 2, 2, 2, 2 }, new[] { 20.0, 20, 14.1, 14.1 })]
    [InlineData(LifeCycleStage.Formation, new[] { 2, 2, 2, 2 }, new[] { 20.0, 20, 26.1, 26.1 })]
    [InlineData(LifeCycleStage.Decline, new[] { 1, 0, 0 }, new[] { 5.0, 0, 0 })]
    [InlineData(LifeCycleStage.Formation, new[] { 1, 1, 3, 0 }, new[] { 5.0, 5, 30, 0 })]
    [InlineData(LifeCycleStage.Decline, new[] { 2, 2, 1, 1 }, new[] { 10.0, 10, 30, 30 })]
    [InlineData(LifeCycleStage.Formation, new[] { 0, 0, 1, 1 }, new[] { 0.0, 0, 5, 5 })]
    public void Stage_follows_the_documented_rules(LifeCycleStage expected, int[] purchases, double[] values)
    {
        CustomerTrajectory trajectory = Trajectory("x", [.. purchases.Zip(values)]);
        Assert.Equal(expected, LifeCycleStrategy.Default.Classify(trajectory));
    }

    [Fact]
    public void Thresholds_are_configurable()
    {
        var patient = new LifeCycleStrategy(new LifeCycleOptions { ExplorationWindows = 4, RecentWindows = 1, DeclineThreshold = 0.9, GrowthThreshold = 2 });
        Assert.Equal(LifeCycleStage.Exploration, patient.Classify(Trajectory("x", (3, 30), (3, 30), (1, 10), (1, 10))));
        Assert.Equal(LifeCycleStage.Stability, patient.Classify(Trajectory("x", (3, 30), (3, 30), (1, 10), (1, 10), (1, 10))));
        Assert.Throws<ArgumentException>(() => new LifeCycleStrategy(new LifeCycleOptions { ExplorationWindows = 1, RecentWindows = 2 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LifeCycleOptions { DeclineThreshold = 1.5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LifeCycleOptions { GrowthThreshold = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LifeCycleOptions { RecentWindows = 0 });
    }

    [Fact]
    public void Segments_are_the_four_stages_valued_by_total_value()
    {
        CustomerTrajectory[] customers =
        [
            Trajectory("new", (1, 10)),
            Trajectory("growing", (1, 10), (1, 10), (2, 20), (2, 20)),
            Trajectory("steady", (2, 20), (2, 20), (2, 20)),
            Trajectory("fading", (3, 30), (3, 30), (1, 10), (0, 0)),
        ];
        SegmentationResult result = LifeCycleStrategy.Default.Segment(customers);
        Partition(result, customers.Select(c => c.CustomerId));
        Assert.Equal(["Exploration", "Formation", "Stability", "Decline"], result.Segments.Select(s => s.Name));
        Assert.Equal([1, 1, 1, 1], Counts(result));
        Assert.Equal([10, 60, 60, 70], result.Segments.Select(s => s.Value));
    }

    [Fact]
    public void Inputs_are_validated()
    {
        Assert.Throws<ArgumentException>(() => new CustomerTrajectory("x", []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityWindow(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityWindow(1, double.NaN));
        Assert.Contains("position 1 is null", Assert.Throws<ArgumentException>(() => LifeCycleStrategy.Default.Segment([Trajectory("a", (1, 1)), null!])).Message, StringComparison.Ordinal);
    }
}
