using CustomerValue.Loyalty;

namespace CustomerValue.Tests.Loyalty;

/// <summary>Satisfaction index and trap, service quality index and the complaint iceberg (seeds 002 and 004), by hand.</summary>
public sealed class SatisfactionAndServiceTests
{
    [Fact]
    public void The_default_satisfaction_index_averages_seed_004s_five_drivers()
    {
        SatisfactionIndex index = SatisfactionIndex.Default;
        Assert.Equal(5, index.Drivers.Count);
        Assert.Equal("emotional factors", index.Drivers[4].Name);
        Assert.Equal(7.0, index.WeightedMean([9, 8, 7, 6, 5]), 14);
        Assert.Equal(0.7, index.Score([9, 8, 7, 6, 5]), 14);
        Assert.Equal(1.0, index.Score([10, 10, 10, 10, 10]));
    }

    [Fact]
    public void Driver_weights_and_the_rating_scale_are_settable()
    {
        var index = new SatisfactionIndex([new WeightedComponent("product", 3), new WeightedComponent("service", 1)], minimumRating: 1, maximumRating: 5);
        Assert.Equal(((3 * 5) + 1) / 4.0, index.WeightedMean([5, 1]), 14);
        Assert.Equal((4.0 - 1) / 4, index.Score([5, 1]), 14);

        ArgumentOutOfRangeException off = Assert.Throws<ArgumentOutOfRangeException>(() => index.Score([6, 1], "C3"));
        Assert.Contains("Customer 'C3'", off.Message, StringComparison.Ordinal);
        Assert.Contains("'product'", off.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => index.Score([5]));
        Assert.Throws<ArgumentException>(() => new SatisfactionIndex([new WeightedComponent("a", 1), new WeightedComponent("a", 2)]));
        Assert.Throws<ArgumentException>(() => new SatisfactionIndex([new WeightedComponent("a", 0)]));
        Assert.Throws<ArgumentException>(() => new SatisfactionIndex([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SatisfactionIndex([new WeightedComponent("a", 1)], 5, 5));
    }

    [Fact]
    public void The_satisfaction_trap_flags_highly_satisfied_customers_who_are_not_loyal()
    {
        SatisfactionTrap trap = SatisfactionTrap.Default;
        Assert.True(trap.IsTrapped(0.9, 0.4));
        Assert.False(trap.IsTrapped(0.9, 0.85));
        Assert.False(trap.IsTrapped(0.5, 0.1));

        // Four satisfied, of whom three are not loyal: the trap rate is ¾ (Bain: 65–85 %).
        SatisfactionTrapSummary summary = trap.Summarize([0.9, 0.95, 0.8, 0.85, 0.3], [0.2, 0.5, 0.79, 0.9, 0.9]);
        Assert.Equal(new SatisfactionTrapSummary(5, 4, 2, 3), summary);
        Assert.Equal(0.75, summary.TrapRate);
        Assert.Null(trap.Summarize([0.1], [0.1]).TrapRate);
        Assert.Throws<ArgumentException>(() => trap.Summarize([0.1], []));
        ArgumentOutOfRangeException bad = Assert.Throws<ArgumentOutOfRangeException>(() => trap.Summarize([0.1, 2], [0.1, 0.1]));
        Assert.Contains("Row 1", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_quality_index_sums_weighted_daily_error_counts()
    {
        var sqi = new ServiceQualityIndex([new WeightedComponent("late", 1), new WeightedComponent("lost", 10), new WeightedComponent("damaged", 10)]);
        Assert.Equal((1 * 120) + (10 * 2) + (10 * 3), sqi.Score([120, 2, 3]));
        Assert.Equal(0, sqi.Score([0, 0, 0]));

        ServiceQualityTrend trend = sqi.Trend(
        [
            new ServiceErrorDay(new DateOnly(2025, 3, 3), [100, 1, 0]),   // 110
            new ServiceErrorDay(new DateOnly(2025, 3, 1), [120, 2, 3]),   // 170
            new ServiceErrorDay(new DateOnly(2025, 3, 2), [110, 1, 1]),   // 130
        ]);
        Assert.Equal([new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 3)], trend.Points.Select(p => p.Date));
        Assert.Equal(410.0 / 3, trend.Mean, 12);

        // Least squares over days 0, 1, 2 with indices 170, 130, 110: slope = −30 points a day.
        Assert.Equal(-30, trend.SlopePerDay!.Value, 12);
        Assert.Null(sqi.Trend([new ServiceErrorDay(new DateOnly(2025, 3, 1), [1, 0, 0])]).SlopePerDay);
    }

    [Fact]
    public void Service_quality_inputs_are_validated_with_the_day_and_error_type()
    {
        var sqi = new ServiceQualityIndex([new WeightedComponent("late", 1), new WeightedComponent("lost", 10)]);
        ArgumentOutOfRangeException negative = Assert.Throws<ArgumentOutOfRangeException>(() =>
            sqi.Trend([new ServiceErrorDay(new DateOnly(2025, 3, 1), [1, -2])]));
        Assert.Contains("2025-03-01", negative.Message, StringComparison.Ordinal);
        Assert.Contains("'lost'", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => sqi.Score([1]));
        Assert.Throws<ArgumentException>(() => sqi.Trend([]));
        Assert.Throws<ArgumentException>(() => sqi.Trend(
            [new ServiceErrorDay(new DateOnly(2025, 3, 1), [1, 0]), new ServiceErrorDay(new DateOnly(2025, 3, 1), [2, 0])]));
    }

    [Fact]
    public void The_fedex_example_carries_the_twelve_published_weights()
    {
        ServiceQualityIndex fedex = ServiceQualityIndex.FedExExample();
        Assert.Equal(12, fedex.ErrorTypes.Count);
        Assert.Equal(44, fedex.ErrorTypes.Sum(t => t.Weight));
        Assert.Equal(10, fedex.ErrorTypes.Single(t => t.Name == "lost packages").Weight);

        // One of each failure in a day scores the sum of the weights.
        Assert.Equal(44, fedex.Score(Enumerable.Repeat(1.0, 12).ToArray()));
    }

    [Fact]
    public void The_complaint_iceberg_scales_voiced_complaints_by_the_voicing_rate()
    {
        // The seed's 10 %: 25 complaints stand for 250 dissatisfied customers, 225 of them silent.
        ComplaintIcebergEstimate estimate = ComplaintIceberg.Default.Estimate(25, customerBase: 5000);
        Assert.Equal(0.10, estimate.VoicingRate);
        Assert.Equal(250, estimate.EstimatedDissatisfied, 10);
        Assert.Equal(225, estimate.EstimatedSilent, 10);
        Assert.Equal(Math.Sqrt(25 * 0.9) / 0.1, estimate.StandardError, 10);
        Assert.Equal(0.05, estimate.DissatisfiedShare!.Value, 12);

        ComplaintIcebergEstimate quarter = new ComplaintIceberg(0.25).Estimate(10);
        Assert.Equal(40, quarter.EstimatedDissatisfied, 10);
        Assert.Null(quarter.DissatisfiedShare);
        Assert.Equal(0, ComplaintIceberg.Default.Estimate(0).StandardError);
        Assert.Equal(1, ComplaintIceberg.Default.Estimate(50, 100).DissatisfiedShare);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComplaintIceberg(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintIceberg.Default.Estimate(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintIceberg.Default.Estimate(10, 5));
    }
}
