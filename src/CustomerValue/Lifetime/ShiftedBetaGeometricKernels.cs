using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>
/// Pure kernels of the shifted-beta-geometric process: a unit that ends at each step with probability θ, θ ~ Beta(a, b)
/// across units. The survival after k steps is S(k) = E[(1 − θ)^k] = B(a, b + k)/B(a, b). The sBG contract model uses it
/// directly (a = α, b = β); the dropout part of BG/BB uses it with a = γ and b = δ (or the posterior δ + n).
/// </summary>
internal static class ShiftedBetaGeometricKernels
{
    /// <summary>Beyond this many terms the hypergeometric series gives way to quadrature.</summary>
    private const int SeriesTermCap = 2_000_000;

    /// <summary>log S(k) = log B(a, b + k) − log B(a, b) for k ≥ 0.</summary>
    public static double LogSurvival(double a, double b, double k) =>
        LogMath.LogRisingFactorial(b, k) - LogMath.LogRisingFactorial(a + b, k);

    /// <summary>Σ_{k=1..K} S(k) = Σ_{k=1..K} B(a, b + k)/B(a, b), by the product recurrence S(k) = S(k − 1)(b + k − 1)/(a + b + k − 1).</summary>
    /// <remarks>Every term is positive; the cost is O(K).</remarks>
    public static double SurvivalSum(double a, double b, int steps)
    {
        double term = 1.0;
        double sum = 0.0;
        for (int k = 0; k < steps; k++)
        {
            term *= (b + k) / (a + b + k);
            if (term == 0.0)
            {
                break;
            }

            sum += term;
        }

        return sum;
    }

    /// <summary>
    /// The discounted survival sum Σ_{k≥0} S(k)/(1 + d)^k = ₂F₁(1, b; a + b; 1/(1 + d)) = E[(1 + d)/(d + θ)]; d ≥ 0.
    /// With d = 0 it is the expected number of steps, (a + b − 1)/(a − 1) when a &gt; 1 and +∞ otherwise.
    /// </summary>
    public static double DiscountedSurvivalSum(double a, double b, double discountRate)
    {
        if (discountRate == 0.0)
        {
            return a > 1.0 ? (a + b - 1.0) / (a - 1.0) : double.PositiveInfinity;
        }

        double z = 1.0 / (1.0 + discountRate);
        if (z < 1.0 && Hypergeometric.TryLogSeries(1.0, b, a + b, z, out double logValue, SeriesTermCap))
        {
            return Math.Exp(logValue);
        }

        // The series converges slowly only for tiny discount rates; then average (1 + d)/(d + θ) over θ ~ Beta(a, b).
        return BetaMixture.Expectation(a, b, (theta, _) => (1.0 + discountRate) / (discountRate + theta));
    }

    /// <summary>
    /// Σ_{k≥1} S(k)/(1 + d)^k = b/(a + b) · 1/(1 + d) · Σ_{k≥0} S'(k)/(1 + d)^k, where S' is the survival with b + 1:
    /// the discounted steps survived after the current one, without the cancellation of subtracting the k = 0 term.
    /// </summary>
    public static double DiscountedFutureSurvivalSum(double a, double b, double discountRate) =>
        b / (a + b) / (1.0 + discountRate) * DiscountedSurvivalSum(a, b + 1.0, discountRate);
}
