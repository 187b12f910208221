using CustomerValue.Numerics;

namespace CustomerValue.Tests.Numerics;

/// <summary>
/// ₂F₁(a, b; c; z) against high-precision reference values. The literals are log |₂F₁| from Python's mpmath 1.3
/// (<c>mpmath.hyp2f1</c>) at 40 and 60 digits, each confirmed by the Pfaff and Euler transformations evaluated separately
/// in mpmath (all six values agreed to at least 1e-30 relative); the closed forms are checked independently below.
/// </summary>
public sealed class HypergeometricTests
{
    [Theory]

    // Small parameters, moderate z.
    [InlineData(1, 1, 2, 0.5, 0.3266342599782809824, 1)]
    [InlineData(2.5, 3, 3, 0.9, 5.7564627324851147652, 1)]
    [InlineData(2.2425945, 4.4258881, 5.218808, 0.4740281098596219, 1.1931950497415635243, 1)]

    // The Pareto/NBD likelihood family ₂F₁(r + s + x, s + 1; r + s + x + 1; z), from CDNOW-like to extreme.
    [InlineData(27.1594, 1.6061, 28.1594, 0.025601354369959323, 0.040157661962454794932, 1)]
    [InlineData(1.15, 26.55, 2.15, 0.999999, 349.88542037486846515, 1)]
    [InlineData(10000.6, 1.6, 10001.6, 0.999999, 17.887028158764611208, 1)]
    [InlineData(10000.6, 10000.0, 10001.6, 0.999999999, 207211.9355464214021, 1)]

    // z → 1, including integer c − a − b (0, −2, 2), where the textbook 1 − z transformation has poles.
    [InlineData(0.3, 0.7, 1.0, 0.999999999999, 2.0837259198976787479, 1)]
    [InlineData(1.5, 2.5, 2.0, 0.9999999999, 45.887801061587504593, 1)]
    [InlineData(1.2, 0.8, 4.0, 0.99999999999999, 0.38965185008538962836, 1)]
    [InlineData(3, 4, 8, 0.99999, 3.554315862137940275, 1)]
    [InlineData(0.001, 0.002, 0.003, 0.9999, 0.006121469389111268724, 1)]
    [InlineData(250, 0.5, 300, 0.999, 0.89960826955034558238, 1)]

    // z = 1: Gauss's formula.
    [InlineData(1.2, 0.8, 4.0, 1.0, 0.38965185008539922069, 1)]

    // Large parameters.
    [InlineData(50, 60, 20, 0.95, 292.82399418711743942, 1)]
    [InlineData(1000, 1000, 1000, 0.9, 2302.5850929940459061, 1)]
    [InlineData(1000, 1000, 2000.5, 0.99, 1195.3751392594527593, 1)]
    [InlineData(2000, 0.5, 2500, 0.9999, 0.80511887516565741255, 1)]

    // Negative z, down to −10¹².
    [InlineData(0.5, 1, 1.5, -4.0, -0.59135919277257688041, 1)]
    [InlineData(0.5, 1, 1.5, -1000000.0, -6.4568093959811205857, 1)]
    [InlineData(2, 3, 7, -0.5, -0.37281060817865417671, 1)]
    [InlineData(2, 3, 7, -1000, -11.144969510008430595, 1)]
    [InlineData(1.5, 40, 60, -10000.0, -13.191470549790643537, 1)]
    [InlineData(0.7, 0.3, 2.5, -1000000000000.0, -7.565774014250309056, 1)]
    [InlineData(30, 0.5, 31, -50, -1.949449387115367492, 1)]
    [InlineData(1.18, 3.62, 281.25, -792.18, -2.5413018956450715725, 1)]

    // c < min(a, b) with z < 0: terms of both signs, and a negative value.
    [InlineData(5.5, 6.5, 1.5, -0.3, -3.2702323101797582517, -1)]
    [InlineData(3, 3, 1, -5, -7.1670378769122200032, 1)]
    public void Matches_mpmath_reference_values(double a, double b, double c, double z, double expectedLog, int expectedSign)
    {
        double log = Hypergeometric.LogAbs(a, b, c, z, out int sign);
        Assert.Equal(expectedSign, sign);

        // 1e-11 in log space is a relative accuracy of 1e-11 in the value; for values beyond e^±100 we ask 1e-13 of the log.
        double tolerance = Math.Max(1e-11, 1e-13 * Math.Abs(expectedLog));
        Assert.True(Math.Abs(log - expectedLog) <= tolerance, $"log 2F1({a}, {b}; {c}; {z}) = {log:R}, expected {expectedLog:R} (error {Math.Abs(log - expectedLog):E2})");
    }

