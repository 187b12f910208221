using System.Globalization;
using CustomerValue.Simulation;
using CustomerValue.Tests.DuckDb;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Cli;

/// <summary><c>summarize --calibration-end</c> and <c>analyze</c> with <c>--engine duckdb</c> write what the default engine writes.</summary>
public sealed class DuckDbEngineCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cv-cli-duck-engine-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<Transaction> Log(int customers) =>
        [.. TransactionLogSimulator.Generate(new TransactionLogSimulationOptions { Customers = customers, Seed = 11, ReturnProbability = 0.05 })];

    [Fact]
    public void Summarize_with_a_calibration_end_writes_the_default_engines_split_from_a_parquet_glob()
    {
        List<Transaction> log = Log(300);
        string csv = DuckDbLogFiles.WriteCsv(_folder, "log.csv", log);
        string glob = DuckDbLogFiles.WriteParquet(_folder, "log", log, parts: 3);
        string[] common = ["summarize", "--period", "week", "--unit", "week", "--observation-end", "2025-06-30", "--calibration-end", "2024-02-15"];

        var memory = CliRunner.Run([.. common, "--transactions", csv]);
        var duck = CliRunner.Run([.. common, "--transactions", glob, "--engine", "duckdb"]);

        Assert.True(duck.ExitCode == 0, duck.Error);
        Assert.Equal(0, memory.ExitCode);
        Assert.StartsWith("customer_id,frequency,recency,T,monetary_value,frequency_holdout,monetary_value_holdout,duration_holdout\n", duck.Output, StringComparison.Ordinal);
        Assert.Contains("first buying after the calibration end", duck.Error, StringComparison.Ordinal);
        Assert.Equal(memory.Output, duck.Output);
        Assert.Equal(memory.Error, duck.Error);
    }

    [Fact]
    public void Analyze_reads_a_parquet_glob_and_writes_the_same_summary_and_customers_as_the_default_engine()
    {
        List<Transaction> log = Log(400);
        string csv = DuckDbLogFiles.WriteCsv(_folder, "log.csv", log);
        string glob = DuckDbLogFiles.WriteParquet(_folder, "log", log, parts: 2);
        string memoryReport = Path.Combine(_folder, "memory");
        string duckReport = Path.Combine(_folder, "duck");

        var memory = CliRunner.Run("analyze", "--transactions", csv, "--out", memoryReport);
        var duck = CliRunner.Run("analyze", "--transactions", glob, "--engine", "duckdb", "--out", duckReport);

        Assert.True(memory.ExitCode == 0, memory.Error);
        Assert.True(duck.ExitCode == 0, duck.Error);
        AssertSameReport(memoryReport, duckReport, customers: 400);
    }

    [SharedDataFact]
    public void Analyze_on_the_cdnow_master_log_writes_the_same_summary_and_customers_with_either_engine()
    {
        // DuckDB reads CSV, not whitespace-separated text: the same log as CSV (ids keep their leading zeros).
        string csv = Path.Combine(_folder, "cdnow.csv");
        File.WriteAllLines(csv, File.ReadLines(SharedData.PathOf("CDNOW_master.txt"))
            .Select(line => string.Join(',', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        string[] common = ["analyze", "--transactions", csv, "--quantity-column", "number_of_cds", "--amount-column", "dollar_value", "--observation-end", "1998-06-30"];
        string memoryReport = Path.Combine(_folder, "memory");
        string duckReport = Path.Combine(_folder, "duck");

        var memory = CliRunner.Run([.. common, "--date-format", "yyyyMMdd", "--out", memoryReport]);
        var duck = CliRunner.Run([.. common, "--engine", "duckdb", "--out", duckReport]);

        Assert.True(memory.ExitCode == 0, memory.Error);
        Assert.True(duck.ExitCode == 0, duck.Error);
        AssertSameReport(memoryReport, duckReport, customers: 23_570);
    }

    [Theory]
    [InlineData(new[] { "analyze", "--engine", "duckdb" }, "--engine duckdb needs --transactions")]
    [InlineData(new[] { "analyze", "--engine", "duckdb", "--transactions", "x.csv", "--skip-bad-rows" }, "--skip-bad-rows is not supported with --engine duckdb")]
    [InlineData(new[] { "analyze", "--engine", "duckdb", "--transactions", "x.csv", "--date-format", "yyyyMMdd" }, "--date-format is not supported with --engine duckdb")]
    [InlineData(new[] { "analyze", "--engine", "duckdb", "--transactions", "x.csv", "--quantity-column", "3" }, "--quantity-column must name a column")]
    [InlineData(new[] { "analyze", "--engine", "duckdb", "--transactions", "x.csv", "--separator", "whitespace" }, "--separator whitespace is not supported with --engine duckdb")]
    [InlineData(new[] { "analyze", "--engine", "spark", "--transactions", "x.csv" }, "spark")]
    public void Options_duckdb_cannot_honour_are_refused(string[] args, string expected)
    {
        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void A_glob_matching_nothing_or_a_bad_amount_gives_one_line_and_no_report()
    {
        string report = Path.Combine(_folder, "report");
        string glob = Path.Combine(_folder, "none-*.parquet");
        var (code, output, error) = CliRunner.Run("analyze", "--engine", "duckdb", "--transactions", glob, "--out", report);
        Assert.Equal((2, ""), (code, output));
        Assert.Equal($"customervalue: No file matches the transaction log glob '{glob}'.", error.Trim());

        string bad = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(bad, "customer_id,date,amount\na,2024-01-01,5\nb,2024-01-02,five\n");
        (code, _, error) = CliRunner.Run("summarize", "--engine", "duckdb", "--transactions", bad, "--observation-end", "2024-02-01", "--calibration-end", "2024-01-15");
        Assert.Equal(2, code);
        Assert.StartsWith($"customervalue: Transaction log '{bad}', column 'amount': 'five' is not a number", error.Trim(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(report));
    }

    /// <summary>
    /// The same customers.csv numbers (decimal amounts compared by value: a Parquet DECIMAL does not keep the text's trailing
    /// zeros) and the same summary.json, byte for byte.
    /// </summary>
    private static void AssertSameReport(string expectedFolder, string actualFolder, int customers)
    {
        string[] expected = File.ReadAllLines(Path.Combine(expectedFolder, "customers.csv"));
        string[] actual = File.ReadAllLines(Path.Combine(actualFolder, "customers.csv"));
        Assert.Equal(customers + 1, expected.Length);
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            string[] want = expected[i].Split(',');
            string[] got = actual[i].Split(',');
            Assert.Equal(want.Length, got.Length);
            for (int j = 0; j < want.Length; j++)
            {
                bool numbers = decimal.TryParse(want[j], NumberStyles.Float, CultureInfo.InvariantCulture, out decimal x) & decimal.TryParse(got[j], NumberStyles.Float, CultureInfo.InvariantCulture, out decimal y);
                Assert.True(numbers ? x == y : want[j] == got[j], $"customers.csv line {i + 1}, field {j + 1}: '{got[j]}', expected '{want[j]}'");
            }
        }

        Assert.Equal(File.ReadAllText(Path.Combine(expectedFolder, "summary.json")), File.ReadAllText(Path.Combine(actualFolder, "summary.json")));
    }
}
