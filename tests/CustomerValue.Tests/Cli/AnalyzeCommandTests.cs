using System.Text.Json;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cv-analyze-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string[] Files =
        ["calibration-holdout.png", "clv.png", "customers.csv", "lorenz.png", "p-alive.png", "report.html", "segments.png", "summary.json", "whale.png"];

    [Fact]
    public void Without_arguments_but_out_it_analyses_the_embedded_sample_and_writes_every_file()
    {
        string report = Path.Combine(_folder, "report");
        var (code, output, error) = CliRunner.Run("analyze", "--out", report);
        Assert.True(code == 0, error);
        Assert.Equal(Files, Directory.GetFiles(report).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("chosen on the holdout period", output, StringComparison.Ordinal);
        Assert.DoesNotContain("converged", output, StringComparison.Ordinal);
        Assert.Contains("Fitting and comparing models", error, StringComparison.Ordinal);

        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "summary.json")));
        JsonElement root = summary.RootElement;
        Assert.Equal(2000, root.GetProperty("customers").GetInt32());
        string chosen = root.GetProperty("chosenModel").GetString()!;
        JsonElement[] models = [.. root.GetProperty("models").EnumerateArray()];
        Assert.Equal(["bg-nbd", "mbg-nbd", "pareto-nbd"], models.Select(m => m.GetProperty("model").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(chosen, models[0].GetProperty("model").GetString());
        JsonElement bgNbd = models.Single(m => m.GetProperty("model").GetString() == "bg-nbd").GetProperty("parameters");
        // The sample is simulated from r = 0.243, α = 4.414, a = 0.793, b = 2.426 (per week): the fit lands near them.
        Assert.InRange(bgNbd.GetProperty("r").GetDouble(), 0.15, 0.40);
        Assert.InRange(bgNbd.GetProperty("alpha").GetDouble(), 2.5, 8.0);
        Assert.InRange(root.GetProperty("concentration").GetProperty("gini").GetDouble(), 0.0, 1.0);

        string[] lines = File.ReadAllLines(Path.Combine(report, "customers.csv"));
        Assert.Equal(2001, lines.Length);
        Assert.StartsWith("customer_id,frequency,recency,T,monetary_value,total_spend,p_alive,expected_purchases,expected_spend,clv,pareto_segment,rfm_segment", lines[0], StringComparison.Ordinal);

        string html = File.ReadAllText(Path.Combine(report, "report.html"));
        foreach (string chart in new[] { "lorenz", "whale", "calibration-holdout", "p-alive", "clv", "segments" })
        {
            Assert.Contains($"data-chart=\"{chart}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_without_heterogeneity_is_analysed_and_its_fits_are_reported_as_not_converged()
    {
        // 300 customers buying uniformly at random over 480 days: every customer has the same purchase rate, so the
        // likelihoods have no finite maximum (they rise as r and α, or a and b, grow together) and each fit stops once a
        // shape passes the limit.
        var random = new Random(4);
        var start = new DateTime(2023, 11, 1);
        string log = Path.Combine(_folder, "uniform.csv");
        File.WriteAllLines(log, ["customer_id,date,amount", .. Enumerable.Range(0, 3000).Select(_ =>
            FormattableString.Invariant($"c{random.Next(300)},{start.AddDays(random.Next(480)):yyyy-MM-dd},{random.Next(1, 20000) / 100m}"))]);
        string report = Path.Combine(_folder, "report");
        var (code, output, error) = CliRunner.Run("analyze", "--transactions", log, "--out", report);
        Assert.True(code == 0, error);
        Assert.Contains("No model's fit converged", output, StringComparison.Ordinal);
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "summary.json")));
        JsonElement[] models = [.. summary.RootElement.GetProperty("models").EnumerateArray()];
        Assert.Equal(3, models.Length);
        Assert.All(models, m => Assert.False(m.GetProperty("calibration").GetProperty("converged").GetBoolean()));
        Assert.All(models, m => Assert.Contains(
            m.GetProperty("calibration").GetProperty("parameters").EnumerateObject(),
            p => p.Name is "r" or "s" or "a" or "b" && p.Value.GetDouble() > 1e4));
    }

    [Fact]
    public void A_bad_log_gives_one_line_and_leaves_no_report()
    {
        string log = Path.Combine(_folder, "log.csv");
        File.WriteAllText(log, "customer_id,date,amount\na,2024-01-01,5\nb,2024-01-0x,3\n");
        string report = Path.Combine(_folder, "report");
        var (code, output, error) = CliRunner.Run("analyze", "--transactions", log, "--out", report);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"customervalue: {log}, line 3, column 'date': '2024-01-0x' is not a date", error.Trim()[..(error.Trim().IndexOf(" in any", StringComparison.Ordinal))]);
        Assert.False(Directory.Exists(report));
        Assert.Empty(Directory.GetDirectories(_folder));
    }

    [Fact]
    public void An_existing_report_is_replaced_whole()
    {
        string report = Path.Combine(_folder, "report");
        Directory.CreateDirectory(report);
        File.WriteAllText(Path.Combine(report, "stale.txt"), "old");
        Assert.Equal(0, CliRunner.Run("analyze", "--out", report).ExitCode);
        Assert.False(File.Exists(Path.Combine(report, "stale.txt")));
        Assert.True(File.Exists(Path.Combine(report, "report.html")));
        Assert.Single(Directory.GetDirectories(_folder));
    }

    [SharedDataFact]
    public void The_cdnow_master_log_is_analysed_with_its_column_options()
    {
        string report = Path.Combine(_folder, "cdnow");
        var (code, _, error) = CliRunner.Run("analyze", "--transactions", SharedData.PathOf("CDNOW_master.txt"), "--separator", "whitespace",
            "--quantity-column", "number_of_cds", "--amount-column", "dollar_value", "--out", report);
        Assert.True(code == 0, error);
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "summary.json")));
        Assert.Equal(69_659, summary.RootElement.GetProperty("transactions").GetInt32());
        Assert.Equal(23_570, summary.RootElement.GetProperty("customers").GetInt32());
        Assert.Equal("1998-06-30", summary.RootElement.GetProperty("observationEnd").GetString());
        Assert.Contains(summary.RootElement.GetProperty("models").EnumerateArray(), m => m.GetProperty("model").GetString() == "bg-nbd" && m.GetProperty("converged").GetBoolean());
    }
}
