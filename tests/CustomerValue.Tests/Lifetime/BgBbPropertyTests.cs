using CustomerValue.Lifetime;
using FsCheck.Xunit;

namespace CustomerValue.Tests.Lifetime;

/// <summary>Invariants of BG/BB over log-uniform parameters 1e-2 … 1e2 and histories with up to 200 opportunities.</summary>
public sealed class BgBbPropertyTests
{
    private static double U(int k) => unchecked((uint)k * 2654435761u) / 4294967296.0;

    private static double LogUniform(int k, double lo, double hi) => Math.Exp(Math.Log(lo) + (U(k) * (Math.Log(hi) - Math.Log(lo))));

    [Property(MaxTest = 200)]
    public void Bg_bb_probability_alive_is_a_probability_and_expectations_are_bounded(int k1, int k2, int k3, int k4, int kn, int kx, int kt)
    {
        var p = new BgBbParameters(LogUniform(k1, 1e-2, 1e2), LogUniform(k2 + 5, 1e-2, 1e2), LogUniform(k3 + 11, 1e-2, 1e2), LogUniform(k4 + 23, 1e-2, 1e2));
        var model = new BgBbModel(p);
        int n = (int)LogUniform(kn, 1, 200);
        int x = (int)(U(kx) * (n + 1));
        int tx = x == 0 ? 0 : x + (int)(U(kt) * (n - x + 1));
        var h = new BgBbHistory(x, tx, n);
        double alive = model.ProbabilityAlive(h);
        Assert.InRange(alive, 0.0, 1.0);
        Assert.InRange(model.ProbabilityAliveAt(h, 0), alive, 1.0);
        Assert.InRange(model.ProbabilityAliveAt(h, 10), 0.0, alive);
        double expected = model.ConditionalExpectedTransactions(h, 10);
        Assert.InRange(expected, 0.0, 10.0);
        Assert.InRange(model.DiscountedExpectedResidualTransactions(h, 0.1), 0.0, 1 / 0.1);
        Assert.True(double.IsFinite(model.LogLikelihood(h)) && model.LogLikelihood(h) <= 0);
    }
}
