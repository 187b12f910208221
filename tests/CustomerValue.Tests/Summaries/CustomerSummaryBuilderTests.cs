namespace CustomerValue.Tests.Summaries;

public sealed class CustomerSummaryBuilderTests
{
    private static readonly DateTime Jan1 = new(2024, 1, 1);

    private static CustomerSummarySet Summarize(TimePeriod period, TimePeriod unit, DateTime end, params Transaction[] log)
    {
        var builder = new CustomerSummaryBuilder(period);
        builder.AddRange(log);
        return builder.Build(new SummaryOptions(end) { Period = period, Unit = unit });
    }

    [Fact]
    public void Purchases_on_the_same_day_merge_into_one_occasion_and_their_spend_adds_up()
    {
        CustomerSummarySet set = Summarize(TimePeriod.Day, TimePeriod.Day, Jan1.AddDays(30),
            new Transaction("a", Jan1.AddHours(9), 10m),
            new Transaction("a", Jan1.AddDays(7).AddHours(9), 5m),
            new Transaction("a", Jan1.AddDays(7).AddHours(18), 7m),
            new Transaction("a", Jan1.AddDays(21), 3m));

        CustomerSummary a = Assert.Single(set.Customers);
        Assert.Equal(2, a.Frequency);
        Assert.Equal(21.0, a.Recency);
        Assert.Equal(30.0, a.T);
        Assert.Equal((12.0 + 3.0) / 2, a.MonetaryValue);
    }

    [Fact]
    public void One_time_buyer_has_zero_frequency_recency_and_monetary_value()
    {
        CustomerSummary a = Assert.Single(Summarize(TimePeriod.Day, TimePeriod.Week, Jan1.AddDays(13), new Transaction("a", Jan1, 99m)).Customers);
        Assert.Equal(0, a.Frequency);
        Assert.Equal(0.0, a.Recency);
        Assert.Equal(13.0 / 7.0, a.T, 12);
        Assert.Equal(0.0, a.MonetaryValue);
    }

    [Fact]
    public void A_return_is_not_a_purchase_and_is_netted_into_the_latest_purchase_occasion_before_it()
    {
        CustomerSummary a = Assert.Single(Summarize(TimePeriod.Day, TimePeriod.Day, Jan1.AddDays(40),
            new Transaction("a", Jan1, 50m),
            new Transaction("a", Jan1.AddDays(10), 30m),
            new Transaction("a", Jan1.AddDays(12), -20m),
            new Transaction("a", Jan1.AddDays(20), 40m)).Customers);

        Assert.Equal(2, a.Frequency);
        Assert.Equal(20.0, a.Recency);
        Assert.Equal(((30.0 - 20.0) + 40.0) / 2, a.MonetaryValue);
    }

    [Fact]
    public void A_return_before_any_purchase_is_netted_into_the_first_purchase_and_keeps_the_spend_total()
    {
        CustomerSummary a = Assert.Single(Summarize(TimePeriod.Day, TimePeriod.Day, Jan1.AddDays(40),
            new Transaction("a", Jan1, -5m),
            new Transaction("a", Jan1.AddDays(3), 50m),
            new Transaction("a", Jan1.AddDays(13), 30m)).Customers);

        Assert.Equal(1, a.Frequency);
        Assert.Equal(10.0, a.Recency);
        Assert.Equal(37.0, a.T);
        Assert.Equal(30.0, a.MonetaryValue);
    }

    [Fact]
    public void Customers_with_returns_only_or_starting_after_the_end_are_counted_not_summarised()
    {
        CustomerSummarySet set = Summarize(TimePeriod.Day, TimePeriod.Day, Jan1.AddDays(10),
            new Transaction("only-returns", Jan1, -5m),
            new Transaction("late", Jan1.AddDays(11), 5m),
            new Transaction("kept", Jan1, 5m),
            new Transaction("kept", Jan1.AddDays(11), 5m));

        CustomerSummary kept = Assert.Single(set.Customers);
        Assert.Equal("kept", kept.CustomerId);
        Assert.Equal(0, kept.Frequency);
        Assert.Equal(1, set.CustomersWithoutPurchases);
        Assert.Equal(1, set.CustomersStartingAfterEnd);
    }

    [Fact]
    public void Zero_amount_purchases_are_purchases()
    {
        CustomerSummary a = Assert.Single(Summarize(TimePeriod.Day, TimePeriod.Day, Jan1.AddDays(10),
            new Transaction("a", Jan1, 0m), new Transaction("a", Jan1.AddDays(4), 0m)).Customers);
        Assert.Equal(1, a.Frequency);
        Assert.Equal(4.0, a.Recency);
    }

    [Fact]
    public void Weekly_aggregation_counts_iso_weeks_and_reports_in_weeks()
    {
        // 2024-01-01 is a Monday: Sunday the 7th is the same ISO week, Monday the 8th the next one.
        CustomerSummary a = Assert.Single(Summarize(TimePeriod.Week, TimePeriod.Week, new DateTime(2024, 1, 31),
            new Transaction("a", new DateTime(2024, 1, 1), 1m),
            new Transaction("a", new DateTime(2024, 1, 7), 2m),
            new Transaction("a", new DateTime(2024, 1, 8), 4m)).Customers);

        Assert.Equal(1, a.Frequency);
        Assert.Equal(1.0, a.Recency);
        Assert.Equal(4.0, a.T);
        Assert.Equal(4.0, a.MonetaryValue);
    }

