using CustomerValue.Segmentation;
using static CustomerValue.Tests.Segmentation.SegmentationAssert;

namespace CustomerValue.Tests.Segmentation;

public sealed class ValueMatrixAndBestLoyalTests
{
    [Fact]
    public void Two_by_two_puts_high_current_and_high_potential_in_core()
    {
        CustomerValueComponents[] customers =
        [
            new("core", 100, 50, 40),
            new("maintain", 80, 60, 0),
            new("develop", 10, 0, 30),
            new("economise", -5, 0, 0),
        ];
        SegmentationResult result = ValueMatrixStrategy.Default.Segment(customers);
        Partition(result, customers.Select(c => c.CustomerId));
        foreach (CustomerValueComponents c in customers)
        {
            Assert.Equal(c.CustomerId, SegmentOf(result, c.CustomerId).ToLowerInvariant());
        }

        Assert.Equal(ValueMatrixOptions.Core, result.Segments[0].Name);
        Assert.Equal(190, result[ValueMatrixOptions.Core].Value);
        Assert.Equal(190.0 / 365, result[ValueMatrixOptions.Core].Share, 12);
        Assert.NotEmpty(result[ValueMatrixOptions.Core].Action);
    }

    [Fact]
    public void Three_by_three_levels_by_thirds_and_equal_values_share_a_level()
    {
        // Current 1..9 → levels 1,1,1,2,2,2,3,3,3; potential all equal → the middle level.
        CustomerValueComponents[] customers = [.. Enumerable.Range(1, 9).Select(i => new CustomerValueComponents($"{i}", 0, i, 5))];
        SegmentationResult result = new ValueMatrixStrategy(ValueMatrixOptions.ThreeByThree).Segment(customers);
        Assert.Equal(["Monitor", "Monitor", "Monitor", "Standard", "Standard", "Standard", "Key", "Key", "Key"], result.Assignments.Select(a => a.Segment));
        Assert.Equal(9, result.Segments.Count);
    }

    [Fact]
    public void A_single_customer_and_all_zero_potential_are_low_potential()
    {
        SegmentationResult single = ValueMatrixStrategy.Default.Segment([new CustomerValueComponents("x", 1, 1, 0)]);
        Assert.Equal("Economise", single.Assignments[0].Segment);
    }

    [Fact]
    public void Value_matrix_inputs_and_options_are_validated()
    {
        Assert.Contains("current", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerValueComponents("x", 0, -1, 0)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerValueComponents("x", 0, 0, double.NaN));
        Assert.Throws<ArgumentException>(() => new ValueMatrixOptions(2, [new(1, 1, "a", ""), new(1, 2, "b", ""), new(2, 1, "c", "")]));
        Assert.Throws<ArgumentException>(() => new ValueMatrixOptions(2, [new(1, 1, "a", ""), new(1, 1, "b", ""), new(2, 1, "c", ""), new(2, 2, "d", "")]));
        Assert.Throws<ArgumentException>(() => new ValueMatrixOptions(2, [new(1, 1, "a", ""), new(1, 2, "a", ""), new(2, 1, "c", ""), new(2, 2, "d", "")]));
        Assert.Throws<ArgumentException>(() => new ValueMatrixOptions(2, [new(1, 1, "a", ""), new(1, 2, "b", ""), new(2, 1, "c", ""), new(3, 2, "d", "")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValueMatrixOptions(1, []));
    }

    [Fact]
    public void Best_loyal_names_the_conversion_target()
    {
        // Ten customers by value 10..1; the top 20 % (2) are best. Loyalty ≥ 0.8 is loyal.
        double[] loyalty = [0.9, 0.5, 0.8, 0.1, 0.2, 0.3, 0.85, 0.4, 0.0, 1.0];
        CustomerLoyaltyInput[] customers = [.. Enumerable.Range(0, 10).Select(i => new CustomerLoyaltyInput($"{i + 1}", 10 - i, loyalty[i]))];
        SegmentationResult result = BestLoyalStrategy.Default.Segment(customers);
        Partition(result, customers.Select(c => c.CustomerId));
        Assert.Equal("Loyal best", SegmentOf(result, "1"));
        Assert.Equal(BestLoyalStrategy.ConversionTarget, SegmentOf(result, "2"));
        Assert.Equal("Loyal not best", SegmentOf(result, "3"));
        Assert.Equal("Neither", SegmentOf(result, "4"));
        Assert.Equal([1, 1, 3, 5], Counts(result));
        Assert.Equal(9.0 / 55, result[BestLoyalStrategy.ConversionTarget].Share, 12);
    }

    [Fact]
    public void Best_loyal_inputs_and_options_are_validated()
    {
        Assert.Contains("loyalty", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerLoyaltyInput("x", 1, 1.5)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerLoyaltyInput("x", 1, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BestLoyalStrategy(bestShare: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BestLoyalStrategy(loyaltyThreshold: 2));
        SegmentationResult single = BestLoyalStrategy.Default.Segment([new CustomerLoyaltyInput("x", 0, 0)]);
        Assert.Equal(BestLoyalStrategy.ConversionTarget, single.Assignments[0].Segment);
    }
}
