using CustomerValue.Segmentation;
using static CustomerValue.Tests.Segmentation.SegmentationAssert;

namespace CustomerValue.Tests.Segmentation;

public sealed class WhaleCurveTests
{
    private static readonly CustomerProfitInput[] Customers =
    [
        new("a", 10, 5),
        new("b", 3, 0),
        new("c", 4, 4),
        new("d", 1, 3),
        new("e", 0, 4),
    ];

    [Fact]
    public void Curve_peak_and_tail_of_profits_5_3_0_minus2_minus4()
    {
        WhaleCurveAnalysis analysis = WhaleCurveStrategy.Instance.Analyze(Customers);
        Assert.Equal([0, 5, 8, 8, 6, 2], analysis.Curve.Select(p => p.Value));
        Assert.Equal(new CurvePoint(0.4, 8), analysis.Peak);
        Assert.Equal(2, analysis.TotalProfit);
        Assert.Equal(4, analysis.PeakShareOfTotal);
        Assert.Equal(2, analysis.UnprofitableCustomers);
        Assert.Equal(0.4, analysis.UnprofitableCustomerShare);
        Assert.Equal(6, analysis.Loss);
        Assert.Equal(0.75, analysis.LossShareOfPeak);

        SegmentationResult result = analysis.Segmentation;
        Partition(result, ["a", "b", "c", "d", "e"]);
        Assert.Equal([2, 1, 2], Counts(result));
        Assert.Equal([8, 0, -6], result.Segments.Select(s => s.Value));
        Assert.Equal([4, 0, -3], result.Segments.Select(s => s.Share));
        Assert.Equal("Break-even", SegmentOf(result, "c"));
    }

    [Fact]
    public void All_unprofitable_has_its_peak_at_the_origin_and_no_share_of_total()
    {
        WhaleCurveAnalysis analysis = WhaleCurveStrategy.Instance.Analyze([new("x", 0, 1), new("y", 1, 3)]);
        Assert.Equal(new CurvePoint(0, 0), analysis.Peak);
        Assert.Null(analysis.PeakShareOfTotal);
        Assert.Null(analysis.LossShareOfPeak);
        Assert.Equal(3, analysis.Loss);
        Assert.Equal([0, 0, 2], Counts(analysis.Segmentation));
        Assert.Equal(1.0, analysis.Segmentation["Unprofitable"].Share);
    }

    [Fact]
    public void Profits_summing_to_zero_fall_back_to_customer_shares()
    {
        SegmentationResult result = WhaleCurveStrategy.Instance.Segment([new("x", 5, 0), new("y", 0, 5)]);
        Assert.Equal(0, result.TotalValue);
        Assert.Equal([0.5, 0, 0.5], result.Segments.Select(s => s.Share));
    }

    [Fact]
    public void Inputs_are_validated()
    {
        Assert.Contains("costToServe", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerProfitInput("x", 1, -1)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerProfitInput("x", double.NaN, 1));
        Assert.Throws<ArgumentException>(() => new CustomerProfitInput(" ", 1, 1));
        Assert.Equal(-2, new CustomerProfitInput("x", -1, 1).Value);
    }
}
