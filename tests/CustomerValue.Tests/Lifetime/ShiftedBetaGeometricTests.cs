using System.Text.Json;
using CustomerValue.Lifetime;
using Xunit.Abstractions;

namespace CustomerValue.Tests.Lifetime;

/// <summary>Published sBG fits and DERL values (Fader &amp; Hardie 2007, 2010), and the curves' defining identities.</summary>
public sealed class ShiftedBetaGeometricTests(ITestOutputHelper output)
{
    private static readonly int[] Regular = [1000, 631, 468, 382, 326, 289, 262, 241];
    private static readonly int[] HighEnd = [1000, 869, 743, 653, 593, 551, 517, 491];

    [Theory]
    [InlineData("regular", 0.704, 1.182, -1680.27)]
    [InlineData("high end", 0.668, 3.806, -1611.16)]
    public void Fit_reproduces_the_published_cohort_estimates(string cohort, double alpha, double beta, double logLikelihood)
    {
        int[] alive = cohort == "regular" ? Regular : HighEnd;
        ModelFit<ShiftedBetaGeometricModel> fit = ShiftedBetaGeometricModel.Fit(alive).EnsureConverged();
        output.WriteLine($"{cohort}: {fit.Model} LL={fit.LogLikelihood:R} se(alpha)={fit.StandardError("alpha"):G4} se(beta)={fit.StandardError("beta"):G4} {fit.ExitReason}");
        Assert.Equal(alpha, fit.Model.Parameters.Alpha, 0.0005);
        Assert.Equal(beta, fit.Model.Parameters.Beta, 0.0005);
        Assert.Equal(logLikelihood, fit.LogLikelihood, 0.005);
        Assert.Equal(1000, fit.Observations);
        Assert.Equal(["alpha", "beta"], fit.Parameters.Select(kv => kv.Key));
        Assert.True(fit.StandardErrors.All(e => e.Value > 0 && double.IsFinite(e.Value)));
        Assert.Equal(fit.LogLikelihood, fit.Model.LogLikelihood(alive), 9);
    }

    [Fact]
    public void Log_likelihood_is_churn_counts_times_log_churn_probabilities_plus_censored_survivors()
    {
        var model = new ShiftedBetaGeometricModel(new ShiftedBetaGeometricParameters(0.704, 1.182));
        double expected = 0;
        for (int t = 1; t < Regular.Length; t++)
        {
            expected += (Regular[t - 1] - Regular[t]) * Math.Log(model.ChurnProbability(t));
        }

        expected += Regular[^1] * Math.Log(model.Survival(Regular.Length - 1));
        Assert.Equal(expected, model.LogLikelihood(Regular), 9);
    }

    [Theory]
    [InlineData(3.80, 15.20, new[] { 3.31, 3.45, 3.59, 3.72, 3.84 })]
    [InlineData(0.067, 0.267, new[] { 7.68, 9.46, 9.86, 10.06, 10.19 })]
    public void Derl_matches_fader_and_hardie_2010(double alpha, double beta, double[] published)
    {
        // Fader & Hardie's DERL(d | α, β, n − 1 renewals) for n = 1 … 5, i.e. a customer who has made 0 … 4 renewals.
        var model = new ShiftedBetaGeometricModel(new ShiftedBetaGeometricParameters(alpha, beta));
        for (int n = 1; n <= 5; n++)
        {
            double derl = model.DiscountedExpectedResidualLifetime(0.10, renewals: n - 1);
            output.WriteLine($"({alpha}, {beta}) n = {n}: DERL = {derl:F4}");
            Assert.Equal(published[n - 1], derl, 0.02);
        }
    }

    [Fact]
    public void Regular_cohort_values_quoted_in_the_retention_economics_docs()
    {
        var model = new ShiftedBetaGeometricModel(new ShiftedBetaGeometricParameters(0.704, 1.182));
        Assert.Equal(3.70, model.DiscountedExpectedLifetime(0.1), 0.005);
        double[] quoted = [2.96, 4.10, 4.87, 5.44, 5.89];
        for (int renewals = 0; renewals < quoted.Length; renewals++)
        {
            Assert.Equal(quoted[renewals], model.DiscountedExpectedResidualLifetime(0.1, renewals), 0.005);
        }
    }

    [Theory]
    [InlineData(3.80, 15.20, 0.10)]
    [InlineData(0.067, 0.267, 0.10)]
    [InlineData(0.704, 1.182, 0.01)]
    [InlineData(2.5, 7.0, 0.0)]
    public void Del_and_derl_equal_brute_force_discounted_survival_sums(double alpha, double beta, double discount)
    {
        var model = new ShiftedBetaGeometricModel(new ShiftedBetaGeometricParameters(alpha, beta));
        double[] s = new double[2_000_000];
        model.Survival(s);
        double del = 0, factor = 1;
        for (int t = 0; t < s.Length && factor > 1e-300; t++, factor /= 1 + discount)
        {
            del += s[t] * factor;
        }

        // With d = 0 the tail of the sum decays like t^−α; compare against the closed form E[T] instead.
        double tolerance = discount == 0 ? 1e-3 : 1e-9;
        Assert.Equal(del, model.DiscountedExpectedLifetime(discount), tolerance * del);
        for (int renewals = 0; renewals < 4; renewals++)
        {
            int n = renewals + 1;
            double derl = 0;
            factor = 1;
            for (int t = n; t < s.Length && factor > 1e-300; t++, factor /= 1 + discount)
            {
                derl += s[t] / s[n - 1] * factor;
            }

            Assert.Equal(derl, model.DiscountedExpectedResidualLifetime(discount, renewals), tolerance * derl);
        }
    }

