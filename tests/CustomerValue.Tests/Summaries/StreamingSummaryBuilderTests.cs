using System.Globalization;
using CustomerValue.Simulation;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Summaries;

public sealed class StreamingSummaryBuilderTests
{
    private static readonly DateTime Jan1 = new(2024, 1, 1);
    private static readonly SummaryOptions ByDay = new(Jan1.AddDays(40)) { CalibrationEnd = Jan1.AddDays(20) };

    [Fact]
    public void Same_day_purchases_and_returns_in_any_order_within_the_day_merge_as_in_the_builder()
    {
        var streaming = new StreamingSummaryBuilder(ByDay);
        streaming.AddRange([
            new Transaction("a", Jan1.AddHours(9), -4m),
            new Transaction("a", Jan1.AddHours(8), 10m),
            new Transaction("a", Jan1.AddDays(2), -3m),
            new Transaction("a", Jan1.AddDays(7).AddHours(18), 7m),
            new Transaction("a", Jan1.AddDays(7).AddHours(9), -2m),
            new Transaction("a", Jan1.AddDays(7).AddHours(8), 5m),
            new Transaction("a", Jan1.AddDays(9), -1m),
            new Transaction("a", Jan1.AddDays(21), 3m),
        ]);

        CustomerSummary a = Assert.Single(streaming.Build().Customers);
        Assert.Equal(new CustomerSummary("a", 2, 21.0, 40.0, ((12.0 - 2.0 - 1.0) + 3.0) / 2), a);
        CalibrationHoldoutSummary split = Assert.Single(streaming.BuildCalibrationHoldout().Customers);
        Assert.Equal(new CustomerSummary("a", 1, 7.0, 20.0, 9.0), split.Calibration);
        Assert.Equal(1, split.FrequencyHoldout);
        Assert.Equal(3.0, split.MonetaryValueHoldout);
        Assert.Equal(20.0, split.DurationHoldout);
    }

    [Fact]
    public void A_transaction_in_an_earlier_period_is_rejected_naming_customer_position_and_time_and_changes_nothing()
    {
        var streaming = new StreamingSummaryBuilder(ByDay);
        streaming.Add(new Transaction("a", Jan1, 10m));
        streaming.Add(new Transaction("b", Jan1, 1m));
        streaming.Add(new Transaction("a", Jan1.AddDays(5).AddHours(12), 20m));
        CustomerSummarySet before = streaming.Build();

        var late = new Transaction("a", Jan1.AddDays(3).AddHours(8), 30m);
        TransactionOrderException e = Assert.Throws<TransactionOrderException>(() => streaming.Add(late));

        Assert.Equal("a", e.CustomerId);
        Assert.Equal(4, e.TransactionNumber);
        Assert.Equal(late.Timestamp, e.Timestamp);
        Assert.Equal("transaction", e.ParamName);
        Assert.Contains("Transaction 4 (customer 'a', 2024-01-04 08:00:00)", e.Message, StringComparison.Ordinal);
        Assert.Contains("Day starting 2024-01-06", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, streaming.TransactionCount);
        Assert.Equal(before.Customers, streaming.Build().Customers);
    }

    [Fact]
    public void Transactions_after_the_observation_end_may_come_in_any_order_and_only_classify_the_customer()
    {
        var streaming = new StreamingSummaryBuilder(ByDay);
        streaming.AddRange([
            new Transaction("kept", Jan1, 5m),
            new Transaction("kept", Jan1.AddDays(60), 5m),
            new Transaction("kept", Jan1.AddDays(50), 5m),
            new Transaction("kept", Jan1.AddDays(1), 6m),
            new Transaction("late", Jan1.AddDays(45), 5m),
            new Transaction("only-returns", Jan1.AddDays(3), -5m),
            new Transaction("only-returns", Jan1.AddDays(50), -5m),
        ]);

        CustomerSummarySet set = streaming.Build();
        Assert.Equal(new CustomerSummary("kept", 1, 1.0, 40.0, 6.0), Assert.Single(set.Customers));
        Assert.Equal(1, set.CustomersStartingAfterEnd);
        Assert.Equal(1, set.CustomersWithoutPurchases);
        Assert.Equal(3, streaming.CustomerCount);
    }

