using CustomerValue.Lifetime;
using FsCheck.Xunit;

namespace CustomerValue.Tests.Lifetime;

/// <summary>Invariants of BG/NBD and MBG/NBD over a wide range of parameters and histories (log-uniform 1e-3 … 1e3 parameters, x up to 10,000, T up to 10,000).</summary>
public sealed class BgNbdPropertyTests
{
    private static double U(int k) => unchecked((uint)k * 2654435761u) / 4294967296.0;

    private static double LogUniform(int k, double lo, double hi) => Math.Exp(Math.Log(lo) + (U(k) * (Math.Log(hi) - Math.Log(lo))));

    private static (BgNbdParameters Bg, MbgNbdParameters Mbg) Params(int k1, int k2, int k3, int k4)
    {
        double r = LogUniform(k1, 1e-3, 1e3), alpha = LogUniform(k2 + 17, 1e-3, 1e3), a = LogUniform(k3 + 31, 1e-3, 1e3), b = LogUniform(k4 + 47, 1e-3, 1e3);
        return (new BgNbdParameters(r, alpha, a, b), new MbgNbdParameters(r, alpha, a, b));
    }

    private static CustomerSummary History(int kx, int kt, int ktx)
    {
        double t = U(kt) < 0.1 ? 10_000 : LogUniform(kt, 0.01, 10_000);
        int x = U(kx) < 0.1 ? 10_000 : (int)LogUniform(kx, 1, 500) - 1;
        double tx = x == 0 ? 0 : t * U(ktx);
        return new CustomerSummary("c", x, tx, t);
    }

    private static IEnumerable<ITransactionModel> Models(int k1, int k2, int k3, int k4)
    {
        (BgNbdParameters bg, MbgNbdParameters mbg) = Params(k1, k2, k3, k4);
        yield return new BgNbdModel(bg);
        yield return new MbgNbdModel(mbg);
    }

    [Property(MaxTest = 150)]
    public void Probability_alive_is_a_probability_and_decays_into_the_future(int k1, int k2, int k3, int k4, int kx, int kt, int ktx, int kh)
    {
        CustomerSummary c = History(kx, kt, ktx);
        double h1 = LogUniform(kh, 0.01, 10_000);
        foreach (ITransactionModel model in Models(k1, k2, k3, k4))
        {
            double alive = model.ProbabilityAlive(c);
            Assert.InRange(alive, 0.0, 1.0);
            Assert.Equal(alive, model.ProbabilityAliveAt(c, 0), 15);
            double later = model.ProbabilityAliveAt(c, h1);
            double evenLater = model.ProbabilityAliveAt(c, 2 * h1);
            Assert.True(double.IsFinite(later) && double.IsFinite(evenLater));
            Assert.InRange(later, 0.0, alive * (1 + 1e-12));
            Assert.InRange(evenLater, 0.0, later * (1 + 1e-9) + 1e-300);
        }
    }

    [Property(MaxTest = 150)]
    public void Expected_purchases_are_finite_nonnegative_and_grow_with_the_horizon(int k1, int k2, int k3, int k4, int kx, int kt, int ktx, int kh)
    {
        CustomerSummary c = History(kx, kt, ktx);
        double h = LogUniform(kh, 0.01, 10_000);
        foreach (ITransactionModel model in Models(k1, k2, k3, k4))
        {
            double e1 = model.ConditionalExpectedPurchases(c, h);
            double e2 = model.ConditionalExpectedPurchases(c, 2 * h);
            Assert.True(double.IsFinite(e1) && double.IsFinite(e2), $"{model}: {e1}, {e2}");
            Assert.True(e1 >= 0 && e2 >= e1 * (1 - 1e-9), $"{model} {c}: {e1} then {e2}");
            double u1 = model.ExpectedPurchases(h);
            double u2 = model.ExpectedPurchases(2 * h);
            Assert.True(double.IsFinite(u1) && u1 >= 0 && u2 >= u1 * (1 - 1e-9), $"{model}: {u1} then {u2}");
        }
    }

    [Property(MaxTest = 150)]
    public void Likelihood_and_probabilities_are_finite(int k1, int k2, int k3, int k4, int kx, int kt, int ktx, int kn)
    {
        CustomerSummary c = History(kx, kt, ktx);
        int n = (int)LogUniform(kn, 1, 20_000) - 1;
        foreach (ITransactionModel model in Models(k1, k2, k3, k4))
        {
            double ll = model.LogLikelihood(c.Frequency, c.Recency, c.T);
            Assert.True(double.IsFinite(ll), $"{model} {c}: {ll}");
            double p = model.ProbabilityOfPurchases(n, c.T);
            Assert.InRange(p, 0.0, 1.0);
        }
    }

    [Fact]
    public void Extreme_history_gives_finite_values()
    {
        var c = new CustomerSummary("c", 10_000, 9_999, 10_000);
        foreach (ITransactionModel model in Models(1, 2, 3, 4))
        {
            Assert.True(double.IsFinite(model.LogLikelihood(10_000, 9_999, 10_000)));
            Assert.True(double.IsFinite(model.ConditionalExpectedPurchases(c, 10_000)));
            Assert.True(double.IsFinite(model.ProbabilityAliveAt(c, 10_000)));
            Assert.True(double.IsFinite(model.ProbabilityOfPurchases(10_000, 10_000)));
        }
    }

    [Fact]
    public void Probabilities_of_counts_sum_to_one()
    {
        var p = new BgNbdParameters(0.2425945, 4.4136019, 0.7929199, 2.4258881);
        var q = new MbgNbdParameters(0.525, 6.183, 0.891, 1.614);
        double sumBg = 0, sumMbg = 0, meanBg = 0;
        for (int n = 0; n < 2000; n++)
        {
            double pb = BgNbdModel.ProbabilityOfPurchases(p, n, 39);
            sumBg += pb;
            meanBg += n * pb;
            sumMbg += MbgNbdModel.ProbabilityOfPurchases(q, n, 39);
        }

        Assert.Equal(1.0, sumBg, 10);
        Assert.Equal(1.0, sumMbg, 10);
        Assert.Equal(BgNbdModel.ExpectedPurchases(p, 39), meanBg, 6);
    }

    [Fact]
    public void Expectation_has_no_cancellation_near_a_equal_one_or_for_tiny_horizons()
    {
        // Near a = 1 the closed form divides by a − 1; the positive series must be continuous there.
        double below = BgNbdModel.ExpectedPurchases(new BgNbdParameters(0.5, 3, 1 - 1e-12, 2), 20);
        double at = BgNbdModel.ExpectedPurchases(new BgNbdParameters(0.5, 3, 1, 2), 20);
        double above = BgNbdModel.ExpectedPurchases(new BgNbdParameters(0.5, 3, 1 + 1e-12, 2), 20);
        Assert.Equal(at, below, 10);
        Assert.Equal(at, above, 10);

        // For tiny t, E[X(t)] ≈ r t / α.
        Assert.Equal(1.0, BgNbdModel.ExpectedPurchases(new BgNbdParameters(0.5, 3, 0.8, 2), 1e-12) / (0.5e-12 / 3), 9);
    }
}
