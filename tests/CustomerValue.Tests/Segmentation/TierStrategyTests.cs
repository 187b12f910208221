using CustomerValue.Segmentation;
using static CustomerValue.Tests.Segmentation.SegmentationAssert;

namespace CustomerValue.Tests.Segmentation;

public sealed class TierStrategyTests
{
    private static double[] Descending(int n) => [.. Enumerable.Range(1, n).Select(i => (double)(n + 1 - i))];

    [Fact]
    public void Three_tier_on_100_customers_has_1_best_19_second_best_and_80_others()
    {
        SegmentationResult result = TierStrategy.ThreeTier.Segment(Values(Descending(100)));
        Partition(result, Enumerable.Range(1, 100).Select(i => $"c{i}"));
        Assert.Equal([1, 19, 80], Counts(result));
        Assert.Equal(["Best", "Second best", "Others"], result.Segments.Select(s => s.Name));
        Assert.Equal(100, result.Segments[0].Value);
        Assert.Equal(100.0 / 5050, result.Segments[0].Share, 12);
        Assert.Equal("Best", SegmentOf(result, "c1"));
        Assert.Equal("Second best", SegmentOf(result, "c20"));
        Assert.Equal("Others", SegmentOf(result, "c21"));
    }

    [Fact]
    public void Four_tier_on_200_customers_cuts_at_1_10_and_60_percent()
    {
        SegmentationResult result = TierStrategy.FourTier.Segment(Values(Descending(200)));
        Assert.Equal([2, 18, 100, 80], Counts(result));
    }

    [Fact]
    public void Fewer_than_100_customers_still_have_one_best_customer_the_share_before_it_being_0()
    {
        SegmentationResult result = TierStrategy.ThreeTier.Segment(Values(5, 4, 3, 2, 1));
        // r/n = 0 < 1 %: Best; 0.2 ≥ 20 %: Others from rank 1 on.
        Assert.Equal([1, 0, 4], Counts(result));
        Assert.Equal(0, result["Second best"].Value);
    }

    [Fact]
    public void Ties_at_a_cut_are_broken_by_natural_id_order()
    {
        // Everyone has 7: the ranking is the id order; ids that are not whole numbers compare ordinally (c1, c10, c2, …).
        SegmentationResult result = new TierStrategy("pareto", TierOptions.Pareto()).Segment(Values([.. Enumerable.Repeat(7.0, 10)]));
        Assert.Equal([2, 8], Counts(result));
        Assert.Equal("Top 20%", SegmentOf(result, "c1"));
        Assert.Equal("Top 20%", SegmentOf(result, "c10"));
        Assert.Equal("Other 80%", SegmentOf(result, "c2"));
        Assert.Equal(0.2, result.Segments[0].Share, 12);
    }

    [Fact]
    public void Numeric_ids_rank_naturally_not_ordinally()
    {
        CustomerValueInput[] customers = [new("10", 1), new("9", 1), new("100", 1)];
        SegmentationResult result = new TierStrategy("t", new TierOptions(TierBasis.Customers, [0.5], ["A", "B"])).Segment(customers);
        Assert.Equal(["9", "10", "100"], result.Assignments.Select(a => a.CustomerId));
        Assert.Equal("A", SegmentOf(result, "9"));
        Assert.Equal("A", SegmentOf(result, "10"));
        Assert.Equal("B", SegmentOf(result, "100"));
    }

    [Fact]
    public void A_single_customer_is_in_the_best_tier_with_the_whole_value()
    {
        SegmentationResult result = TierStrategy.ThreeTier.Segment([new CustomerValueInput("only", 42)]);
        Assert.Equal([1, 0, 0], Counts(result));
        Assert.Equal(1.0, result.Segments[0].Share);
        Assert.Equal(0.0, result.Segments[1].Share);
    }

