using CustomerValue.Segmentation;
using static CustomerValue.Tests.Segmentation.SegmentationAssert;

namespace CustomerValue.Tests.Segmentation;

public sealed class RfmTests
{
    private static RfmFeatures[] Five() =>
    [
        new("c1", 1, 10, 500),
        new("c2", 5, 8, 400),
        new("c3", 20, 6, 300),
        new("c4", 60, 4, 200),
        new("c5", 300, 1, 100),
    ];

    [Fact]
    public void Five_distinct_customers_score_1_to_5_on_each_measure()
    {
        IReadOnlyList<RfmScore> scores = RfmStrategy.Score(Five());
        Assert.Equal(["555", "444", "333", "222", "111"], scores.Select(s => s.Code));
    }

    [Fact]
    public void Ties_share_the_score_of_their_mid_rank()
    {
        // Frequencies 10, 10, 20, 30: the 10s have mid-rank share (0 + 2/2)/4 = .25 → ⌈1.25⌉ = 2; 20: 2.5/4 → ⌈3.125⌉ = 4; 30: 3.5/4 → 5.
        RfmFeatures[] customers = [new("a", 1, 10, 1), new("b", 1, 10, 1), new("c", 1, 20, 1), new("d", 1, 30, 1)];
        IReadOnlyList<RfmScore> scores = RfmStrategy.Score(customers);
        Assert.Equal([2, 2, 4, 5], scores.Select(s => s.Frequency));
        // Equal recency and monetary for everybody: everybody scores 3.
        Assert.All(scores, s => Assert.Equal(3, s.Recency));
        Assert.All(scores, s => Assert.Equal(3, s.Monetary));
    }

    [Fact]
    public void Ten_distinct_values_give_two_customers_per_score()
    {
        RfmFeatures[] customers = [.. Enumerable.Range(1, 10).Select(i => new RfmFeatures($"{i}", i, i, -i))];
        IReadOnlyList<RfmScore> scores = RfmStrategy.Score(customers);
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores.Select(s => s.Frequency));
        Assert.Equal([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], scores.Select(s => s.Recency));
        Assert.Equal([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], scores.Select(s => s.Monetary));
    }

    [Fact]
    public void The_standard_map_names_the_grid_cells()
    {
        RfmAnalysis analysis = RfmStrategy.Default.Analyze(Five());
        SegmentationResult result = analysis.Segmentation;
        Partition(result, ["c1", "c2", "c3", "c4", "c5"]);
        Assert.Equal("Champions", SegmentOf(result, "c1"));
        Assert.Equal("Loyal", SegmentOf(result, "c2"));
        Assert.Equal("Need attention", SegmentOf(result, "c3"));
        Assert.Equal("Hibernating", SegmentOf(result, "c4"));
        Assert.Equal("Hibernating", SegmentOf(result, "c5"));
        Assert.Equal(300, result["Hibernating"].Value);
        Assert.Equal(0.2, result["Hibernating"].Share, 12);
        Assert.Equal(10, result.Segments.Count);
        Assert.Equal("Lost", SegmentOf(new RfmStrategy(RfmSegmentMap.StandardWithLost).Segment(Five()), "c5"));
    }

    [Fact]
    public void The_standard_maps_cover_every_score_combination()
    {
        foreach (RfmSegmentMap map in new[] { RfmSegmentMap.Standard, RfmSegmentMap.StandardWithLost })
        {
            for (int r = 1; r <= 5; r++)
            {
                for (int f = 1; f <= 5; f++)
                {
                    Assert.NotNull(map.Match(new RfmScore("x", r, f, 3)));
                }
            }
        }

        Assert.Equal("New customers", RfmSegmentMap.Standard.Match(new RfmScore("x", 5, 1, 1))?.Name);
        Assert.Equal("Can't lose", RfmSegmentMap.Standard.Match(new RfmScore("x", 2, 5, 1))?.Name);
        Assert.Equal("At risk", RfmSegmentMap.Standard.Match(new RfmScore("x", 1, 3, 5))?.Name);
        Assert.Equal("Potential loyalist", RfmSegmentMap.Standard.Match(new RfmScore("x", 4, 2, 5))?.Name);
        Assert.Equal("Promising", RfmSegmentMap.Standard.Match(new RfmScore("x", 4, 1, 5))?.Name);
        Assert.Equal("About to sleep", RfmSegmentMap.Standard.Match(new RfmScore("x", 3, 2, 5))?.Name);
    }

    [Fact]
    public void A_custom_map_reads_rules_first_match_first_and_adds_the_fallback_only_when_used()
    {
        var map = new RfmSegmentMap("mine",
        [
            new("Big spenders", ScoreRange.Any, ScoreRange.Any, new ScoreRange(4, 5)),
            new("Recent", new ScoreRange(4, 5), ScoreRange.Any),
        ], fallback: "Rest");
        SegmentationResult result = new RfmStrategy(map).Segment(Five());
        Assert.Equal(["Big spenders", "Recent", "Rest"], result.Segments.Select(s => s.Name));
        Assert.Equal([2, 0, 3], Counts(result));

        SegmentationResult all = new RfmStrategy(new RfmSegmentMap("all", [new("Everyone", ScoreRange.Any, ScoreRange.Any)])).Segment(Five());
        Assert.Equal(["Everyone"], all.Segments.Select(s => s.Name));
    }

    [Fact]
    public void A_single_customer_scores_333()
    {
        RfmAnalysis analysis = RfmStrategy.Default.Analyze([new RfmFeatures("solo", 3, 2, 0)]);
        Assert.Equal("333", analysis.Scores[0].Code);
        Assert.Equal("Need attention", analysis.Segmentation.Assignments[0].Segment);
        Assert.Equal(1.0, analysis.Segmentation.Segments.Sum(s => s.Share));
    }

    [Fact]
    public void Inputs_and_maps_are_validated()
    {
        Assert.Contains("Customer 'x': recency", Assert.Throws<ArgumentOutOfRangeException>(() => new RfmFeatures("x", -1, 1, 1)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RfmFeatures("x", 1, -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RfmFeatures("x", 1, 1, double.NegativeInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreRange(0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreRange(4, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreRange(1, 6));
        Assert.Throws<ArgumentException>(() => new RfmSegmentRule("x", default, ScoreRange.Any));
        Assert.Throws<ArgumentException>(() => new RfmSegmentMap("empty", []));
        Assert.Throws<ArgumentException>(() => RfmStrategy.Score([]));
    }
}
