using System.Diagnostics;
using System.Text.Json;
using CustomerValue.Lifetime;
using CustomerValue.Tests.TestSupport;
using Xunit.Abstractions;

namespace CustomerValue.Tests.Lifetime;

/// <summary>The published BG/BB fit on the donations data (Fader, Hardie &amp; Shang 2010): 11,104 donors, 6 opportunities.</summary>
public sealed class BgBbDonationsTests(ITestOutputHelper output)
{
    private static readonly BgBbParameters Published = new(1.204, 0.750, 0.657, 2.783);

    [SharedDataFact]
    public void Fit_reproduces_the_published_donation_estimates()
    {
        BgBbHistory[] donors = BgBbDonationsData.Histories;
        Assert.Equal(11_104, donors.Sum(h => h.Weight));
        var watch = Stopwatch.StartNew();
        ModelFit<BgBbModel> fit = BgBbModel.Fit(donors).EnsureConverged();
        watch.Stop();
        output.WriteLine($"{fit.Model} LL={fit.LogLikelihood:R} it={fit.Iterations} {fit.ExitReason} in {watch.Elapsed.TotalMilliseconds:F0} ms");
        output.WriteLine(string.Join(", ", fit.StandardErrors.Select(e => $"{e.Key}={e.Value:G5}")));

        BgBbParameters p = fit.Model.Parameters;
        Assert.Equal(1.204, p.Alpha, 0.0005);
        Assert.Equal(0.750, p.Beta, 0.0005);
        Assert.Equal(0.657, p.Gamma, 0.0005);
        Assert.Equal(2.783, p.Delta, 0.0005);
        Assert.Equal(-33_225.58, fit.LogLikelihood, 0.01);
        Assert.Equal(11_104, fit.Observations);
        Assert.Equal(["alpha", "beta", "gamma", "delta"], fit.Parameters.Select(kv => kv.Key));
        Assert.True(fit.StandardErrors.All(e => e.Value > 0 && double.IsFinite(e.Value)));
    }

    [SharedDataFact]
    public void Fit_does_not_depend_on_row_order_or_on_splitting_weights()
    {
        BgBbHistory[] donors = BgBbDonationsData.Histories;
        ModelFit<BgBbModel> fit = BgBbModel.Fit(donors);
        BgBbHistory[] reversed = donors.Reverse().ToArray();
        Assert.Equal(fit.Model.Parameters, BgBbModel.Fit(reversed).Model.Parameters);

        // The same base with every weight split into two rows gives the same likelihood.
        BgBbHistory[] split = donors.SelectMany(h => new[]
        {
            new BgBbHistory(h.Frequency, h.Recency, h.Opportunities, Math.Floor(h.Weight / 2)),
            new BgBbHistory(h.Frequency, h.Recency, h.Opportunities, h.Weight - Math.Floor(h.Weight / 2)),
        }).ToArray();
        Assert.Equal(fit.Model.LogLikelihood(donors), fit.Model.LogLikelihood(split), 8);
    }

    [Fact]
    public void Published_probability_alive()
    {
        var model = new BgBbModel(Published);
        double p00 = model.ProbabilityAlive(new BgBbHistory(0, 0, 6));
        double p24 = model.ProbabilityAlive(new BgBbHistory(2, 4, 6));
        double p66 = model.ProbabilityAlive(new BgBbHistory(6, 6, 6));
        output.WriteLine($"P(alive): (0,0) {p00:F4}, (2,4) {p24:F4}, (6,6) {p66:F4}");
        Assert.Equal(0.11, p00, 0.005);
        Assert.Equal(0.59, p24, 0.005);
        Assert.Equal(0.93, p66, 0.005);

        // (6, 6): active through 2001 for sure, so P(alive in 2002) is E[1 − θ | θ ~ Beta(γ, δ + 6)].
        Assert.Equal((Published.Delta + 6) / (Published.Gamma + Published.Delta + 6), p66, 12);
        Assert.Equal(1.0, model.ProbabilityAliveAt(new BgBbHistory(6, 6, 6), 0), 12);
    }

    [SharedDataFact]
    public void Published_total_expected_transactions_in_the_next_five_opportunities()
    {
        BgBbHistory[] donors = BgBbDonationsData.Histories;
        var model = new BgBbModel(Published);
        double total = model.TotalConditionalExpectedTransactions(donors, 5);
        output.WriteLine($"expected donations 2002-2006: {total:F1}");
        Assert.Equal(12_884, total, 12_884 * 0.002);

        // With the unrounded maximum-likelihood estimates.
        ModelFit<BgBbModel> fit = BgBbModel.Fit(donors);
        double fitted = fit.Model.TotalConditionalExpectedTransactions(donors, 5);
        output.WriteLine($"with the fitted parameters: {fitted:F1}");
        Assert.Equal(12_884, fitted, 1.0);

        // Batch values agree with the per-pattern ones; the weighted sum of the batch equals the total.
        double[] each = new double[donors.Length];
        model.ConditionalExpectedTransactions(donors, 5, each);
        Assert.Equal(total, donors.Select((h, i) => h.Weight * each[i]).Sum(), 8);
        Assert.Equal(BgBbModel.ConditionalExpectedTransactions(Published, 3, 5, 6, 5), model.ConditionalExpectedTransactions(new BgBbHistory(3, 5, 6), 5));
    }

    [SharedDataFact]
    public void Fit_json_has_the_documented_shape_and_loads_as_the_model()
    {
        ModelFit<BgBbModel> fit = BgBbModel.Fit(BgBbDonationsData.Histories);
        string json = ModelJson.Serialize(fit);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        Assert.Equal("bg-bb", root.GetProperty("model").GetString());
        JsonElement parameters = root.GetProperty("parameters");
        Assert.Equal(fit.Model.Parameters.Delta, parameters.GetProperty("delta").GetDouble());
        Assert.Equal(11_104, root.GetProperty("customers").GetInt32());
        Assert.Equal(fit.Model.Parameters, Assert.IsType<BgBbModel>(ModelJson.Deserialize(json)).Parameters);
    }
}
