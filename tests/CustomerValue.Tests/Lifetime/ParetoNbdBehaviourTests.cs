using System.Text.Json;
using CustomerValue.Lifetime;
using CustomerValue.Numerics;

namespace CustomerValue.Tests.Lifetime;

public sealed class ParetoNbdBehaviourTests
{
    private static readonly ParetoNbdParameters Cdnow = new(0.5534, 10.5802, 0.6061, 11.6562);

    // References: the defining integrals (alive at T, or dropped out at τ in (tₓ, T)) by mpmath.quad at 40 digits, not
    // the hypergeometric expressions used by the code.
    [Theory]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 26, 30.86, 31, -39.1321278835061364)]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 0, 0, 38.86, -0.52112919597328549)]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 2, 30.43, 38.86, -9.55451069461442209)]
    [InlineData(0.5, 3, 0.8, 40, 10, 5, 40, -12.2484673054348703)]
    [InlineData(0.5, 40, 0.8, 3, 10, 5, 40, -26.9138820139575686)]
    [InlineData(1.5, 4, 1.5, 4, 3, 10, 30, -10.4727200127805765)]
    [InlineData(1.5, 4, 1.5, 4, 200, 29.5, 30, 154.444398362239749)]
    public void Log_likelihood_matches_direct_integration(double r, double alpha, double s, double beta, int x, double tx, double t, double expected)
    {
        double ll = ParetoNbdModel.LogLikelihood(new ParetoNbdParameters(r, alpha, s, beta), x, tx, t);
        Assert.Equal(expected, ll, 1e-11 * Math.Max(1, Math.Abs(expected)));
    }

    // Close to no heterogeneity in purchase rates (r, α → ∞ with r/α fixed), where the tail series' argument is within
    // 10⁻⁵ of 1; references again by mpmath.quad of the defining integral at 40 digits. The log-likelihood holds
    // log Γ(r + x) − log Γ(r) + r log α − (r + x) log(α + T), terms of size r log α that cancel, so doubles keep it to about
    // 10⁻¹⁵ r log α.
    [Theory]
    [InlineData(1e4, 7.5e4, 0.3, 2.0, 5, 10.0, 34.0, -13.882189960117795751, 0.20331290938091668694)]
    [InlineData(1e6, 7.5e6, 0.0267, 13.47, 3, 20.0, 34.0, -10.58315464290826148, 0.9718825880023231368)]
    [InlineData(1e6, 7.5e6, 0.0267, 13.47, 0, 0.0, 30.0, -3.5732504824434444726, 0.63253267525340111017)]
    [InlineData(3.5e7, 2.6e8, 0.007, 0.9, 11, 33.5, 34.1, -26.674552333036874574, 0.99987393053187082258)]
    public void Likelihood_and_alive_probability_hold_without_heterogeneity(double r, double alpha, double s, double beta, int x, double tx, double t, double logLikelihood, double alive)
    {
        var parameters = new ParetoNbdParameters(r, alpha, s, beta);
        double scale = r * Math.Log(alpha);
        Assert.Equal(logLikelihood, ParetoNbdModel.LogLikelihood(parameters, x, tx, t), 1e-11 + (1e-15 * scale));
        Assert.Equal(alive, ParetoNbdModel.ProbabilityAlive(parameters, x, tx, t), 1e-12 + (1e-15 * scale));
    }

    [Fact]
    public void Fit_stops_at_the_shape_limit_when_purchase_rates_show_no_heterogeneity()
    {
        // Every customer buys at the same rate 0.1 a week; dropout rates vary. The likelihood rises without bound as r and
        // α grow together, so the fit stops once r passes the limit, not converged, near the common rate.
        CustomerSummary[] data = ParetoNbdSimulator.Simulate(new ParetoNbdParameters(1e9, 1e10, 0.5, 10), 2_000, 52, seed: 3);
        ModelFit<ParetoNbdModel> fit = ParetoNbdModel.Fit(data);
        Assert.False(fit.Converged);
        Assert.Equal(FitExitReason.ParameterLimit, fit.ExitReason);
        Assert.True(fit.Model.Parameters.R > 1e4, $"r = {fit.Model.Parameters.R}");
        Assert.Equal(0.1, fit.Model.Parameters.R / fit.Model.Parameters.Alpha, 0.01);
        Assert.True(double.IsFinite(fit.LogLikelihood));
        Assert.InRange(fit.Model.ProbabilityAlive(data[0]), 0.0, 1.0);
    }

    [Theory]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 0, 39, 0.593575937028229064)]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 1, 39, 0.165584379568501393)]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 3, 39, 0.0490461615756068602)]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 10, 78, 0.0078665992880290388)]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 2, 1, 0.00295131082897238089)]
    [InlineData(0.5, 3, 0.8, 40, 5, 20, 0.0385626125072814727)]
    [InlineData(0.5, 3, 0.8, 40, 5, 400, 0.0313246745682577281)]
    [InlineData(0.5, 40, 0.8, 3, 5, 400, 0.00333642175738701798)]
    [InlineData(1.5, 4, 1.5, 4, 7, 30, 0.013864149004418434)]
    [InlineData(0.7, 2, 0.4, 0.5, 50, 100, 0.00096666276402047607)]
    [InlineData(0.7, 2, 0.4, 0.5, 0, 1000, 0.536369495268254303)]
    [InlineData(2, 1, 1, 50, 4, 0.3, 0.00835355764901889893)]
    public void Probability_of_purchases_matches_direct_integration(double r, double alpha, double s, double beta, int n, double t, double expected)
    {
        double p = ParetoNbdModel.ProbabilityOfPurchases(new ParetoNbdParameters(r, alpha, s, beta), n, t);
        Assert.Equal(expected, p, 1e-10 * expected);
    }

    [Fact]
    public void Probabilities_of_counts_sum_to_one_and_their_mean_is_the_expectation()
    {
        double sum = 0, mean = 0;
        for (int n = 0; n < 400; n++)
        {
            double p = ParetoNbdModel.ProbabilityOfPurchases(Cdnow, n, 39);
            sum += p;
            mean += n * p;
        }

        Assert.Equal(1.0, sum, 10);
        Assert.Equal(ParetoNbdModel.ExpectedPurchases(Cdnow, 39), mean, 8);
    }

    [Fact]
    public void Analytic_gradient_matches_central_differences_in_every_branch()
    {
        var patterns = new List<SummaryPattern> { new(0, 0, 38.86, 1411), new(2, 30.43, 38.86, 3), new(7, 12.5, 30, 2), new(40, 29, 31, 1), new(1, 0.5, 27.3, 5) };
        PatternTable table = PatternTable.FromPatterns(patterns);
        double[][] points =
        [
            [0.55, 10.6, 0.61, 11.7], // α < β
            [0.55, 11.7, 0.61, 10.6], // α > β
            [0.55, 10.6, 0.61, 10.6], // α = β
            [0.3, 1000, 2.0, 0.05], // z close to 1: the hypergeometric fallback
        ];
        double[] analytic = new double[4];
        foreach (double[] point in points)
        {
            ParetoNbdFitting.Gradient(table, point, analytic);
            for (int i = 0; i < 4; i++)
            {
                double h = 1e-6 * point[i];
                double[] up = (double[])point.Clone();
                double[] down = (double[])point.Clone();
                up[i] += h;
                down[i] -= h;
                double numeric = (ParetoNbdFitting.LogLikelihood(table, up) - ParetoNbdFitting.LogLikelihood(table, down)) / (2 * h);
                Assert.True(Math.Abs(numeric - analytic[i]) <= 1e-5 * Math.Max(1, Math.Abs(numeric)), $"[{string.Join(", ", point)}] component {i}: {analytic[i]} vs {numeric}");
            }
        }
    }

    [Fact]
    public void Tail_series_agrees_with_the_general_hypergeometric_function()
    {
        // J(u) = ₂F₁(m, s + 1; m + 1; (α − β)/(α + u)) / (m (α + u)^m) for α ≥ β, m = r + s + x (Fader, Hardie & Lee's form).
        foreach ((double alpha, double beta) in new[] { (11.7, 10.6), (50.0, 1.0), (10.6, 11.7), (1.0, 50.0) })
        {
            const double r = 0.55, s = 0.61, u = 12.5;
            const int x = 4;
            double m = r + s + x;
            double expected = alpha >= beta
                ? Hypergeometric.Log(m, s + 1, m + 1, (alpha - beta) / (alpha + u)) - (m * Math.Log(alpha + u)) - Math.Log(m)
                : Hypergeometric.Log(m, r + x, m + 1, (beta - alpha) / (beta + u)) - (m * Math.Log(beta + u)) - Math.Log(m);
            Assert.Equal(expected, ParetoNbdKernels.LogTail(r, alpha, s, beta, x, u), 1e-12 * Math.Abs(expected));
        }
    }

    [Fact]
    public void Alpha_equal_to_beta_is_continuous()
    {
        foreach ((int x, double tx, double t) in new[] { (0, 0.0, 30.0), (3, 12.0, 30.0), (10_000, 9_999.0, 10_000.0) })
        {
            double at = ParetoNbdModel.LogLikelihood(new ParetoNbdParameters(0.5, 10, 0.6, 10), x, tx, t);
            double below = ParetoNbdModel.LogLikelihood(new ParetoNbdParameters(0.5, 10 * (1 - 1e-9), 0.6, 10), x, tx, t);
            double above = ParetoNbdModel.LogLikelihood(new ParetoNbdParameters(0.5, 10 * (1 + 1e-9), 0.6, 10), x, tx, t);
            Assert.True(double.IsFinite(at));
            Assert.Equal(at, below, 1e-6 * Math.Max(1, Math.Abs(at)));
            Assert.Equal(at, above, 1e-6 * Math.Max(1, Math.Abs(at)));
        }
    }

    [Fact]
    public void Expectations_are_continuous_at_s_equal_to_one()
    {
        double at = ParetoNbdModel.ExpectedPurchases(new ParetoNbdParameters(0.5, 10, 1, 12), 52);
        Assert.Equal(0.5 / 10 * 12 * Math.Log(1 + (52 / 12.0)), at, 1e-14);
        Assert.Equal(at, ParetoNbdModel.ExpectedPurchases(new ParetoNbdParameters(0.5, 10, 1 + 1e-12, 12), 52), 1e-10);
    }

    [Fact]
    public void Future_alive_probability_starts_at_P_alive_and_decays()
    {
        var model = new ParetoNbdModel(Cdnow);
        var customer = new CustomerSummary("c", 2, 30.43, 38.86);
        double alive = model.ProbabilityAlive(customer);
        Assert.Equal(alive, model.ProbabilityAliveAt(customer, 0), 15);
        Assert.Equal(alive * Math.Pow((11.6562 + 38.86) / (11.6562 + 38.86 + 52), 0.6061), model.ProbabilityAliveAt(customer, 52), 14);
        Assert.Equal(1.0, model.ProbabilityAlive(new CustomerSummary("d", 5, 20, 20)));
    }

    [Fact]
    public void Simulation_matches_the_expectation_and_is_deterministic()
    {
        var truth = new ParetoNbdParameters(0.8, 6, 0.7, 9);
        CustomerSummary[] data = ParetoNbdSimulator.Simulate(truth, 20_000, 30, seed: 5);
        Assert.Equal(data, ParetoNbdSimulator.Simulate(truth, 20_000, 30, seed: 5));
        double mean = data.Average(c => c.Frequency);
        double expected = ParetoNbdModel.ExpectedPurchases(truth, 30);
        Assert.Equal(expected, mean, 0.04 * expected);
        Assert.Throws<ArgumentOutOfRangeException>(() => ParetoNbdSimulator.Simulate(truth, -1, 30, 1));
    }

    [Fact]
    public void Batch_members_match_the_scalar_kernels_and_check_lengths()
    {
        var model = new ParetoNbdModel(Cdnow);
        CustomerSummary[] customers = [new("a", 0, 0, 38.86), new("b", 2, 30.43, 38.86), new("c", 26, 30.86, 31)];
        var alive = new double[3];
        var expected = new double[3];
        var later = new double[3];
        var ll = new double[3];
        model.ProbabilityAlive(customers, alive);
        model.ConditionalExpectedPurchases(customers, 52, expected);
        model.ProbabilityAliveAt(customers, 10, later);
        model.LogLikelihood(customers, ll);
        for (int i = 0; i < 3; i++)
        {
            CustomerSummary c = customers[i];
            Assert.Equal(ParetoNbdModel.ProbabilityAlive(Cdnow, c.Frequency, c.Recency, c.T), alive[i]);
            Assert.Equal(ParetoNbdModel.ConditionalExpectedPurchases(Cdnow, c.Frequency, c.Recency, c.T, 52), expected[i]);
            Assert.Equal(ParetoNbdModel.ProbabilityAliveAt(Cdnow, c.Frequency, c.Recency, c.T, 10), later[i]);
            Assert.Equal(ParetoNbdModel.LogLikelihood(Cdnow, c.Frequency, c.Recency, c.T), ll[i]);
        }

        Assert.Equal(ll.Sum(), model.LogLikelihood(customers), 1e-10);
        Assert.Throws<ArgumentException>(() => model.ProbabilityAlive(customers, new double[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.ConditionalExpectedPurchases(customers, -1, expected));
    }

    [Fact]
    public void Arguments_are_validated()
    {
        Assert.Equal("s", Assert.Throws<ArgumentOutOfRangeException>(() => new ParetoNbdParameters(1, 1, 0, 1)).ParamName);
        Assert.Equal("beta", Assert.Throws<ArgumentOutOfRangeException>(() => new ParetoNbdParameters(1, 1, 1, double.NaN)).ParamName);
        Assert.False(ParetoNbdParameters.IsValidParameterSet(1, 1, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParetoNbdModel.LogLikelihood(Cdnow, 1, 5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParetoNbdModel.ProbabilityOfPurchases(Cdnow, -1, 4));
        Assert.Throws<ArgumentException>(() => ParetoNbdModel.Fit(new[] { new CustomerSummary("a", 0, 0, 10) }));
    }

    [Fact]
    public void Json_round_trips_with_the_parameter_names_r_alpha_s_beta()
    {
        var model = new ParetoNbdModel(Cdnow);
        string json = ModelJson.Serialize(model);
        Assert.Contains("\"pareto-nbd\"", json, StringComparison.Ordinal);
        Assert.Contains("\"beta\": 11.6562", json, StringComparison.Ordinal);
        Assert.Equal(Cdnow, Assert.IsType<ParetoNbdModel>(ModelJson.DeserializeTransactionModel(json)).Parameters);
        Assert.Contains("pareto-nbd", ModelJson.ModelNames);
        Assert.Throws<JsonException>(() => ModelJson.Deserialize("""{"model":"pareto-nbd","parameters":{"r":1,"alpha":1,"a":1,"b":1}}"""));
    }

    [Fact]
    public void Diagnostics_work_through_the_interface()
    {
        ITransactionModel model = new ParetoNbdModel(Cdnow);
        CustomerSummary[] customers = ParetoNbdSimulator.Simulate(Cdnow, 500, 39, seed: 3);
        IReadOnlyList<PurchaseCountRow> histogram = TransactionModelDiagnostics.PurchaseCountHistogram(model, customers);
        Assert.Equal(500, histogram.Sum(h => h.ActualCustomers));
        Assert.Equal(500, histogram.Sum(h => h.ExpectedCustomers), 6);
    }
}
