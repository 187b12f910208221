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

    [Theory]
    [InlineData(TimePeriod.Day, TimePeriod.Week, 11)]
    [InlineData(TimePeriod.Week, TimePeriod.Week, 12)]
    [InlineData(TimePeriod.Month, TimePeriod.Day, 13)]
    [InlineData(TimePeriod.Week, TimePeriod.Day, 14)]
    public void Generated_logs_give_the_in_memory_calibration_holdout_split_and_compressed_form(TimePeriod period, TimePeriod unit, int seed)
    {
        var simulation = new TransactionLogSimulationOptions { Customers = 150, Seed = seed, ReturnProbability = 0.1 };
        List<Transaction> log = TransactionLogSimulator.Generate(simulation).ToList();
        string path = WriteCsv("log.csv", log);
        var builder = new CustomerSummaryBuilder(period);
        builder.AddRange(log);

        // A calibration end during acquisition leaves customers starting after it.
        var options = new SummaryOptions(simulation.End) { Period = period, Unit = unit, CalibrationEnd = simulation.Start.AddDays(20) };
        CalibrationHoldoutSet expected = builder.BuildCalibrationHoldout(options);
        CalibrationHoldoutSet actual = DuckDbSummaries.BuildCalibrationHoldout(path, DuckDbLogOptions.Default, options);

        Assert.True(expected.CustomersStartingAfterCalibration > 0);
        Assert.Equal(expected.CustomersStartingAfterCalibration, actual.CustomersStartingAfterCalibration);
        Assert.Equal(expected.CustomersWithoutPurchases, actual.CustomersWithoutPurchases);
        Assert.Equal(expected.Customers, actual.Customers);
        Assert.Same(options, actual.Options);

        Assert.Equal(SummaryPatterns.Compress([.. builder.Build(options).Customers]), DuckDbSummaries.Compress(path, DuckDbLogOptions.Default, options));
    }

    [Fact]
    public void The_holdout_nets_its_own_returns_and_ignores_those_of_the_calibration_period()
    {
        DateTime d = new(2024, 3, 4);
        Transaction[] log =
        [
            new("A", d, 10m), new("A", d.AddDays(5), 4m), // calibration: one repeat of 4
            new("A", d.AddDays(12), -2m), // holdout return before the first holdout purchase: into it
            new("A", d.AddDays(15), 20m), new("A", d.AddDays(15).AddHours(3), 1m), new("A", d.AddDays(20), 9m), // two holdout occasions
            new("A", d.AddDays(40), 99m), // after the end
            new("B", d.AddDays(2), 7m), new("B", d.AddDays(11), -7m), // only a return in the holdout: no holdout spend
            new("L", d.AddDays(25), 5m), // starts in the holdout
            new("R", d, -1m), // returns only
        ];
        string path = WriteCsv("holdout.csv", log);
        var options = new SummaryOptions(d.AddDays(30)) { Unit = TimePeriod.Week, CalibrationEnd = d.AddDays(9) };

        CalibrationHoldoutSet split = DuckDbSummaries.BuildCalibrationHoldout(path, DuckDbLogOptions.Default, options);

        var builder = new CustomerSummaryBuilder();
        builder.AddRange(log);
        Assert.Equal(builder.BuildCalibrationHoldout(options), split, new SplitComparer());
        CalibrationHoldoutSummary a = split.Customers[0];
        Assert.Equal(new CustomerSummary("A", 1, 5.0 / 7, 9.0 / 7, 4), a.Calibration);
        Assert.Equal((2, 14.0, 3.0), (a.FrequencyHoldout, a.MonetaryValueHoldout, a.DurationHoldout));
        Assert.Equal((0, 0.0), (split.Customers[1].FrequencyHoldout, split.Customers[1].MonetaryValueHoldout));
        Assert.Equal((1, 1), (split.CustomersStartingAfterCalibration, split.CustomersWithoutPurchases));
    }

    [Fact]
    public void A_split_needs_a_calibration_end_before_the_observation_end()
    {
        string path = WriteCsv("split.csv", [new("A", new DateTime(2024, 1, 1), 1m)]);
        var noSplit = new SummaryOptions(new DateTime(2024, 2, 1));
        Assert.Throws<ArgumentException>("summary", () => DuckDbSummaries.BuildCalibrationHoldout(path, DuckDbLogOptions.Default, noSplit));
        var sameMonth = noSplit with { Period = TimePeriod.Month, CalibrationEnd = new DateTime(2024, 2, 1) };
        var e = Assert.Throws<ArgumentException>("summary", () => DuckDbSummaries.BuildCalibrationHoldout(path, DuckDbLogOptions.Default, sameMonth));
        Assert.Contains("2024-02-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_that_is_not_a_number_names_the_file_column_text_and_type()
    {
        string path = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(path, "customer_id,date,amount\nA,2024-01-01,12.5\nA,2024-01-02,twelve\n");
        var e = Assert.Throws<FormatException>(() => DuckDbSummaries.Build(path, DuckDbLogOptions.Default, new SummaryOptions(new DateTime(2024, 1, 10))));
        Assert.StartsWith($"Transaction log '{path}', column 'amount': 'twelve' is not a number (expected DECIMAL(38,10)", e.Message, StringComparison.Ordinal);
        Assert.IsType<DuckDBException>(e.InnerException);
    }

    [Fact]
    public void A_date_that_does_not_parse_names_the_file_column_text_and_format()
    {
        string compact = Path.Combine(_folder, "compact.csv");
        File.WriteAllText(compact, "customer_id,date,amount\nA,20240101,1\nA,2024-01-0x,2\n");
        var options = new SummaryOptions(new DateTime(2024, 1, 10));
        var e = Assert.Throws<FormatException>(() => DuckDbSummaries.Build(compact, DuckDbLogOptions.Default with { DateFormat = "%Y%m%d" }, options));
        Assert.Equal($"Transaction log '{compact}', column 'date': '2024-01-0x' is not a date in the format %Y%m%d.", e.Message);

        string iso = Path.Combine(_folder, "iso.csv");
        File.WriteAllText(iso, "customer_id,date,amount\nA,2024-01-01,1\nA,2024-01-0x,2\n");
        e = Assert.Throws<FormatException>(() => DuckDbSummaries.Build(iso, DuckDbLogOptions.Default, options));
        Assert.StartsWith($"Transaction log '{iso}', column 'date': '2024-01-0x' is not a date (expected a DATE or TIMESTAMP column", e.Message, StringComparison.Ordinal);

        // Without a format, ISO 8601 and yyyyMMdd are both read, as by the in-memory reader.
        string mixed = Path.Combine(_folder, "mixed.csv");
        File.WriteAllText(mixed, "customer_id,date,amount\nA,20240101,1\nA,2024-01-03 10:00:00,2\n");
        Assert.Equal(new CustomerSummary("A", 1, 2, 9, 2), Assert.Single(DuckDbSummaries.Build(mixed, DuckDbLogOptions.Default, options).Customers));
    }

    [Fact]
    public void A_parquet_column_of_the_wrong_type_names_the_column_its_type_and_the_type_expected()
    {
        string path = Path.Combine(_folder, "typed.parquet");
        DuckDbLogFiles.Execute($"COPY (SELECT 'A' AS customer_id, DATE '2024-01-01' AS date, true AS amount) TO {DuckDbLogFiles.Literal(path)} (FORMAT parquet)");
        var e = Assert.Throws<FormatException>(() => DuckDbSummaries.Build(path, DuckDbLogOptions.Default, new SummaryOptions(new DateTime(2024, 1, 10))));
        Assert.Equal($"Transaction log '{path}', column 'amount' is BOOLEAN; expected a number (an integer, DECIMAL, FLOAT or DOUBLE) or text.", e.Message);

        var dated = DuckDbLogOptions.Default with { AmountColumn = "date", DateColumn = "amount" };
        e = Assert.Throws<FormatException>(() => DuckDbSummaries.Build(path, dated, new SummaryOptions(new DateTime(2024, 1, 10))));
        Assert.Contains("column 'amount' is BOOLEAN; expected DATE, TIMESTAMP, or text or an integer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_named_with_the_columns_the_file_has()
    {
        string path = Path.Combine(_folder, "columns.csv");
        File.WriteAllText(path, "customer_id,day,amount\nA,2024-01-01,1\n");
        var e = Assert.Throws<FormatException>(() => DuckDbSummaries.Build(path, DuckDbLogOptions.Default, new SummaryOptions(new DateTime(2024, 1, 10))));
        Assert.Equal($"Transaction log '{path}' has no column 'date' (DuckDbLogOptions.DateColumn); its columns are 'customer_id', 'day', 'amount'.", e.Message);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        string path = Path.Combine(_folder, "missing.csv");
        var e = Assert.Throws<FileNotFoundException>(() => DuckDbSummaries.Build(path, DuckDbLogOptions.Default, new SummaryOptions(new DateTime(2024, 1, 1))));
        Assert.Equal($"The transaction log '{path}' does not exist.", e.Message);
        Assert.Equal(path, e.FileName);
    }

    [Fact]
    public void A_glob_that_matches_no_file_is_a_clear_error_when_the_stream_is_enumerated()
    {
        string glob = Path.Combine(_folder, "logs-*.parquet");
        var options = new SummaryOptions(new DateTime(2024, 1, 1));
        IEnumerable<CustomerSummary> stream = DuckDbSummaries.Stream(glob, DuckDbLogOptions.Default, options);
        var e = Assert.Throws<FileNotFoundException>(() => stream.First());
        Assert.Equal($"No file matches the transaction log glob '{glob}'.", e.Message);
        Assert.Throws<FileNotFoundException>(() => DuckDbSummaries.BuildCalibrationHoldout(glob, DuckDbLogOptions.Default, options with { CalibrationEnd = new DateTime(2023, 1, 1) }));
        Assert.Throws<FileNotFoundException>(() => DuckDbYearlyActivity.Build(glob, DuckDbLogOptions.Default));
    }

    [Fact]
    public void Blank_arguments_are_refused_before_anything_is_read()
    {
        var options = new SummaryOptions(new DateTime(2024, 1, 1));
        Assert.Throws<ArgumentException>("path", () => DuckDbSummaries.Stream(" ", DuckDbLogOptions.Default, options));
        Assert.Throws<ArgumentException>("options", () => DuckDbSummaries.Compress("x.csv", DuckDbLogOptions.Default with { AmountColumn = "" }, options));
        Assert.Throws<ArgumentException>("options", () => DuckDbYearlyActivity.Build("x.csv", DuckDbLogOptions.Default with { ProductIdColumn = " " }));
        Assert.Throws<ArgumentOutOfRangeException>("period", () => DuckDbYearlyActivity.Build("x.csv", DuckDbLogOptions.Default, (TimePeriod)99));
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
        IReadOnlyList<SummaryPattern> patterns = DuckDbSummaries.Compress(path, DuckDbLogOptions.Default with { DateFormat = "%Y%m%d" }, options);
        Assert.Equal(SummaryPatterns.Compress([.. set.Customers]), patterns);
        Assert.InRange(patterns.Count, 1, set.Customers.Count / 2);
    }

    /// <summary>Compares splits by their rows and counts (the options are compared by reference elsewhere).</summary>
    private sealed class SplitComparer : IEqualityComparer<CalibrationHoldoutSet>
    {
        public bool Equals(CalibrationHoldoutSet? x, CalibrationHoldoutSet? y) =>
            x!.Customers.SequenceEqual(y!.Customers) && x.CustomersStartingAfterCalibration == y.CustomersStartingAfterCalibration && x.CustomersWithoutPurchases == y.CustomersWithoutPurchases;

        public int GetHashCode(CalibrationHoldoutSet obj) => obj.Customers.Count;
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
