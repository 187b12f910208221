using System.Diagnostics;
using CustomerValue.Lifetime;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace CustomerValue.Tests.Lifetime;

/// <summary>Invariants of Pareto/NBD over log-uniform 1e-3 … 1e3 parameters, x up to 10,000 and T up to 10,000, including α = β exactly.</summary>
public sealed class ParetoNbdPropertyTests(ITestOutputHelper output)
{
    private static double U(int k) => unchecked((uint)k * 2654435761u) / 4294967296.0;

    private static double LogUniform(int k, double lo, double hi) => Math.Exp(Math.Log(lo) + (U(k) * (Math.Log(hi) - Math.Log(lo))));

    private static ParetoNbdModel Model(int k1, int k2, int k3, int k4)
    {
        double r = LogUniform(k1, 1e-3, 1e3), alpha = LogUniform(k2 + 17, 1e-3, 1e3), s = LogUniform(k3 + 31, 1e-3, 1e3);

        // One case in five has β = α exactly: the boundary between the two branches of the likelihood.
        double beta = U(k4 + 5) < 0.2 ? alpha : LogUniform(k4 + 47, 1e-3, 1e3);
        return new ParetoNbdModel(new ParetoNbdParameters(r, alpha, s, beta));
    }

    private static CustomerSummary History(int kx, int kt, int ktx)
    {
        double t = U(kt) < 0.1 ? 10_000 : LogUniform(kt, 0.01, 10_000);
        int x = U(kx) < 0.1 ? 10_000 : (int)LogUniform(kx, 1, 500) - 1;
        double tx = x == 0 ? 0 : t * U(ktx);
        return new CustomerSummary("c", x, tx, t);
    }

    [Property(MaxTest = 150)]
    public void Probability_alive_is_a_probability_and_decays_into_the_future(int k1, int k2, int k3, int k4, int kx, int kt, int ktx, int kh)
    {
        ParetoNbdModel model = Model(k1, k2, k3, k4);
        CustomerSummary c = History(kx, kt, ktx);
        double h = LogUniform(kh, 0.01, 10_000);
        double alive = model.ProbabilityAlive(c);
        Assert.InRange(alive, 0.0, 1.0);
        Assert.Equal(alive, model.ProbabilityAliveAt(c, 0), 15);
        double later = model.ProbabilityAliveAt(c, h);
        double evenLater = model.ProbabilityAliveAt(c, 2 * h);
        Assert.InRange(later, 0.0, alive);
        Assert.InRange(evenLater, 0.0, later);
    }

    [Property(MaxTest = 150)]
    public void Expected_purchases_are_finite_nonnegative_and_grow_with_the_horizon(int k1, int k2, int k3, int k4, int kx, int kt, int ktx, int kh)
    {
        ParetoNbdModel model = Model(k1, k2, k3, k4);
        CustomerSummary c = History(kx, kt, ktx);
        double h = LogUniform(kh, 0.01, 10_000);
        double e1 = model.ConditionalExpectedPurchases(c, h);
        double e2 = model.ConditionalExpectedPurchases(c, 2 * h);
        Assert.True(double.IsFinite(e1) && double.IsFinite(e2), $"{model} {c}: {e1}, {e2}");
        Assert.True(e1 >= 0 && e2 >= e1, $"{model} {c}: {e1} then {e2}");
        double u1 = model.ExpectedPurchases(h);
        double u2 = model.ExpectedPurchases(2 * h);
        Assert.True(double.IsFinite(u1) && u1 >= 0 && u2 >= u1, $"{model}: {u1} then {u2}");
    }

    [Property(MaxTest = 150)]
    public void Likelihood_and_probabilities_are_finite(int k1, int k2, int k3, int k4, int kx, int kt, int ktx, int kn)
    {
        ParetoNbdModel model = Model(k1, k2, k3, k4);
        CustomerSummary c = History(kx, kt, ktx);
        double ll = model.LogLikelihood(c.Frequency, c.Recency, c.T);
        Assert.True(double.IsFinite(ll), $"{model} {c}: {ll}");
        int n = (int)LogUniform(kn, 1, 200) - 1;
        double p = model.ProbabilityOfPurchases(n, Math.Min(c.T, 1000));
        Assert.InRange(p, 0.0, 1.0);
    }

    [Fact]
    public void Extreme_history_gives_finite_values_also_when_alpha_equals_beta()
    {
        var c = new CustomerSummary("c", 10_000, 9_999, 10_000);
        foreach (ParetoNbdParameters p in new ParetoNbdParameters[] { new(0.5, 10, 0.6, 10), new(0.5, 10, 0.6, 11), new(0.5, 1e3, 0.6, 1e-3), new(1e3, 1e-3, 1e-3, 1e3) })
        {
            var model = new ParetoNbdModel(p);
            Assert.True(double.IsFinite(model.LogLikelihood(10_000, 9_999, 10_000)), $"{model}");
            Assert.True(double.IsFinite(model.LogLikelihood(10_000, 0.5, 10_000)), $"{model}");
            Assert.InRange(model.ProbabilityAlive(c), 0.0, 1.0);
            Assert.True(double.IsFinite(model.ConditionalExpectedPurchases(c, 10_000)));
            Assert.InRange(model.ProbabilityOfPurchases(10_000, 10_000), 0.0, 1.0);
        }
    }

    [Fact]
    public void Fit_recovers_simulated_parameters()
    {
        // 3,000 customers aged 39 weeks, recency recorded in days, as in transaction data.
        var truth = new ParetoNbdParameters(0.6, 8.0, 0.8, 12.0);
        CustomerSummary[] data = ParetoNbdSimulator.Simulate(truth, 3000, 39, seed: 134)
            .Select(c => new CustomerSummary(c.CustomerId, c.Frequency, Math.Round(c.Recency * 7) / 7, c.T))
            .ToArray();
        var watch = Stopwatch.StartNew();
        ModelFit<ParetoNbdModel> fit = ParetoNbdModel.Fit(data).EnsureConverged();
        output.WriteLine($"{fit.Model} in {watch.ElapsedMilliseconds} ms; SE {string.Join(", ", fit.StandardErrors.Select(e => $"{e.Key}={e.Value:G3}"))}");
        double[] expected = [truth.R, truth.Alpha, truth.S, truth.Beta];
        for (int i = 0; i < 4; i++)
        {
            Assert.InRange(fit.Parameters[i].Value, expected[i] - (4 * fit.StandardErrors[i].Value), expected[i] + (4 * fit.StandardErrors[i].Value));
        }
    }
}
