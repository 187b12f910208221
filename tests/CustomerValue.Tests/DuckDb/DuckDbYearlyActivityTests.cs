using CustomerValue.DuckDb;
using CustomerValue.Simulation;

namespace CustomerValue.Tests.DuckDb;

/// <summary>Yearly activity and the transaction stream read with DuckDB equal the in-memory builder and the log.</summary>
public sealed class DuckDbYearlyActivityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cv-duckdb-yearly-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(TimePeriod.Day, false)]
    [InlineData(TimePeriod.Week, true)]
    [InlineData(TimePeriod.Month, false)]
    public void Generated_logs_give_the_in_memory_yearly_activity(TimePeriod period, bool parquet)
    {
        var simulation = new TransactionLogSimulationOptions { Customers = 200, Seed = 7, ReturnProbability = 0.1 };
        List<Transaction> log = TransactionLogSimulator.Generate(simulation).ToList();
        Assert.Contains(log, t => t.Quantity != 1m);
        string path = parquet ? DuckDbLogFiles.WriteParquet(_folder, "log", log, parts: 3) : DuckDbLogFiles.WriteCsv(_folder, "log.csv", log);
        var builder = new YearlyActivityBuilder(period);
        builder.AddRange(log);

        IReadOnlyList<YearlyActivity> actual = DuckDbYearlyActivity.Build(path, DuckDbLogOptions.Default, period);

        Assert.Equal(builder.Build(), actual);
        Assert.Contains(actual, r => r.Year == 2025);
    }

    [Fact]
    public void Returns_subtract_units_and_spend_and_add_no_occasion_or_product()
    {
        DateTime d = new(2024, 12, 30); // a Monday: its ISO week runs into 2025
        Transaction[] log =
        [
            new("A", d, 10m, 2m, "x"), new("A", d.AddHours(2), 5m, 1m, "y"), // one occasion, two products
            new("A", d.AddDays(1), -5m, 1m, "z"), // a return: no product z
            new("A", d.AddDays(3), 0m, 1m, null), // a free item in 2025, no product
        ];
        string path = DuckDbLogFiles.WriteCsv(_folder, "rule.csv", log);

        IReadOnlyList<YearlyActivity> byWeek = DuckDbYearlyActivity.Build(path, DuckDbLogOptions.Default, TimePeriod.Week);

        Assert.Equal([new YearlyActivity("A", 2024, 1, 2, 2m, 10m), new YearlyActivity("A", 2025, 1, 0, 1m, 0m)], byWeek);
    }

    [Fact]
    public void Without_quantity_and_product_columns_every_row_is_one_unit_of_no_product()
    {
        string path = Path.Combine(_folder, "plain.csv");
        File.WriteAllText(path, "customer_id,date,amount,quantity\nA,2024-01-01,3,5\nA,2024-01-02,-1,2\n");
        var noQuantity = DuckDbLogOptions.Default with { QuantityColumn = null };

        Assert.Equal([new YearlyActivity("A", 2024, 1, 0, 3m, 2m)], DuckDbYearlyActivity.Build(path, DuckDbLogOptions.Default));
        Assert.Equal([new YearlyActivity("A", 2024, 1, 0, 0m, 2m)], DuckDbYearlyActivity.Build(path, noQuantity));
    }

    [Fact]
    public void A_negative_quantity_is_an_error_naming_the_column_and_text()
    {
        string path = Path.Combine(_folder, "negative.csv");
        File.WriteAllText(path, "customer_id,date,amount,units\nA,2024-01-01,3,-2\n");
        var e = Assert.Throws<FormatException>(() => DuckDbYearlyActivity.Build(path, DuckDbLogOptions.Default with { QuantityColumn = "units" }));
        Assert.Equal($"Transaction log '{path}', column 'units': '-2' is negative; a quantity must be zero or more.", e.Message);
    }

    [Fact]
    public void The_transaction_stream_gives_back_the_log_from_csv_and_from_a_parquet_glob()
    {
        List<Transaction> log = TransactionLogSimulator.Generate(new TransactionLogSimulationOptions { Customers = 50, Seed = 3, ReturnProbability = 0.1 }).ToList();
        // The files hold timestamps to the second.
        Transaction[] expected = [.. Ordered(log.Select(t => new Transaction(t.CustomerId, t.Timestamp.AddTicks(-(t.Timestamp.Ticks % TimeSpan.TicksPerSecond)), t.Amount, t.Quantity, t.ProductId)))];

        Assert.Equal(expected, Ordered(DuckDbTransactions.Stream(DuckDbLogFiles.WriteCsv(_folder, "t.csv", log), DuckDbLogOptions.Default)));
        Assert.Equal(expected, Ordered(DuckDbTransactions.Stream(DuckDbLogFiles.WriteParquet(_folder, "t", log), DuckDbLogOptions.Default)));

        static IEnumerable<Transaction> Ordered(IEnumerable<Transaction> log) =>
            log.OrderBy(t => t.CustomerId, StringComparer.Ordinal).ThenBy(t => t.Timestamp).ThenBy(t => t.Amount).ThenBy(t => t.ProductId, StringComparer.Ordinal);
    }
}
