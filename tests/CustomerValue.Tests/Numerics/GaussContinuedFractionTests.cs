using CustomerValue.Lifetime;
using CustomerValue.Numerics;

namespace CustomerValue.Tests.Numerics;

/// <summary>
/// ₂F₁(1, b; b + g + 1; 1 − w) by Gauss's continued fraction against Python's mpmath 1.3 (<c>mpmath.hyp2f1</c> at 50
/// digits, with c and z formed exactly from the binary b, g and w).
/// </summary>
public sealed class GaussContinuedFractionTests
{
    [Theory]

    // Moderate parameters and arguments, where the power series also works.
    [InlineData(2.0, 0.5, 0.5, 1.4380550980765507, 1e-14)]
    [InlineData(5.0, 2.0, 0.7, 1.2350966976721311, 1e-14)]
    [InlineData(2.0, 0.5, 0.05, 3.1138858568332604, 1e-14)]
    [InlineData(30.0, -0.3, 0.02, 30.13438691006441, 1e-14)]
    [InlineData(1000.0, 0.5, 0.001, 484.67165129974621, 1e-14)]

    // Large b with z close to 1: the Pareto/NBD tail when r and α grow together (no heterogeneity in purchase rates).
    [InlineData(2110.0, 0.011, 0.002, 415.40705102338368, 1e-14)]
    [InlineData(100000.0, 1.0, 0.0001, 8436.8124274674038, 1e-14)]
    [InlineData(1000000.0, 0.3, 1e-05, 89286.614907176824, 1e-14)]
    [InlineData(1650000.0, 0.0267, 2e-06, 397707.66450055054, 1e-14)]
    [InlineData(10000000.0, 0.01, 1e-07, 5936973.8657205097, 1e-14)]
    [InlineData(35000000.0, 0.007, 3e-08, 20129714.754116654, 1e-14)]

    // A large gap settles in a few terms; small b and gap near z = 1 need thousands (the slowest case here: ~7,400).
    [InlineData(2.0, 49.0, 1e-08, 1.0408163260969388, 1e-14)]
    [InlineData(0.01, 999.0, 0.0001, 1.0000100090079961, 1e-14)]
    [InlineData(0.3, 0.2, 0.001, 2.0675551914498167, 1e-13)]
    [InlineData(0.5, -0.7, 1e-06, 13513.443932845792, 1e-10)]
    public void Matches_mpmath(double b, double g, double w, double expected, double relativeTolerance)
    {
        Assert.True(GaussContinuedFraction.TryOneB(b, g, w, out double value));
        Assert.Equal(expected, value, expected * relativeTolerance);
    }

    [Fact]
    public void Agrees_with_the_hypergeometric_function_across_a_grid()
    {
        foreach (double b in new[] { 0.05, 0.8, 3.0, 40.0, 700.0 })
        {
            foreach (double g in new[] { -0.6, 0.05, 1.5, 30.0 })
            {
                foreach (double w in new[] { 0.5, 0.1, 0.01, 1e-3 })
                {
                    Assert.True(GaussContinuedFraction.TryOneB(b, g, w, out double value));
                    double expected = Math.Exp(Hypergeometric.LogAbs(1, b, b + g + 1, 1 - w, w, out _));
                    Assert.True(Math.Abs(value / expected - 1) < 1e-12, $"b = {b}, g = {g}, w = {w}: {value} against {expected}");
                }
            }
        }
    }

    [Fact]
    public void Reports_a_fraction_that_does_not_settle_instead_of_returning_a_partial_value()
    {
        Assert.False(GaussContinuedFraction.TryOneB(0.5, -0.7, 1e-6, out double value, maxTerms: 100));
        Assert.True(double.IsNaN(value));
    }
}
