using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CustomerValue.Lifetime;
using CustomerValue.Tests.TestSupport;
using Xunit.Abstractions;

namespace CustomerValue.Tests.Lifetime;

public sealed class RecoveryAndJsonTests(ITestOutputHelper output)
{
    private static double[] Ages(int n, int seed)
    {
        var random = new Random(seed);
        var ages = new double[n];
        for (int i = 0; i < n; i++)
        {
            ages[i] = Math.Round(27 + (12 * random.NextDouble()), 2);
        }

        return ages;
    }

    [Fact]
    public void Bg_nbd_recovers_simulated_parameters()
    {
        var truth = new BgNbdParameters(0.25, 4.0, 0.8, 2.5);
        CustomerSummary[] data = BgNbdSimulator.Simulate(truth, Ages(20_000, 7), seed: 11);
        var watch = Stopwatch.StartNew();
        ModelFit<BgNbdModel> fit = BgNbdModel.Fit(data).EnsureConverged();
        output.WriteLine($"{fit.Model} in {watch.ElapsedMilliseconds} ms; SE {string.Join(", ", fit.StandardErrors.Select(e => $"{e.Key}={e.Value:G3}"))}");
        double[] expected = [truth.R, truth.Alpha, truth.A, truth.B];
        for (int i = 0; i < 4; i++)
        {
            Assert.InRange(fit.Parameters[i].Value, expected[i] - (4 * fit.StandardErrors[i].Value), expected[i] + (4 * fit.StandardErrors[i].Value));
        }
    }

    [Fact]
    public void Mbg_nbd_recovers_simulated_parameters()
    {
        var truth = new MbgNbdParameters(0.5, 6.0, 0.9, 1.6);
        CustomerSummary[] data = MbgNbdSimulator.Simulate(truth, Ages(20_000, 8), seed: 12);
        ModelFit<MbgNbdModel> fit = MbgNbdModel.Fit(data).EnsureConverged();
        output.WriteLine($"{fit.Model}; SE {string.Join(", ", fit.StandardErrors.Select(e => $"{e.Key}={e.Value:G3}"))}");
        double[] expected = [truth.R, truth.Alpha, truth.A, truth.B];
        for (int i = 0; i < 4; i++)
        {
            Assert.InRange(fit.Parameters[i].Value, expected[i] - (4 * fit.StandardErrors[i].Value), expected[i] + (4 * fit.StandardErrors[i].Value));
        }
    }

