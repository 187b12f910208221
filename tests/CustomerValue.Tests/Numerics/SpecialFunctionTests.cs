using CustomerValue.Lifetime;
using CustomerValue.Numerics;

namespace CustomerValue.Tests.Numerics;

public sealed class SpecialFunctionTests
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.99)]
    [InlineData(0.9999)]
    public void Hypergeometric_series_matches_closed_forms(double z)
    {
        Assert.True(Hypergeometric.TryLogSeries(1, 1, 2, z, out double log1));
        Assert.Equal(-Math.Log(1 - z) / z, Math.Exp(log1), 1e-12 * Math.Exp(log1));
        Assert.True(Hypergeometric.TryLogSeries(2.5, 3, 3, z, out double log2));
        Assert.Equal(-2.5 * Math.Log(1 - z), log2, 1e-12 * Math.Abs(log2) + 1e-14);
    }

    [Fact]
    public void Hypergeometric_series_handles_huge_parameters_and_reports_non_convergence()
    {
        Assert.True(Hypergeometric.TryLogSeries(10_000, 10_000, 10_000, 0.5, out double log));
        Assert.Equal(10_000 * Math.Log(2), log, 1e-9 * log);
        Assert.False(Hypergeometric.TryLogSeries(1, 1, 2, 1 - 1e-9, out _, maxTerms: 1000));
    }

    [Fact]
    public void Cdnow_horizon_series_converges_fast()
    {
        // 2F1(r + x, b + x; a + b + x − 1; z) for the example customer and a 39-week horizon.
        double z = 39 / (4.4136019 + 38.86 + 39);
        Assert.True(Hypergeometric.TryLogSeries(0.2425945 + 2, 2.4258881 + 2, 0.7929199 + 2.4258881 + 1, z, out _, maxTerms: 100));
    }

    [Theory]
    [InlineData(2.0, 3.0, 0.3)]
    [InlineData(0.5, 0.25, 0.9)]
    [InlineData(10.0, 0.2425945, 0.3118)]
    [InlineData(50.0, 200.0, 0.2)]
    public void Incomplete_beta_matches_mathnet(double a, double b, double x)
    {
        double expected = MathNet.Numerics.SpecialFunctions.BetaRegularized(a, b, x);
        double actual = Math.Exp(IncompleteBeta.LogRegularized(a, b, Math.Log(x), Math.Log(1 - x)));
        Assert.Equal(expected, actual, 1e-12 + (1e-10 * expected));
    }

    [Fact]
    public void Incomplete_beta_stays_finite_in_log_space_far_in_the_tail()
    {
        double log = IncompleteBeta.LogRegularized(10_000, 0.5, Math.Log(0.01), Math.Log(0.99));
        Assert.True(double.IsFinite(log) && log < -40_000);
    }

    [Theory]
    [InlineData(0.25, 4.0, 0.8, 2.5, 39.0)]
    [InlineData(3.0, 2.0, 0.5, 0.7, 100.0)]
    [InlineData(0.7, 0.5, 2.0, 5.0, 1000.0)]
    public void Series_and_quadrature_agree(double r, double alpha, double a, double b, double t)
    {
        double series = BuyTillYouDieKernels.BgExpected(r, alpha, a, b, t);
        double u = t / alpha;
        double quadrature = BetaMixture.Expectation(a, b, (p, _) => p == 0 ? r * u : -LogMath.ExpM1(-r * LogMath.Log1P(p * u)) / p);
        Assert.Equal(series, quadrature, 1e-9 * series);

        double survival = BuyTillYouDieKernels.Survival(r, alpha, a, b, t);
        double survivalQuadrature = BetaMixture.Expectation(a, b, (p, _) => Math.Exp(-r * LogMath.Log1P(p * u)));
        Assert.Equal(survival, survivalQuadrature, 1e-9);
    }

    [Fact]
    public void Positive_series_matches_the_published_closed_form()
    {
        // E[X(t)] = (a + b − 1)/(a − 1) · [1 − (α/(α + t))^r ₂F₁(r, b; a + b − 1; t/(α + t))], Fader, Hardie & Lee (2005), eq. 9.
        const double r = 0.2425945, alpha = 4.4136019, a = 0.7929199, b = 2.4258881, t = 39;
        Assert.True(Hypergeometric.TryLogSeries(r, b, a + b - 1, t / (alpha + t), out double logF));
        double closed = (a + b - 1) / (a - 1) * (1 - (Math.Pow(alpha / (alpha + t), r) * Math.Exp(logF)));
        Assert.Equal(closed, BgNbdModel.ExpectedPurchases(new BgNbdParameters(r, alpha, a, b), t), 1e-12);
    }

    [Fact]
    public void Log_helpers_are_accurate_at_the_edges()
    {
        Assert.Equal(1e-20, LogMath.Log1P(1e-20));
        Assert.Equal(1e-20, LogMath.ExpM1(1e-20));
        Assert.Equal(1000 + Math.Log(2), LogMath.LogAddExp(1000, 1000), 12);
        Assert.Equal(0.0, LogMath.LogisticOfNegative(1e6));
        Assert.Equal(1.0, LogMath.LogisticOfNegative(-1e6));
    }
}
