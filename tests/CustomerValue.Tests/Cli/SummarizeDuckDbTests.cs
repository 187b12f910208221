using System.Globalization;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Cli;

public sealed class SummarizeDuckDbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cv-cli-duck-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SharedDataFact]
    public void The_duckdb_engine_writes_the_same_summary_as_the_default_engine_on_cdnow()
    {
        string csv = Path.Combine(_folder, "cdnow.csv");
        File.WriteAllLines(csv, ["customer_id,date,amount"]);
        File.AppendAllLines(csv, File.ReadLines(SharedData.PathOf("CDNOW_sample.txt")).Select(line =>
        {
            string[] f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return string.Create(CultureInfo.InvariantCulture, $"{int.Parse(f[1], CultureInfo.InvariantCulture)},{f[2][..4]}-{f[2][4..6]}-{f[2][6..]},{f[4]}");
        }));

        string[] common = ["summarize", "--transactions", csv, "--unit", "week", "--observation-end", "1997-09-30"];
        var memory = CliRunner.Run(common);
        var duck = CliRunner.Run([.. common, "--engine", "duckdb"]);
        Assert.True(duck.ExitCode == 0, duck.Error);
        Assert.Equal(0, memory.ExitCode);
        Assert.Equal(2358, duck.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(memory.Output, duck.Output);
    }

    [Theory]
    [InlineData(new[] { "--engine", "duckdb", "--observation-end", "2024-01-01" }, "--engine duckdb needs --transactions")]
    [InlineData(new[] { "--engine", "duckdb", "--transactions", "x.csv" }, "--engine duckdb needs --observation-end")]
    [InlineData(new[] { "--engine", "duckdb", "--transactions", "x.csv", "--observation-end", "2024-01-01", "--no-header" }, "--no-header is not supported with --engine duckdb")]
    [InlineData(new[] { "--engine", "duckdb", "--transactions", "x.csv", "--observation-end", "2024-01-01", "--customer-column", "0" }, "--customer-column must name a column")]
    public void Options_duckdb_cannot_honour_are_refused(string[] args, string expected)
    {
        var (code, _, error) = CliRunner.Run(["summarize", .. args]);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