    [Fact]
    public void Monthly_aggregation_in_days_uses_the_calendar_distance_between_month_starts()
    {
        CustomerSummary a = Assert.Single(Summarize(TimePeriod.Month, TimePeriod.Day, new DateTime(2024, 3, 15),
            new Transaction("a", new DateTime(2024, 1, 20), 1m),
            new Transaction("a", new DateTime(2024, 2, 3), 1m)).Customers);

        Assert.Equal(1, a.Frequency);
        Assert.Equal(31.0, a.Recency);
        Assert.Equal(31.0 + 29.0, a.T);
    }

    [Fact]
    public void Daily_aggregation_reported_in_months_divides_by_the_mean_gregorian_month()
    {
        CustomerSummary a = Assert.Single(Summarize(TimePeriod.Day, TimePeriod.Month, new DateTime(2025, 1, 1),
            new Transaction("a", new DateTime(2024, 1, 1), 1m)).Customers);
        Assert.Equal(366.0 / (365.2425 / 12.0), a.T, 12);
    }

    [Fact]
    public void Calibration_holdout_split_counts_holdout_occasions_and_their_mean_spend()
    {
        var builder = new CustomerSummaryBuilder();
        builder.AddRange([
            new Transaction("a", Jan1, 10m),
            new Transaction("a", Jan1.AddDays(5), 20m),
            new Transaction("a", Jan1.AddDays(15), 30m),
            new Transaction("a", Jan1.AddDays(15), 6m),
            new Transaction("a", Jan1.AddDays(18), 40m),
            new Transaction("a", Jan1.AddDays(19), -4m),
            new Transaction("new-in-holdout", Jan1.AddDays(12), 1m),
        ]);

        CalibrationHoldoutSet split = builder.BuildCalibrationHoldout(
            new SummaryOptions(Jan1.AddDays(27)) { CalibrationEnd = Jan1.AddDays(9), Unit = TimePeriod.Week });

        CalibrationHoldoutSummary a = Assert.Single(split.Customers);
        Assert.Equal(1, a.Calibration.Frequency);
        Assert.Equal(5.0 / 7.0, a.Calibration.Recency, 12);
        Assert.Equal(9.0 / 7.0, a.Calibration.T, 12);
        Assert.Equal(20.0, a.Calibration.MonetaryValue);
        Assert.Equal(2, a.FrequencyHoldout);
        Assert.Equal((36.0 + 36.0) / 2, a.MonetaryValueHoldout);
        Assert.Equal(18.0 / 7.0, a.DurationHoldout, 12);
        Assert.Equal(1, split.CustomersStartingAfterCalibration);
    }

    [Fact]
    public void Split_without_a_calibration_end_or_with_one_after_the_end_is_rejected()
    {
        var builder = new CustomerSummaryBuilder();
        builder.Add(new Transaction("a", Jan1, 1m));
        ArgumentException missing = Assert.Throws<ArgumentException>(() => builder.BuildCalibrationHoldout(new SummaryOptions(Jan1.AddDays(5))));
        Assert.Contains("CalibrationEnd", missing.Message, StringComparison.Ordinal);
        ArgumentException late = Assert.Throws<ArgumentException>(() =>
            builder.BuildCalibrationHoldout(new SummaryOptions(Jan1.AddDays(5)) { CalibrationEnd = Jan1.AddDays(5) }));
        Assert.Contains("2024-01-06", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_with_another_period_than_the_builder_are_rejected()
    {
        var builder = new CustomerSummaryBuilder(TimePeriod.Week);
        Assert.Throws<ArgumentException>(() => builder.Build(new SummaryOptions(Jan1)));
    }

    [Fact]
    public void Customers_come_back_in_natural_id_order()
    {
        CustomerSummarySet set = Summarize(TimePeriod.Day, TimePeriod.Day, Jan1,
            new Transaction("10", Jan1, 1m), new Transaction("2", Jan1, 1m), new Transaction("b", Jan1, 1m), new Transaction("1", Jan1, 1m));
        Assert.Equal(["1", "2", "10", "b"], set.Customers.Select(c => c.CustomerId));
    }

    [Fact]
    public void Compression_counts_customers_per_distinct_pattern()
    {
        CustomerSummary[] customers =
        [
            new("a", 0, 0, 10), new("b", 0, 0, 10), new("c", 2, 5, 10), new("d", 0, 0, 9),
        ];
        IReadOnlyList<SummaryPattern> patterns = SummaryPatterns.Compress(customers);
        Assert.Equal([new SummaryPattern(0, 0, 9, 1), new SummaryPattern(0, 0, 10, 2), new SummaryPattern(2, 5, 10, 1)], patterns);
    }

    [Fact]
    public void Invalid_summaries_are_rejected_naming_customer_field_and_value()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummary("c7", 1, 12.5, 10.0));
        Assert.Equal("recency", e.ParamName);
        Assert.Contains("c7", e.Message, StringComparison.Ordinal);
        Assert.Contains("12.5", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummary("c7", -1, 0, 10.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummary("c7", 0, 0, double.NaN));
        Assert.Throws<ArgumentException>(() => new CustomerSummary(" ", 0, 0, 1));
    }

    [Fact]
    public void Histories_of_another_customer_or_period_cannot_be_merged()
    {
        var a = new CustomerHistory("a", TimePeriod.Day);
        Assert.Throws<ArgumentException>(() => a.Merge(new CustomerHistory("b", TimePeriod.Day)));
        Assert.Throws<ArgumentException>(() => a.Merge(new CustomerHistory("a", TimePeriod.Week)));
        Assert.Throws<ArgumentException>(() => a.Add(new Transaction("b", Jan1, 1m)));
    }
}
