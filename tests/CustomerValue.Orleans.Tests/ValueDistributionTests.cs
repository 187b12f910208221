namespace CustomerValue.Orleans.Tests;

public sealed class ValueDistributionTests
{
    private static readonly ValueDistribution TwoDeciles = new(
        CustomerCount: 20,
        TotalValue: 100,
        TopCustomerShare: 0.2,
        TopValueShare: 0.5,
        Segments: ["D1", "D2", "D3"],
        Boundaries: [new DecileBoundary("D2", 2, "5", 10.0), new DecileBoundary("D3", 4, "2", 4.0)]);

    [Theory]
    [InlineData("9", 11.0, "D1")]
    [InlineData("3", 10.0, "D1")] // equal value, id before "5" in natural order
    [InlineData("5", 10.0, "D2")]
    [InlineData("10", 10.0, "D2")] // natural order: 10 after 5, though "10" < "5" ordinally
    [InlineData("1", 4.0, "D2")]
    [InlineData("2", 4.0, "D3")]
    [InlineData("x", 0.0, "D3")] // non-numeric ids come after numeric ones
    public void SegmentOf_ranks_by_value_then_natural_id(string id, double value, string expected)
    {
        Assert.Equal(expected, TwoDeciles.SegmentOf(id, value));
    }

    [Fact]
    public void SegmentOf_checks_its_arguments()
    {
        Assert.Throws<ArgumentException>("customerId", () => TwoDeciles.SegmentOf(" ", 1));
        Assert.Throws<ArgumentOutOfRangeException>("value", () => TwoDeciles.SegmentOf("1", double.NaN));
        var empty = new ValueDistribution(0, 0, 0.2, 0, ["D1"], []);
        Assert.Throws<InvalidOperationException>(() => empty.SegmentOf("1", 1));
    }
}