    [Fact]
    public void Curves_follow_their_definitions()
    {
        var model = new ShiftedBetaGeometricModel(new ShiftedBetaGeometricParameters(0.704, 1.182));
        Assert.Equal(1.0, model.Survival(0));
        Assert.Equal(1.182 / (0.704 + 1.182), model.Survival(1), 12);
        Assert.Equal(1.182 / (0.704 + 1.182), model.Retention(1), 12);
        for (int t = 1; t <= 12; t++)
        {
            Assert.Equal(model.Survival(t) / model.Survival(t - 1), model.Retention(t), 12);
            Assert.Equal(model.Survival(t - 1) - model.Survival(t), model.ChurnProbability(t), 12);
        }

        double[] projected = model.ProjectSurvivors(1000, 12);
        Assert.Equal(13, projected.Length);
        Assert.Equal(1000 * model.Survival(7), projected[7], 9);
        output.WriteLine("regular, projected years 0-12: " + string.Join(", ", projected.Select(v => v.ToString("F0", System.Globalization.CultureInfo.InvariantCulture))));

        Span<double> retention = stackalloc double[12];
        model.Retention(retention);
        for (int t = 1; t < retention.Length; t++)
        {
            Assert.True(retention[t] > retention[t - 1]);
        }
    }

    [Fact]
    public void Value_members_scale_the_payment()
    {
        var model = new ShiftedBetaGeometricModel(new ShiftedBetaGeometricParameters(0.704, 1.182));
        Assert.Equal(50 * model.DiscountedExpectedLifetime(0.1), model.ExpectedLifetimeValue(50, 0.1), 12);
        Assert.Equal(50 * model.DiscountedExpectedResidualLifetime(0.1, 3), model.ResidualLifetimeValue(50, 0.1, 3), 12);

        // DEL = 1 + (first renewal) · DERL(0 renewals)/(1 + d): the first payment now, the rest one period later.
        double del = model.DiscountedExpectedLifetime(0.1);
        Assert.Equal(1 + (model.DiscountedExpectedResidualLifetime(0.1, 0) / 1.1), del, 12);
    }

    [Theory]
    [InlineData(new[] { 1000 }, "at least two periods")]
    [InlineData(new[] { 0, 0 }, "alive[0]")]
    [InlineData(new[] { 1000, 600, 700 }, "alive[2]")]
    [InlineData(new[] { 1000, -1 }, "alive[1]")]
    [InlineData(new[] { 1000, 1000, 1000 }, "no customer churned")]
    public void Bad_survivor_counts_are_rejected_with_the_index_and_value(int[] alive, string fragment)
    {
        var e = Assert.Throws<ArgumentException>(() => ShiftedBetaGeometricModel.Fit(alive));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        Assert.Equal("alive", e.ParamName);
    }

    [Fact]
    public void Discount_rate_zero_is_allowed_only_when_the_mean_lifetime_is_finite()
    {
        var heavy = new ShiftedBetaGeometricModel(new ShiftedBetaGeometricParameters(0.704, 1.182));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => heavy.DiscountedExpectedLifetime(0));
        Assert.Equal("discountRate", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => heavy.DiscountedExpectedLifetime(-0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => heavy.DiscountedExpectedResidualLifetime(double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => heavy.DiscountedExpectedResidualLifetime(0.1, -1));

        // α > 1: E[T] = (α + β − 1)/(α − 1).
        var light = new ShiftedBetaGeometricModel(new ShiftedBetaGeometricParameters(3.8, 15.2));
        Assert.Equal((3.8 + 15.2 - 1) / (3.8 - 1), light.DiscountedExpectedLifetime(0), 12);
    }

    [Fact]
    public void Tiny_discount_rates_fall_back_to_quadrature_and_stay_accurate()
    {
        var model = new ShiftedBetaGeometricModel(new ShiftedBetaGeometricParameters(3.8, 15.2));
        double limit = model.DiscountedExpectedLifetime(0);
        double tiny = model.DiscountedExpectedLifetime(1e-8);
        Assert.True(tiny < limit && tiny > limit * (1 - 1e-5), $"{tiny} vs {limit}");
    }

    [Fact]
    public void Json_round_trips()
    {
        var model = new ShiftedBetaGeometricModel(new ShiftedBetaGeometricParameters(0.704, 1.182));
        string json = ModelJson.Serialize(model);
        Assert.Contains("\"model\": \"sbg\"", json, StringComparison.Ordinal);
        Assert.Equal(model.Parameters, Assert.IsType<ShiftedBetaGeometricModel>(ModelJson.Deserialize(json)).Parameters);
        Assert.Contains("sbg", ModelJson.ModelNames);

        ModelFit<ShiftedBetaGeometricModel> fit = ShiftedBetaGeometricModel.Fit(HighEnd);
        using JsonDocument doc = JsonDocument.Parse(ModelJson.Serialize(fit));
        Assert.Equal(fit.LogLikelihood, doc.RootElement.GetProperty("logLikelihood").GetDouble());
        Assert.Equal(1000, doc.RootElement.GetProperty("customers").GetInt32());
    }
}
