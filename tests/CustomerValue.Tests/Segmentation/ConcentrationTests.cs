using CustomerValue.Segmentation;
using static CustomerValue.Tests.Segmentation.SegmentationAssert;

namespace CustomerValue.Tests.Segmentation;

public sealed class ConcentrationTests
{
    [Fact]
    public void Lorenz_curve_gini_and_top_share_of_1_2_3_4()
    {
        ConcentrationAnalysis analysis = ConcentrationStrategy.Default.Analyze(Values(3, 1, 4, 2));
        Assert.Equal([0, 0.1, 0.3, 0.6, 1], analysis.LorenzCurve.Select(p => Math.Round(p.Value, 12)));
        Assert.Equal([0, 0.25, 0.5, 0.75, 1], analysis.LorenzCurve.Select(p => p.CustomerShare));
        // G = 2 Σ i v_(i) / (n Σ v) − (n + 1)/n = 2·30/40 − 5/4 = 0.25.
        Assert.Equal(0.25, analysis.Gini, 12);
        // Top 20 %: 1 − L(0.8) = 1 − (0.6 + 0.2 · 0.4) = 0.32.
        Assert.Equal(0.32, analysis.TopShare, 12);
        Assert.Equal(0.32, analysis.ShareOfTop(0.2), 12);
        Assert.Equal(0.4, analysis.ShareOfTop(0.25), 12);
        Assert.Equal(1.0, analysis.ShareOfTop(1), 12);
        Assert.Equal(0.0, analysis.ShareOfTop(0), 12);
        // The segment: the customers ranked before 0.2·4 = 0.8, i.e. only the top one.
        Assert.Equal([1, 3], Counts(analysis.Segmentation));
        Assert.Equal(0.4, analysis.Segmentation["Top 20%"].Share, 12);
        Assert.Equal("pareto", analysis.Segmentation.Strategy);
    }

    [Fact]
    public void One_customer_holding_everything_gives_the_largest_gini_1_minus_1_over_n()
    {
        ConcentrationAnalysis analysis = ConcentrationStrategy.Default.Analyze(Values(0, 0, 0, 0, 10));
        Assert.Equal(0.8, analysis.Gini, 12);
        Assert.Equal(1.0, analysis.TopShare, 12);
    }

    [Fact]
    public void Equal_values_all_zero_values_and_a_single_customer_have_gini_0()
    {
        Assert.Equal(0, ConcentrationStrategy.Default.Analyze(Values(5, 5, 5)).Gini, 12);
        ConcentrationAnalysis zeros = ConcentrationStrategy.Default.Analyze(Values(0, 0));
        Assert.Equal(0, zeros.Gini);
        Assert.Equal([0, 0.5, 1], zeros.LorenzCurve.Select(p => p.Value));
        Assert.True(SharesSumToOne(zeros.Segmentation));
        ConcentrationAnalysis single = ConcentrationStrategy.Default.Analyze(Values(7));
        Assert.Equal(0, single.Gini);
        Assert.Equal(0.2, single.TopShare, 12);
        Assert.Equal([1], Counts(single.Segmentation).Take(1));
    }

    [Fact]
    public void Negative_values_are_rejected_and_the_top_share_is_validated()
    {
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => ConcentrationStrategy.Default.Analyze(Values(1, -1)));
        Assert.Contains("'c2'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConcentrationStrategy(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConcentrationStrategy.Default.Analyze(Values(1)).ShareOfTop(1.5));
    }
}
