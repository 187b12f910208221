using System.Text.Json;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Cli;

public sealed class DiscreteAndRetentionCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cv-cli-disc-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static JsonElement Parameters(string json) => JsonDocument.Parse(json).RootElement.GetProperty("parameters");

    [SharedDataFact]
    public void Fit_bg_bb_on_the_donations_reproduces_the_published_fit()
    {
        var (code, output, error) = CliRunner.Run("fit", "--model", "bg-bb", "--summary", SharedData.PathOf("donations.csv"), "--format", "json");
        Assert.True(code == 0, error);
        JsonElement p = Parameters(output);
        Assert.Equal(1.204, p.GetProperty("alpha").GetDouble(), 3);
        Assert.Equal(0.750, p.GetProperty("beta").GetDouble(), 3);
        Assert.Equal(0.657, p.GetProperty("gamma").GetDouble(), 3);
        Assert.Equal(2.783, p.GetProperty("delta").GetDouble(), 2);
        Assert.Equal(-33225.58, JsonDocument.Parse(output).RootElement.GetProperty("logLikelihood").GetDouble(), 2);
    }

    [Fact]
    public void Fit_sbg_on_a_cohort_file_reproduces_fader_and_hardie()
    {
        string path = Path.Combine(_folder, "cohort.csv");
        File.WriteAllText(path, "period,alive\n0,1000\n1,631\n2,468\n3,382\n4,326\n5,289\n6,262\n7,241\n");
        var (code, output, error) = CliRunner.Run("fit", "--model", "sbg", "--summary", path);
        Assert.True(code == 0, error);
        Assert.Equal(0.704, Parameters(output).GetProperty("alpha").GetDouble(), 3);
        Assert.Equal(1.182, Parameters(output).GetProperty("beta").GetDouble(), 3);
    }

    [Fact]
    public void Discrete_models_need_a_file_and_say_which()
    {
        var (code, _, error) = CliRunner.Run("fit", "--model", "sbg");
        Assert.Equal(2, code);
        Assert.Contains("--summary is required here: a CSV of cohort survival with header period,alive", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Retention_works_through_the_seed_003_case()
    {
        var (code, output, error) = CliRunner.Run("retention", "--acquisition-spend", "120000000", "--customers-won", "250000", "--customers-lost", "210000",
            "--margin", "300", "--retention-rate", "0.8", "--discount-rate", "0.1", "--format", "json");
        Assert.True(code == 0, error);
        JsonElement r = JsonDocument.Parse(output).RootElement;
        Assert.Equal(480.0, r.GetProperty("costPerAcquiredCustomer").GetDouble(), 9);
        Assert.Equal(300 * 1.1 / 0.3, r.GetProperty("customerValue").GetDouble(), 9);
        Assert.Equal(210_000 * 300 * 1.1 / 0.3, r.GetProperty("valueOfLostCustomers").GetDouble(), 3);
        Assert.Equal(JsonValueKind.Null, r.GetProperty("costPerRetainedCustomer").ValueKind);
    }

    [Fact]
    public void Retention_rejects_invalid_inputs_naming_them()
    {
        var (code, _, error) = CliRunner.Run("retention", "--acquisition-spend", "1", "--customers-won", "1", "--customers-lost", "1",
            "--margin", "300", "--retention-rate", "1.8", "--discount-rate", "0.1");
        Assert.Equal(2, code);
        Assert.Contains("RetentionRate must be between 0 and 1, but was 1.8.", error, StringComparison.Ordinal);
    }
}