    [Theory]
    [InlineData(1e-8)]
    [InlineData(0.3)]
    [InlineData(0.75)]
    [InlineData(0.999)]
    [InlineData(1 - 1e-9)]
    [InlineData(1 - 1e-15)]
    public void Closed_forms_near_and_far_from_one(double z)
    {
        // ₂F₁(1, 1; 2; z) = −log(1 − z)/z.
        double log1 = Hypergeometric.Log(1, 1, 2, z);
        double exact1 = Math.Log(-LogMath.Log1P(-z) / z);
        Assert.Equal(exact1, log1, 1e-12 * Math.Max(1, Math.Abs(exact1)));

        // ₂F₁(a, b; b; z) = (1 − z)^(−a), also for a huge a.
        foreach (double a in new[] { 0.3, 7.5, 12_345.6 })
        {
            double exact = -a * LogMath.Log1P(-z);
            Assert.Equal(exact, Hypergeometric.Log(a, 2.75, 2.75, z), 1e-13 * Math.Max(1, Math.Abs(exact)));
        }
    }

    [Theory]
    [InlineData(1e-3)]
    [InlineData(0.9)]
    [InlineData(3)]
    [InlineData(1e3)]
    [InlineData(1e7)]
    public void Arctangent_closed_form_for_large_negative_z(double x)
    {
        // ₂F₁(1/2, 1; 3/2; −x²) = atan(x)/x.
        double exact = Math.Log(Math.Atan(x) / x);
        Assert.Equal(exact, Hypergeometric.Log(0.5, 1, 1.5, -x * x), 1e-12);
    }

    [Fact]
    public void Gauss_formula_at_one_is_the_limit_from_below()
    {
        double atOne = Hypergeometric.Log(0.4, 1.1, 3.2, 1.0);
        double nearOne = Hypergeometric.LogAbs(0.4, 1.1, 3.2, 1 - 1e-14, 1e-14, out _);
        Assert.Equal(atOne, nearOne, 1e-12);
        double gauss = MathNet.Numerics.SpecialFunctions.GammaLn(3.2) + MathNet.Numerics.SpecialFunctions.GammaLn(1.7)
            - MathNet.Numerics.SpecialFunctions.GammaLn(2.8) - MathNet.Numerics.SpecialFunctions.GammaLn(2.1);
        Assert.Equal(gauss, atOne, 1e-14);
    }

    [Fact]
    public void Exact_rational_series_agrees_for_moderate_arguments()
    {
        // An independent check in exact arithmetic: 60 terms of the series with decimal rationals (28 digits).
        const decimal a = 1.25m, b = 2.5m, c = 3.75m, z = 0.2m;
        decimal term = 1, sum = 1;
        for (int k = 0; k < 60; k++)
        {
            term = term * (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
        }

        Assert.Equal(Math.Log((double)sum), Hypergeometric.Log(1.25, 2.5, 3.75, 0.2), 1e-15);
    }

    [Fact]
    public void Precise_one_minus_z_keeps_accuracy_when_z_rounds_to_one()
    {
        // z = 1 − 1e-20 is 1 in double; with 1 − z given separately the value is still right: (1 − z)^(−2.5).
        Assert.Equal(2.5 * 20 * Math.Log(10), Hypergeometric.LogAbs(2.5, 3, 3, 1.0, 1e-20, out _), 1e-12);
    }

    [Theory]
    [InlineData(0, 1, 1, 0.5, "a")]
    [InlineData(-1, 1, 1, 0.5, "a")]
    [InlineData(1, double.NaN, 1, 0.5, "b")]
    [InlineData(1, 1, 0, 0.5, "c")]
    [InlineData(1, 1, 2e7, 0.5, "c")]
    [InlineData(1, 1, 2, 1.5, "z")]
    [InlineData(1, 1, 2, double.NegativeInfinity, "z")]
    [InlineData(1, 1, 2, 1.0, "z")]
    public void Rejects_arguments_outside_the_domain(double a, double b, double c, double z, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Hypergeometric.LogAbs(a, b, c, z, out _));
        Assert.Equal(name, e.ParamName);
    }

    [Fact]
    public void Huge_values_stay_in_log_space()
    {
        double log = Hypergeometric.Log(10_000, 10_000, 1, 0.9);
        Assert.True(double.IsFinite(log) && log > 40_000, $"{log}");
        Assert.Equal(double.PositiveInfinity, Hypergeometric.Value(10_000, 10_000, 1, 0.9));
    }
}
