using CustomerValue.Lifetime;
using Xunit.Abstractions;

namespace CustomerValue.Tests.Lifetime;

/// <summary>BG/BB identities, closed forms, simulation recovery and argument checks.</summary>
public sealed class BgBbBehaviourTests(ITestOutputHelper output)
{
    private static readonly BgBbParameters Donations = new(1.204, 0.750, 0.657, 2.783);

    [Theory]
    [InlineData(6)]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(40)]
    public void Transaction_count_probabilities_sum_to_one_and_their_mean_is_the_expectation(int n)
    {
        var model = new BgBbModel(Donations);
        double total = 0, mean = 0;
        for (int x = 0; x <= n; x++)
        {
            double p = model.ProbabilityOfTransactions(x, n);
            Assert.InRange(p, 0.0, 1.0);
            total += p;
            mean += x * p;
        }

        Assert.Equal(1.0, total, 12);
        Assert.Equal(model.ExpectedTransactions(n), mean, 11);
    }

    [Theory]
    [InlineData(1.204, 0.750, 0.657, 2.783)]
    [InlineData(0.3, 2.0, 3.5, 1.2)]
    public void Expectations_equal_the_published_closed_forms(double alpha, double beta, double gamma, double delta)
    {
        var p = new BgBbParameters(alpha, beta, gamma, delta);
        var model = new BgBbModel(p);
        foreach (int n in new[] { 1, 5, 11 })
        {
            // E[X(n)] = α/(α + β) · δ/(γ − 1) · [1 − Γ(γ + δ)Γ(1 + δ + n)/(Γ(γ + δ + n)Γ(1 + δ))]
            double ratio = Math.Exp(LogGamma(gamma + delta) + LogGamma(1 + delta + n) - LogGamma(gamma + delta + n) - LogGamma(1 + delta));
            double closed = alpha / (alpha + beta) * delta / (gamma - 1) * (1 - ratio);
            Assert.Equal(closed, model.ExpectedTransactions(n), 11);
        }

        // Conditional: 1/L · B(α + x + 1, β + n − x)/B(α, β) · δ/(γ − 1) · Γ(γ + δ)/Γ(1 + δ) · [Γ(1 + δ + n)/Γ(γ + δ + n) − Γ(1 + δ + n + n*)/Γ(γ + δ + n + n*)]
        (int x, int tx, int n, int future)[] cases = [(0, 0, 6, 5), (2, 4, 6, 5), (6, 6, 6, 1), (3, 3, 9, 10)];
        foreach ((int x, int tx, int nn, int future) in cases)
        {
            double logL = BgBbModel.LogLikelihood(p, x, tx, nn);
            double front = LogBeta(alpha + x + 1, beta + nn - x) - LogBeta(alpha, beta) + LogGamma(gamma + delta) - LogGamma(1 + delta) - logL;
            double bracket = Math.Exp(LogGamma(1 + delta + nn) - LogGamma(gamma + delta + nn)) - Math.Exp(LogGamma(1 + delta + nn + future) - LogGamma(gamma + delta + nn + future));
            double closed = Math.Exp(front) * delta / (gamma - 1) * bracket;
            Assert.Equal(closed, model.ConditionalExpectedTransactions(new BgBbHistory(x, tx, nn), future), 11);
        }
    }

    [Fact]
    public void Dert_is_the_discounted_sum_of_each_future_opportunitys_expected_transaction()
    {
        var model = new BgBbModel(Donations);
        foreach (BgBbHistory h in new[] { new BgBbHistory(0, 0, 6), new BgBbHistory(2, 4, 6), new BgBbHistory(6, 6, 6) })
        {
            double sum = 0, previous = 0;
            for (int k = 1; k <= 4000; k++)
            {
                double cumulative = model.ConditionalExpectedTransactions(h, k);
                sum += (cumulative - previous) / Math.Pow(1.1, k);
                previous = cumulative;
            }

            double dert = model.DiscountedExpectedResidualTransactions(h, 0.1);
            output.WriteLine($"DERT(0.1 | {h.Frequency}, {h.Recency}, {h.Opportunities}) = {dert:F4}");
            Assert.Equal(sum, dert, 10);
        }

        // Undiscounted, the sum converges only when γ > 1.
        Assert.Throws<ArgumentOutOfRangeException>(() => model.DiscountedExpectedResidualTransactions(new BgBbHistory(1, 1, 6), 0));
        var lowDropout = new BgBbModel(new BgBbParameters(1.2, 0.75, 2.5, 2.8));
        Assert.True(double.IsFinite(lowDropout.DiscountedExpectedResidualTransactions(new BgBbHistory(1, 1, 6), 0)));
    }

    [Fact]
    public void Probability_alive_decays_with_the_opportunities_ahead_and_tops_out_for_a_perfect_record()
    {
        var model = new BgBbModel(Donations);
        var h = new BgBbHistory(2, 4, 6);
        double previous = model.ProbabilityAliveAt(h, 0);
        Assert.True(previous < 1);
        Assert.Equal(model.ProbabilityAlive(h), model.ProbabilityAliveAt(h, 1));
        for (int ahead = 1; ahead < 50; ahead++)
        {
            double next = model.ProbabilityAliveAt(h, ahead);
            Assert.True(next < previous);
            previous = next;
        }

        Assert.Equal(1.0, model.ProbabilityAliveAt(new BgBbHistory(3, 6, 6), 0), 14);
    }

    [Fact]
    public void Analytic_gradient_matches_central_differences_of_the_likelihood()
    {
        BgBbHistory[] data = BgBbSimulator.Simulate(Donations, 500, 8, seed: 7);
        double[] point = [1.1, 0.8, 0.7, 2.5];
        double[] analytic = new double[4];
        double logBetaAB = MathNet.Numerics.SpecialFunctions.BetaLn(point[0], point[1]);
        double logBetaGD = MathNet.Numerics.SpecialFunctions.BetaLn(point[2], point[3]);
        foreach (BgBbHistory h in data)
        {
            BgBbKernels.AccumulateGradient(point, logBetaAB, logBetaGD, h.Frequency, h.Recency, h.Opportunities, h.Weight, analytic);
        }

        for (int i = 0; i < 4; i++)
        {
            double step = 1e-6 * point[i];
            double[] up = (double[])point.Clone(), down = (double[])point.Clone();
            up[i] += step;
            down[i] -= step;
            double numeric = (Total(up, data) - Total(down, data)) / (2 * step);
            Assert.Equal(numeric, analytic[i], Math.Max(1e-4, 1e-6 * Math.Abs(numeric)));
        }
    }

    [Fact]
    public void Fit_recovers_simulated_parameters_within_a_few_standard_errors()
    {
        var truth = new BgBbParameters(0.9, 1.5, 0.5, 3.0);
        BgBbHistory[] data = BgBbSimulator.Simulate(truth, 20_000, 10, seed: 2024);
        ModelFit<BgBbModel> fit = BgBbModel.Fit(data).EnsureConverged();
        output.WriteLine($"{fit.Model}; se {string.Join(", ", fit.StandardErrors.Select(e => $"{e.Key}={e.Value:G3}"))}");
        double[] expected = [truth.Alpha, truth.Beta, truth.Gamma, truth.Delta];
        for (int i = 0; i < 4; i++)
        {
            Assert.InRange(fit.Parameters[i].Value, expected[i] - (4 * fit.StandardErrors[i].Value), expected[i] + (4 * fit.StandardErrors[i].Value));
        }

        Assert.Equal(20_000, fit.Observations);
        Assert.Equal(BgBbSimulator.Simulate(truth, 100, 10, seed: 5), BgBbSimulator.Simulate(truth, 100, 10, seed: 5));
    }

    [Theory]
    [InlineData(-1, 0, 6, "frequency")]
    [InlineData(7, 7, 6, "frequency")]
    [InlineData(0, 2, 6, "recency")]
    [InlineData(3, 2, 6, "recency")]
    [InlineData(2, 7, 6, "recency")]
    [InlineData(0, 0, -1, "opportunities")]
    public void Invalid_histories_name_the_field(int x, int tx, int n, string field)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BgBbHistory(x, tx, n));
        Assert.Equal(field, e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => BgBbModel.ProbabilityAlive(Donations, x, tx, n));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BgBbHistory(1, 1, 6, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BgBbHistory(1, 1, 6, -2));
    }

    [Fact]
    public void Fit_rejects_data_without_information()
    {
        Assert.Contains("no customers", Assert.Throws<ArgumentException>(() => BgBbModel.Fit([])).Message, StringComparison.Ordinal);
        Assert.Contains("every frequency is 0", Assert.Throws<ArgumentException>(() => BgBbModel.Fit([new BgBbHistory(0, 0, 6, 100)])).Message, StringComparison.Ordinal);
        Assert.Contains("every n is 0", Assert.Throws<ArgumentException>(() => BgBbModel.Fit([new BgBbHistory(0, 0, 0, 100)])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BgBbParameters(1, 1, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BgBbModel(Donations).ConditionalExpectedTransactions(new BgBbHistory(1, 1, 2), -1));
        Assert.Throws<ArgumentException>(() => new BgBbModel(Donations).ProbabilityAlive([new BgBbHistory(1, 1, 2)], new double[0]));
    }

    private static double Total(double[] p, BgBbHistory[] data) =>
        BgBbModel.LogLikelihood(new BgBbParameters(p[0], p[1], p[2], p[3]), data);

    private static double LogGamma(double x) => MathNet.Numerics.SpecialFunctions.GammaLn(x);

    private static double LogBeta(double a, double b) => MathNet.Numerics.SpecialFunctions.BetaLn(a, b);
}