    [Fact]
    public void Revenue_deciles_hold_ten_percent_of_the_value_each_and_grow_in_customers()
    {
        // Total 100. Shares before each customer: 0 → D1; .4 → D5; .5 → D6; .6 → D7; .7 → D8; .8, .85 → D9; .9 … 1 → D10.
        double[] values = [40, 10, 10, 10, 10, 5, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0];
        SegmentationResult result = TierStrategy.RevenueDeciles.Segment(Values(values));
        Partition(result, Enumerable.Range(1, values.Length).Select(i => $"c{i}"));
        Assert.Equal([1, 0, 0, 0, 1, 1, 1, 1, 2, 12], Counts(result));
        Assert.Equal(0.4, result["D1"].Share, 12);
        Assert.Equal("D10", SegmentOf(result, "c19"));
    }

    [Fact]
    public void Revenue_deciles_of_equal_values_put_one_tenth_of_the_customers_in_each_band()
    {
        SegmentationResult result = TierStrategy.RevenueDeciles.Segment(Values([.. Enumerable.Repeat(0.1, 30)]));
        Assert.All(result.Segments, s => Assert.Equal(3, s.Customers));
    }

    [Fact]
    public void Revenue_deciles_of_all_zero_values_put_everybody_in_the_last_band_with_customer_shares()
    {
        SegmentationResult result = TierStrategy.RevenueDeciles.Segment(Values(0, 0, 0));
        Assert.Equal(3, result["D10"].Customers);
        Assert.Equal(1.0, result["D10"].Share);
        Assert.True(SharesSumToOne(result));
    }

    [Fact]
    public void Customer_deciles_differ_in_size_by_at_most_one()
    {
        SegmentationResult result = TierStrategy.CustomerDeciles.Segment(Values(Descending(25)));
        Assert.Equal([3, 2, 3, 2, 3, 2, 3, 2, 3, 2], Counts(result));
    }

    [Fact]
    public void Customer_share_tiers_accept_negative_values_and_value_share_tiers_reject_them()
    {
        SegmentationResult tiers = TierStrategy.FourTier.Segment(Values(-5, 10, 0));
        Assert.Equal("Top", SegmentOf(tiers, "c2"));
        Assert.Equal("Low", SegmentOf(tiers, "c1"));
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => TierStrategy.RevenueDeciles.Segment(Values(-5, 10)));
        Assert.Contains("'c1'", e.Message, StringComparison.Ordinal);
        Assert.Contains("-5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_input_is_rejected_with_a_message_naming_what_is_wrong()
    {
        Assert.Throws<ArgumentNullException>(() => TierStrategy.ThreeTier.Segment(null!));
        Assert.Contains("at least one customer", Assert.Throws<ArgumentException>(() => TierStrategy.ThreeTier.Segment([])).Message, StringComparison.Ordinal);
        Assert.Contains("'a' appears more than once", Assert.Throws<ArgumentException>(() => TierStrategy.ThreeTier.Segment([new("a", 1), new("a", 2)])).Message, StringComparison.Ordinal);
        Assert.Contains("position 0 has no id", Assert.Throws<ArgumentException>(() => TierStrategy.ThreeTier.Segment([default])).Message, StringComparison.Ordinal);
        ArgumentOutOfRangeException nan = Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerValueInput("x", double.NaN));
        Assert.Contains("Customer 'x': value must be finite", nan.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerValueInput("x", double.PositiveInfinity));
    }

    [Fact]
    public void Tier_options_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TierOptions(TierBasis.Customers, [0.5, 0.4], ["a", "b", "c"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TierOptions(TierBasis.Customers, [0], ["a", "b"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TierOptions(TierBasis.Customers, [1], ["a", "b"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TierOptions(TierBasis.Customers, [double.NaN], ["a", "b"]));
        Assert.Throws<ArgumentException>(() => new TierOptions(TierBasis.Customers, [0.5], ["a"]));
        Assert.Throws<ArgumentException>(() => new TierOptions(TierBasis.Customers, [0.5], ["a", "a"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TierOptions((TierBasis)7, [0.5], ["a", "b"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TierOptions.Pareto(1.2));
        Assert.Equal(["Top 10%", "Other 90%"], TierOptions.Pareto(0.1).Names);
    }

    [Fact]
    public void Unknown_segment_or_customer_lookups_throw()
    {
        SegmentationResult result = TierStrategy.ThreeTier.Segment(Values(1, 2));
        Assert.Throws<KeyNotFoundException>(() => result["nope"]);
        Assert.Throws<KeyNotFoundException>(() => result.SegmentOf("c3"));
    }
}
