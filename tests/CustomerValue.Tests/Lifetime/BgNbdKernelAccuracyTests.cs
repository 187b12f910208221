using CustomerValue.Lifetime;
using CustomerValue.Numerics;

namespace CustomerValue.Tests.Lifetime;

/// <summary>The BG/NBD kernels against values computed with 40 significant digits, at the edges of the parameter space.</summary>
public sealed class BgNbdKernelAccuracyTests
{
    [Theory]
    [InlineData(1e-6, 20_000, 0.3, 10_000, 4.35, 2.1749999929042684098e-10)]
    [InlineData(0.24, 40, 1e200, 1e200, 52, 0.22648915283397231942)]
    [InlineData(2.5, 10, 1e70, 3e70, 52, 3.501413630702618522)]
    public void Expected_purchases_are_accurate_for_tiny_rates_and_huge_beta_parameters(double r, double alpha, double a, double b, double t, double expected)
    {
        // Tiny r: the ratio (r + k − 1)/k is formed without cancelling r against 1. Huge a + b: the product of the four
        // factors a + b + j − 1 behind one division is scaled so that it stays finite.
        double actual = BuyTillYouDieKernels.BgExpected(r, alpha, a, b, t);
        Assert.Equal(expected, actual, 1e-14 * expected);
    }

    [Theory]
    [InlineData(0, 2, 30.43, 38.86, 0.72660861076820812853)]
    [InlineData(0, 100, 1, 500, 5.0018505754061517631e-196)]
    [InlineData(0, 158, 1, 500, 4.743657133898908563e-310)]
    [InlineData(0, 300, 1, 500, 0)]
    [InlineData(1, 0, 0, 38.86, 0.63747543226461367997)]
    public void Probability_alive_is_accurate_and_goes_to_log_space_when_the_odds_overflow(int shift, int x, double tx, double t, double expected)
    {
        // CDNOW parameters; 1/(1 + odds) while the odds are finite, exp(−softplus(log odds)) beyond (x = 158: subnormal).
        double actual = BuyTillYouDieKernels.ProbabilityAlive(0.2425945, 4.4136019, 0.7929199, 2.4258881, shift, x, tx, t);
        Assert.Equal(expected, actual, 1e-11 * expected);
    }

    [Fact]
    public void Probability_alive_of_a_tiny_beta_keeps_its_digits()
    {
        // b + x + s − 1 with x + s = 1 is b itself, not (b + 1) − 1.
        double actual = BuyTillYouDieKernels.ProbabilityAlive(0.001, 0.001, 0.001, 0.001, 0, 1, 0, 1);
        Assert.Equal(0.00099113960054136845232, actual, 1e-15 * actual);
        Assert.Equal(LogMath.LogisticOfNegative(Math.Log(1.001 / 0.001) * 1.001), actual, 1e-13 * actual);
    }
}
