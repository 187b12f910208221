using System.Globalization;
using System.Text.Json;
using CustomerValue.Lifetime;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Cli;

public sealed class FitAndPredictCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cv-cli-fit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static double[] Row(string csv, int line) =>
        [.. csv.Split('\n')[line].Split(',').Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture))];

    [SharedDataFact]
    public void Fit_prints_the_documented_json_for_each_model_on_cdnow()
    {
        var (code, output, error) = CliRunner.Run("fit", "--model", "bg-nbd", "--summary", SharedData.PathOf("cdnow_customers_summary.csv"), "--format", "json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        Assert.Equal("bg-nbd", root.GetProperty("model").GetString());
        Assert.Equal(0.2426, root.GetProperty("parameters").GetProperty("r").GetDouble(), 4);
        Assert.Equal(4.4136, root.GetProperty("parameters").GetProperty("alpha").GetDouble(), 3);
        Assert.Equal(-9582.43, root.GetProperty("logLikelihood").GetDouble(), 2);
        Assert.True(root.GetProperty("converged").GetBoolean());
        Assert.Equal(2357, root.GetProperty("customers").GetInt32());
        Assert.True(root.GetProperty("iterations").GetInt32() > 0);
        Assert.True(root.GetProperty("standardErrors").GetProperty("b").GetDouble() > 0);
    }

    [SharedDataFact]
    public void Gamma_gamma_fit_reads_the_published_zbar_columns_and_reports_exclusions()
    {
        var (code, output, error) = CliRunner.Run("fit", "--model", "gamma-gamma", "--summary", SharedData.PathOf("cdnow_customers_summary_with_transactions.csv"));
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        Assert.Equal(6.25, root.GetProperty("parameters").GetProperty("p").GetDouble(), 2);
        Assert.Equal(3.74, root.GetProperty("parameters").GetProperty("q").GetDouble(), 2);
        Assert.Equal(15.44, root.GetProperty("parameters").GetProperty("gamma").GetDouble(), 1);
        Assert.Equal(1411, root.GetProperty("customersExcluded").GetInt32());
    }

    [Fact]
    public void Fit_without_a_summary_fits_the_embedded_sample_and_text_format_is_readable()
    {
        var (code, output, _) = CliRunner.Run("fit", "--model", "mbg-nbd", "--format", "text");
        Assert.Equal(0, code);
        Assert.Contains("model            mbg-nbd", output, StringComparison.Ordinal);
        Assert.Contains("converged        True", output, StringComparison.Ordinal);
        Assert.Contains("customers        2000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_reproduces_the_published_bg_nbd_customer()
    {
        string fit = Write("fit.json", """{"model":"bg-nbd","parameters":{"r":0.2425945,"alpha":4.4136019,"a":0.7929199,"b":2.4258881}}""");
        string summary = Write("one.csv", "customer_id,frequency,recency,T,monetary_value\nc1,2,30.43,38.86,22.35\n");
        var (code, output, error) = CliRunner.Run("predict", "--fit", fit, "--summary", summary, "--horizon", "39");
        Assert.True(code == 0, error);
        Assert.StartsWith("customer_id,p_alive,expected_purchases\nc1,", output, StringComparison.Ordinal);
        double[] values = Row(output, 1);
        Assert.Equal(0.7266, values[0], 4);
        Assert.Equal(1.226, values[1], 3);
    }

    [Fact]
    public void Predict_with_a_spend_fit_adds_expected_spend_and_the_library_clv()
    {
        var transactions = new BgNbdModel(new BgNbdParameters(0.2425945, 4.4136019, 0.7929199, 2.4258881));
        var spend = new GammaGammaModel(6.25, 3.74, 15.44);
        string fit = Write("fit.json", ModelJson.Serialize(transactions));
        string spendFit = Write("gg.json", ModelJson.Serialize(spend));
        string summary = Write("one.csv", "customer_id,frequency,recency,T,monetary_value\nc1,2,30.43,38.86,22.35\n");
        var (code, output, error) = CliRunner.Run("predict", "--fit", fit, "--spend-fit", spendFit, "--summary", summary, "--horizon", "52",
            "--step-length", "4", "--margin", "0.3", "--discount-rate", "0.01");
        Assert.True(code == 0, error);
        Assert.StartsWith("customer_id,p_alive,expected_purchases,expected_spend,clv\n", output, StringComparison.Ordinal);
        double[] values = Row(output, 1);
        var customer = new CustomerSummary("c1", 2, 30.43, 38.86, 22.35);
        double spendOfC1 = spend.ConditionalExpectedSpend(2, 22.35);
        Assert.Equal(spendOfC1, values[2], 12);
        double expected = new CustomerLifetimeValue(transactions, spend, new ClvOptions(13, 4) { Margin = 0.3, DiscountRate = 0.01 }).Calculate(customer);
        Assert.Equal(expected, values[3], 12);
        Assert.InRange(values[3], 0.3 * spendOfC1 * values[1] / Math.Pow(1.01, 13), 0.3 * spendOfC1 * values[1]);
    }

    [Fact]
    public void Predict_errors_name_the_option_and_the_problem()
    {
        string fit = Write("fit.json", """{"model":"bg-nbd","parameters":{"r":0.24,"alpha":4.4,"a":0.79,"b":2.4}}""");
        string bad = Write("bad.json", """{"model":"bg-nbd","parameters":{"r":0.24}}""");
        string spendFit = Write("gg.json", """{"model":"gamma-gamma","parameters":{"p":6,"q":3,"gamma":15}}""");

        Assert.Contains("does not exist", CliRunner.Run("predict", "--fit", Path.Combine(_folder, "none.json"), "--horizon", "5").Error, StringComparison.Ordinal);
        Assert.Contains("\"alpha\"", CliRunner.Run("predict", "--fit", bad, "--horizon", "5").Error, StringComparison.Ordinal);
        Assert.Contains("holds a gamma-gamma model", CliRunner.Run("predict", "--fit", spendFit, "--horizon", "5").Error, StringComparison.Ordinal);
        Assert.Contains("whole number of steps", CliRunner.Run("predict", "--fit", fit, "--spend-fit", spendFit, "--horizon", "5", "--step-length", "2").Error, StringComparison.Ordinal);
        Assert.Contains("--horizon must be a positive number", CliRunner.Run("predict", "--fit", fit, "--horizon", "-1").Error, StringComparison.Ordinal);
        var (code, _, error) = CliRunner.Run("fit", "--model", "pareto-nbd-x");
        Assert.Equal(2, code);
        Assert.Contains("Unknown model 'pareto-nbd-x'", error, StringComparison.Ordinal);
    }
}
