using System.Globalization;
using CustomerValue.IO;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Cli;

public sealed class SummarizeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cv-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteLog(string text)
    {
        string path = Path.Combine(_folder, "log.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Summarizes_a_log_into_the_documented_csv()
    {
        string log = WriteLog("customer_id,date,amount\na,2024-01-01,10\na,2024-01-08,20\na,2024-01-15,40\nb,2024-01-10,5\n");
        var (code, output, error) = CliRunner.Run("summarize", "--transactions", log, "--period", "day", "--unit", "week", "--observation-end", "2024-01-29");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal("customer_id,frequency,recency,T,monetary_value\na,2,2,4,30\nb,0,0,19,0\n".Replace("19", (19.0 / 7).ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal), output);
    }

    [Fact]
    public void A_calibration_end_adds_the_holdout_columns_and_out_writes_the_file()
    {
        string log = WriteLog("customer_id,date,amount\na,2024-01-01,10\na,2024-01-03,20\na,2024-01-06,40\n");
        string outFile = Path.Combine(_folder, "s.csv");
        var (code, output, _) = CliRunner.Run("summarize", "--transactions", log, "--unit", "day", "--observation-end", "2024-01-10", "--calibration-end", "2024-01-04", "--out", outFile);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Equal(
            "customer_id,frequency,recency,T,monetary_value,frequency_holdout,monetary_value_holdout,duration_holdout\na,1,2,3,20,1,40,6\n",
            File.ReadAllText(outFile));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void Without_a_log_it_runs_on_the_embedded_sample()
    {
        var (code, output, _) = CliRunner.Run("summarize", "--observation-end", "2025-06-30");
        Assert.Equal(0, code);
        List<CustomerSummary> rows = [.. CustomerSummaryCsv.Read(new StringReader(output))];
        Assert.Equal(CustomerValue.Simulation.TransactionLogSimulator.SampleOptions.Customers, rows.Count);
        Assert.Contains(rows, r => r.Frequency > 0);
    }

    [Theory]
    [InlineData("--observation-end", "2024-13-01", "'2024-13-01' is not a date")]
    [InlineData("--period", "fortnight", "'fortnight'")]
    [InlineData("--transactions", "/no/such/file.csv", "'/no/such/file.csv' does not exist")]
    [InlineData("--separator", "pipes", "--separator 'pipes'")]
    public void A_bad_argument_exits_non_zero_with_one_line_naming_it(string option, string value, string expected)
    {
        var (code, output, error) = CliRunner.Run("summarize", option, value);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_malformed_row_stops_with_file_line_column_and_text_unless_skipping_is_asked()
    {
        string log = WriteLog("customer_id,date,amount\na,2024-01-01,5\nb,2024-01-02,12x\n");
        var (code, _, error) = CliRunner.Run("summarize", "--transactions", log);
        Assert.Equal(2, code);
        Assert.Contains("line 3, column 'amount': '12x'", error, StringComparison.Ordinal);

        var (skipCode, output, skipError) = CliRunner.Run("summarize", "--transactions", log, "--skip-bad-rows");
        Assert.Equal(0, skipCode);
        Assert.StartsWith("customer_id,", output, StringComparison.Ordinal);
        Assert.Contains("skipped 1 malformed row(s) of 2", skipError, StringComparison.Ordinal);
        Assert.Contains("line 3, column 'amount'", skipError, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void The_cdnow_sample_read_by_position_gives_the_published_summary_size()
    {
        var (code, output, _) = CliRunner.Run("summarize", "--transactions", SharedData.PathOf("CDNOW_sample.txt"), "--separator", "whitespace", "--no-header",
            "--customer-column", "1", "--date-column", "2", "--quantity-column", "3", "--amount-column", "4", "--product-column", "",
            "--observation-end", "1997-09-30");
        Assert.Equal(0, code);
        List<CustomerSummary> rows = [.. CustomerSummaryCsv.Read(new StringReader(output))];
        Assert.Equal(2357, rows.Count);
        Assert.Equal(2457, rows.Sum(r => r.Frequency));
    }
}
