using System.Globalization;
using System.Text;
using CustomerValue.DuckDb;
using CustomerValue.Simulation;
using CustomerValue.Tests.TestSupport;
using DuckDB.NET.Data;

namespace CustomerValue.Tests.DuckDb;

/// <summary>DuckDB summaries must equal the in-memory <see cref="CustomerSummaryBuilder"/> exactly.</summary>
public sealed class DuckDbSummariesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cv-duckdb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(TimePeriod.Day, TimePeriod.Day, 1)]
    [InlineData(TimePeriod.Day, TimePeriod.Week, 2)]
    [InlineData(TimePeriod.Day, TimePeriod.Month, 3)]
    [InlineData(TimePeriod.Day, TimePeriod.Year, 4)]
    [InlineData(TimePeriod.Week, TimePeriod.Week, 5)]
    [InlineData(TimePeriod.Week, TimePeriod.Day, 6)]
    [InlineData(TimePeriod.Month, TimePeriod.Month, 7)]
    [InlineData(TimePeriod.Month, TimePeriod.Week, 8)]
    [InlineData(TimePeriod.Quarter, TimePeriod.Day, 9)]
    [InlineData(TimePeriod.Year, TimePeriod.Year, 10)]
    public void Generated_logs_give_the_in_memory_summaries(TimePeriod period, TimePeriod unit, int seed)
    {
        var simulation = new TransactionLogSimulationOptions { Customers = 150, Seed = seed, ReturnProbability = 0.1 };
        List<Transaction> log = TransactionLogSimulator.Generate(simulation).ToList();
        Assert.Contains(log, t => t.IsReturn);
        string path = WriteCsv("log.csv", log);

        // The full observation window, and one that ends during acquisition (customers starting after the end).
        foreach (DateTime end in new[] { simulation.End, simulation.Start.AddDays(45) })
        {
            var options = new SummaryOptions(end) { Period = period, Unit = unit };
            AssertSame(InMemory(log, options), DuckDbSummaries.Build(path, DuckDbLogOptions.Default, options));
        }
    }

    [Fact]
    public void Returns_merges_and_returns_only_customers_follow_the_rule()
    {
        DateTime d = new(2024, 3, 4, 10, 30, 0);
        Transaction[] log =
        [
            new("007", d, 10m), new("007", d.AddHours(5), 5m), // same-day merge: one occasion of 15
            new("007", d.AddDays(2), -3m), // netted into the occasion of day 0
            new("007", d.AddDays(9), 20m), new("007", d.AddDays(40), -1.25m), // netted into day 9
            new("007", d.AddDays(200), 99m), // after the end
            new("B", d.AddDays(-3), -4m), new("B", d.AddDays(1), 12m), // return before every purchase: into the first occasion
            new("B", d.AddDays(3), 0m), // a free item is a purchase
            new("R", d, -5m), // returns only
            new("L", d.AddDays(100), 7m), // starts after the end
        ];
        string path = WriteCsv("rule.csv", log);
        var options = new SummaryOptions(d.AddDays(60)) { Unit = TimePeriod.Week };

        CustomerSummarySet set = DuckDbSummaries.Build(path, DuckDbLogOptions.Default, options);

        AssertSame(InMemory(log, options), set);
        Assert.Equal(1, set.CustomersStartingAfterEnd);
        Assert.Equal(1, set.CustomersWithoutPurchases);
        CustomerSummary c007 = set.Customers.Single(c => c.CustomerId == "007");
        Assert.Equal(1, c007.Frequency);
        Assert.Equal(9.0 / 7.0, c007.Recency);
        Assert.Equal(18.75, c007.MonetaryValue);
        Assert.Equal(["007", "B"], DuckDbSummaries.Stream(path, DuckDbLogOptions.Default, options).Select(c => c.CustomerId));
    }

    [Fact]
    public void Other_columns_delimiter_and_date_format_are_honoured()
    {
        string path = Path.Combine(_folder, "custom.txt");
        File.WriteAllText(path, "who;when;spend\nA;20240101;1.5\nA;20240105;2.25\nA;20240105;1\n");
        var log = new DuckDbLogOptions { CustomerIdColumn = "who", DateColumn = "when", AmountColumn = "spend", Delimiter = ";", DateFormat = "%Y%m%d" };

        CustomerSummary a = Assert.Single(DuckDbSummaries.Stream(path, log, new SummaryOptions(new DateTime(2024, 1, 10))));

        Assert.Equal(new CustomerSummary("A", 1, 4, 9, 3.25), a);
    }

    [Fact]
    public void A_parquet_glob_over_several_files_gives_the_in_memory_summaries()
    {
        var simulation = new TransactionLogSimulationOptions { Customers = 120, Seed = 42, ReturnProbability = 0.1 };
        List<Transaction> log = TransactionLogSimulator.Generate(simulation).ToList();
        string csv = WriteCsv("all.csv", log);
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using DuckDBCommand command = connection.CreateCommand();
            string csvSql = csv.Replace("'", "''", StringComparison.Ordinal);
            string partSql = Path.Combine(_folder, "part").Replace("'", "''", StringComparison.Ordinal);

            // Two files, each customer's rows spread over both, with typed columns (DATE/TIMESTAMP, DECIMAL).
            command.CommandText =
                $"COPY (SELECT customer_id, date, amount FROM read_csv('{csvSql}', types = {{'customer_id': 'VARCHAR', 'amount': 'DECIMAL(18,2)'}}) WHERE hash(date) % 2 = 0) TO '{partSql}-0.parquet' (FORMAT parquet);" +
                $"COPY (SELECT customer_id, date, amount FROM read_csv('{csvSql}', types = {{'customer_id': 'VARCHAR', 'amount': 'DECIMAL(18,2)'}}) WHERE hash(date) % 2 = 1) TO '{partSql}-1.parquet' (FORMAT parquet);";
            command.ExecuteNonQuery();
        }

        var options = new SummaryOptions(simulation.End) { Unit = TimePeriod.Week };
        AssertSame(InMemory(log, options), DuckDbSummaries.Build(Path.Combine(_folder, "part-*.parquet"), DuckDbLogOptions.Default, options));
    }

    [Fact]
    public void An_amount_that_is_not_a_number_is_an_error()
    {
        string path = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(path, "customer_id,date,amount\nA,2024-01-01,12.5\nA,2024-01-02,twelve\n");
        Assert.Throws<DuckDBException>(() => DuckDbSummaries.Build(path, DuckDbLogOptions.Default, new SummaryOptions(new DateTime(2024, 1, 10))));
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        string path = Path.Combine(_folder, "missing.csv");
        var e = Assert.Throws<FileNotFoundException>(() => DuckDbSummaries.Build(path, DuckDbLogOptions.Default, new SummaryOptions(new DateTime(2024, 1, 1))));
        Assert.Contains("missing.csv", e.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Cdnow_sample_gives_the_in_memory_summaries()
    {
        var log = new List<Transaction>();
        var csv = new StringBuilder("customer_id,date,amount\n");
        foreach (string line in File.ReadLines(SharedData.PathOf("CDNOW_sample.txt")))
        {
            string[] f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            string id = int.Parse(f[1], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            log.Add(new Transaction(id, DateTime.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture), decimal.Parse(f[4], CultureInfo.InvariantCulture)));
            csv.Append(id).Append(',').Append(f[2]).Append(',').Append(f[4]).Append('\n');
        }

        string path = Path.Combine(_folder, "cdnow.csv");
        File.WriteAllText(path, csv.ToString());
        var options = new SummaryOptions(new DateTime(1997, 9, 30)) { Unit = TimePeriod.Week };

        CustomerSummarySet set = DuckDbSummaries.Build(path, DuckDbLogOptions.Default with { DateFormat = "%Y%m%d" }, options);

        Assert.Equal(2357, set.Customers.Count);
        AssertSame(InMemory(log, options), set);
    }

    private static CustomerSummarySet InMemory(IEnumerable<Transaction> log, SummaryOptions options)
    {
        var builder = new CustomerSummaryBuilder(options.Period);
        builder.AddRange(log);
        return builder.Build(options);
    }

    private static void AssertSame(CustomerSummarySet expected, CustomerSummarySet actual)
    {
        Assert.Equal(expected.CustomersStartingAfterEnd, actual.CustomersStartingAfterEnd);
        Assert.Equal(expected.CustomersWithoutPurchases, actual.CustomersWithoutPurchases);
        Assert.Equal(expected.Customers.Count, actual.Customers.Count);
        for (int i = 0; i < expected.Customers.Count; i++)
        {
            CustomerSummary want = expected.Customers[i];
            CustomerSummary got = actual.Customers[i];
            Assert.Equal(want.CustomerId, got.CustomerId);
            Assert.Equal(want.Frequency, got.Frequency);
            Assert.Equal(want.Recency, got.Recency);
            Assert.Equal(want.T, got.T);
            Assert.True(
                Math.Abs(want.MonetaryValue - got.MonetaryValue) <= 1e-9 * Math.Max(1.0, Math.Abs(want.MonetaryValue)),
                $"customer {want.CustomerId}: monetary {got.MonetaryValue} vs {want.MonetaryValue}");
        }
    }

    private string WriteCsv(string name, IEnumerable<Transaction> log)
    {
        string path = Path.Combine(_folder, name);
        using var writer = new StreamWriter(path);
        writer.Write("customer_id,date,amount\n");
        foreach (Transaction t in log)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{t.CustomerId},{t.Timestamp:yyyy-MM-dd HH:mm:ss},{t.Amount}\n"));
        }

        return path;
    }
}