    [Fact]
    public void Simulation_is_deterministic_for_a_seed()
    {
        var p = new BgNbdParameters(0.25, 4.0, 0.8, 2.5);
        Assert.Equal(BgNbdSimulator.Simulate(p, 100, 39, 3), BgNbdSimulator.Simulate(p, 100, 39, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdSimulator.Simulate(p, -1, 39, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdSimulator.Simulate(p, 1, double.NaN, 3));
    }

    [Fact]
    public void Model_json_round_trips()
    {
        var model = new MbgNbdModel(new MbgNbdParameters(0.525, 6.183, 0.891, 1.614));
        string json = ModelJson.Serialize(model);
        ITransactionModel loaded = ModelJson.DeserializeTransactionModel(json);
        Assert.IsType<MbgNbdModel>(loaded);
        Assert.Equal(model.Parameters, ((MbgNbdModel)loaded).Parameters);

        using var stream = new MemoryStream();
        ModelJson.Serialize(model, stream);
        stream.Position = 0;
        Assert.Equal(model.Parameters, ((MbgNbdModel)ModelJson.Deserialize(stream)).Parameters);
    }

    [SharedDataFact]
    public void Fit_json_has_the_documented_shape_and_loads_as_the_model()
    {
        ModelFit<BgNbdModel> fit = BgNbdModel.Fit(CdnowData.Customers);
        string json = ModelJson.Serialize(fit);
        output.WriteLine(json);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        Assert.Equal("bg-nbd", root.GetProperty("model").GetString());
        Assert.Equal(fit.Model.Parameters.Alpha, root.GetProperty("parameters").GetProperty("alpha").GetDouble());
        Assert.Equal(fit.LogLikelihood, root.GetProperty("logLikelihood").GetDouble());
        Assert.True(root.GetProperty("converged").GetBoolean());
        Assert.Equal(2357, root.GetProperty("customers").GetInt32());
        Assert.Equal(fit.StandardError("r"), root.GetProperty("standardErrors").GetProperty("r").GetDouble());
        Assert.Equal(fit.Model.Parameters, ((BgNbdModel)ModelJson.Deserialize(json)).Parameters);
    }

    [Fact]
    public void Gamma_gamma_json_round_trips_and_typed_loading_rejects_the_other_kind()
    {
        var spend = new GammaGammaModel(6.25, 3.74, 15.44);
        string json = ModelJson.Serialize(spend);
        Assert.Contains("\"gamma\": 15.44", json, StringComparison.Ordinal);
        Assert.Equal(spend.Parameters, ModelJson.DeserializeSpendModel(json).Parameters);
        Assert.Contains("holds a gamma-gamma model", Assert.Throws<JsonException>(() => ModelJson.DeserializeTransactionModel(json)).Message, StringComparison.Ordinal);
        string bgNbd = ModelJson.Serialize(new BgNbdModel(new BgNbdParameters(0.25, 4, 0.8, 2.5)));
        Assert.Contains("holds a bg-nbd model, not a gamma-gamma spend model", Assert.Throws<JsonException>(() => ModelJson.DeserializeSpendModel(bgNbd)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_keys_are_case_insensitive_and_extra_fields_ignored()
    {
        const string json = """{"MODEL":"BG-NBD","Parameters":{"R":0.25,"Alpha":4,"A":0.8,"B":2.5},"whatever":[1,2]}""";
        var model = Assert.IsType<BgNbdModel>(ModelJson.Deserialize(json));
        Assert.Equal(new BgNbdParameters(0.25, 4, 0.8, 2.5), model.Parameters);
        Assert.Contains("bg-nbd", ModelJson.ModelNames);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "must be an object")]
    [InlineData("""{"parameters":{}}""", "no \"model\"")]
    [InlineData("""{"model":"pareto-nbd-x","parameters":{}}""", "Unknown model")]
    [InlineData("""{"model":"bg-nbd"}""", "no \"parameters\"")]
    [InlineData("""{"model":"bg-nbd","parameters":{"r":1,"alpha":1,"a":1}}""", "\"b\"")]
    [InlineData("""{"model":"bg-nbd","parameters":{"r":1,"alpha":-1,"a":1,"b":1}}""", "invalid parameter")]
    public void Bad_json_gives_a_clear_exception(string json, string fragment)
    {
        var e = Assert.Throws<JsonException>(() => ModelJson.Deserialize(json));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => ModelJson.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }

    [SharedDataFact]
    public void Purchase_count_histogram_matches_cdnow()
    {
        CustomerSummary[] customers = CdnowData.Customers;
        var model = new BgNbdModel(new BgNbdParameters(0.2425945, 4.4136019, 0.7929199, 2.4258881));
        IReadOnlyList<PurchaseCountRow> rows = TransactionModelDiagnostics.PurchaseCountHistogram(model, customers);
        foreach (PurchaseCountRow row in rows)
        {
            output.WriteLine($"{row.Count}{(row.IsOpenEnded ? "+" : string.Empty)}: actual {row.ActualCustomers}, expected {row.ExpectedCustomers:F1}");
        }

        Assert.Equal(8, rows.Count);
        Assert.Equal(2357, rows.Sum(r => r.ActualCustomers));
        Assert.Equal(2357, rows.Sum(r => r.ExpectedCustomers), 6);
        Assert.Equal(1411, rows[0].ActualCustomers);
        Assert.InRange(rows[0].ExpectedCustomers, 1350, 1470);
        Assert.True(rows[^1].IsOpenEnded);
    }

    [Fact]
    public void Calibration_holdout_table_averages_by_frequency()
    {
        var model = new BgNbdModel(new BgNbdParameters(0.2425945, 4.4136019, 0.7929199, 2.4258881));
        CalibrationHoldoutSummary[] data =
        [
            new(new CustomerSummary("a", 0, 0, 30), 0, 0, 39),
            new(new CustomerSummary("b", 0, 0, 20), 2, 10, 39),
            new(new CustomerSummary("c", 2, 10, 30), 1, 10, 39),
            new(new CustomerSummary("d", 9, 29, 30), 5, 10, 39),
            new(new CustomerSummary("e", 12, 28, 30), 7, 10, 39),
        ];
        IReadOnlyList<CalibrationHoldoutRow> rows = TransactionModelDiagnostics.CalibrationHoldout(model, data, maxFrequency: 7);
        Assert.Equal(3, rows.Count);
        Assert.Equal(new CalibrationHoldoutRow(0, false, 2, 1.0, (model.ConditionalExpectedPurchases(data[0].Calibration, 39) + model.ConditionalExpectedPurchases(data[1].Calibration, 39)) / 2), rows[0]);
        Assert.Equal(2, rows[1].Frequency);
        Assert.True(rows[2].IsOpenEnded);
        Assert.Equal(6.0, rows[2].ActualMean);
        Assert.Equal(2, rows[2].Customers);
    }
}