    [Fact]
    public void From_log_summarises_an_out_of_order_customer_from_its_history_and_keeps_taking_its_transactions()
    {
        Transaction[] log =
        [
            new("a", Jan1.AddDays(10), 10m),
            new("b", Jan1.AddDays(1), 4m),
            new("a", Jan1.AddDays(2), 20m),
            new("b", Jan1.AddDays(3), 6m),
            new("a", Jan1.AddDays(2), -5m),
        ];

        var streaming = StreamingSummaryBuilder.FromLog(log, ByDay);
        streaming.Add(new Transaction("a", Jan1.AddDays(1), 1m));

        var reference = new CustomerSummaryBuilder();
        reference.AddRange(log);
        reference.Add(new Transaction("a", Jan1.AddDays(1), 1m));
        Assert.Equal(1, streaming.OutOfOrderCustomerCount);
        Assert.Equal(6, streaming.TransactionCount);
        Assert.Equal(reference.Build(ByDay).Customers, streaming.Build().Customers);
        Assert.Equal(reference.BuildCalibrationHoldout(ByDay).Customers, streaming.BuildCalibrationHoldout().Customers);
    }

    [Fact]
    public void Invalid_options_and_rows_are_rejected_at_the_boundary_naming_what_is_wrong()
    {
        Assert.Throws<ArgumentNullException>("options", () => new StreamingSummaryBuilder(null!));
        ArgumentException calibration = Assert.Throws<ArgumentException>("options", () => new StreamingSummaryBuilder(ByDay with { CalibrationEnd = ByDay.ObservationEnd.AddHours(1) }));
        Assert.Contains("CalibrationEnd 2024-02-10", calibration.Message, StringComparison.Ordinal);
        ArgumentException unit = Assert.Throws<ArgumentException>("options", () => new StreamingSummaryBuilder(ByDay with { Unit = (TimePeriod)42 }));
        Assert.Contains("Unit is 42", unit.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("maxDegreeOfParallelism", () => StreamingSummaryBuilder.FromLog(Array.Empty<Transaction>(), ByDay, 0));
        ArgumentException row = Assert.Throws<ArgumentException>("log", () => StreamingSummaryBuilder.FromLog(new Transaction[] { new("a", Jan1, 1m), default }, ByDay, 2));
        Assert.Contains("Row 2", row.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("transaction", () => new StreamingSummaryBuilder(ByDay).Add(default));
        Assert.Throws<InvalidOperationException>(() => new StreamingSummaryBuilder(ByDay with { CalibrationEnd = null }).BuildCalibrationHoldout());
    }

    [Fact]
    public void The_simulated_sample_log_streams_to_exactly_the_builders_summaries_on_one_and_two_partitions()
    {
        TransactionLogSimulationOptions simulation = TransactionLogSimulator.SampleOptions;
        Transaction[] log = [.. TransactionLogSimulator.Generate(simulation)];
        var options = new SummaryOptions(simulation.End) { Unit = TimePeriod.Week, CalibrationEnd = simulation.Start.AddDays(7 * 39) };
        var reference = new CustomerSummaryBuilder();
        reference.AddRange(log);

        var streaming = new StreamingSummaryBuilder(options);
        streaming.AddRange(log);
        var parallel = StreamingSummaryBuilder.FromLog(log, options, 2);

        Assert.Equal(reference.Build(options).Customers, streaming.Build().Customers);
        Assert.Equal(reference.Build(options).Customers, parallel.Build().Customers);
        Assert.Equal(reference.BuildCalibrationHoldout(options).Customers, parallel.BuildCalibrationHoldout().Customers);
        Assert.Equal(0, parallel.OutOfOrderCustomerCount);
    }

    [SharedDataFact]
    public void The_cdnow_sample_streams_to_exactly_the_builders_summary_and_split()
    {
        Transaction[] log = [.. File.ReadLines(SharedData.PathOf("CDNOW_sample.txt")).Select(line =>
        {
            string[] f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return new Transaction(
                int.Parse(f[1], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
                DateTime.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture),
                decimal.Parse(f[4], CultureInfo.InvariantCulture),
                decimal.Parse(f[3], CultureInfo.InvariantCulture));
        })];
        var options = new SummaryOptions(new DateTime(1998, 6, 30)) { Unit = TimePeriod.Week, CalibrationEnd = new DateTime(1997, 9, 30) };
        var reference = new CustomerSummaryBuilder();
        reference.AddRange(log);
        var streaming = new StreamingSummaryBuilder(options);
        streaming.AddRange(log);
        var parallel = StreamingSummaryBuilder.FromLog(log, options, 2);

        CustomerSummarySet expected = reference.Build(options);
        CalibrationHoldoutSet expectedSplit = reference.BuildCalibrationHoldout(options);
        Assert.Equal(2357, expectedSplit.Customers.Count);
        Assert.Equal(expected.Customers, streaming.Build().Customers);
        Assert.Equal(expected.Customers, parallel.Build().Customers);
        Assert.Equal(expectedSplit.Customers, streaming.BuildCalibrationHoldout().Customers);
        Assert.Equal(expectedSplit.Customers, parallel.BuildCalibrationHoldout().Customers);
    }
}
