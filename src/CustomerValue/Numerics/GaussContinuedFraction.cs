namespace CustomerValue.Numerics;

/// <summary>
/// ₂F₁(1, b; c; z) for b &gt; 0, c &gt; b and 0 ≤ z &lt; 1 by Gauss's continued fraction, which converges where the power
/// series is hopeless: close to z = 1 with large b and c, as in the Pareto/NBD tail integral when the optimiser moves
/// towards no heterogeneity (r, α → ∞, where 1 − z = O(1/α)).
/// </summary>
/// <remarks>
/// <para>Gauss's continued fraction for ₂F₁(a + 1, b; c + 1; z)/₂F₁(a, b; c; z) at a = 0 (with c − 1 for c) gives
/// ₂F₁(1, b; c; z) = 1/f, f = 1 + a₁/(1 + a₂/(1 + ⋯)), aⱼ = kⱼ z, with k₂ₙ₊₁ = −(c − 1 + n)(b + n)/((c − 1 + 2n)(c + 2n)) and
/// k₂ₙ = −n(g + n)/((c − 2 + 2n)(c − 1 + 2n)), g = c − 1 − b &gt; −1; every kⱼ is negative.</para>
/// <para>For large b the odd coefficients are close to −1, and 1 + a₂ₙ₊₁ would cancel to about (g + 2n + 1 + b(1 − z))/c,
/// losing a factor of up to 1/(1 − z) in precision. So the fraction is contracted to its odd part,
/// f = (1 + a₁) − a₁a₂/((1 + a₂ + a₃) − a₃a₄/((1 + a₄ + a₅) − ⋯)), and each 1 + a₂ₙ₊₁ is formed without cancellation as
/// 1 − k′ + (1 − z) k′ (k′ = −k₂ₙ₊₁), where 1 − k′ = ((b + n)(g + 2n + 1) + (g + n)(g + n + 1))/((c − 1 + 2n)(c + 2n)) is a
/// sum of positive terms. Hence the arguments: g and 1 − z rather than c and z. The contracted fraction is evaluated from
/// the front by the modified Lentz method (Press et al., Numerical Recipes, 3rd ed., §5.2).</para>
/// <para>Its length depends on b(1 − z) and g rather than on 1/(1 − z): tens of terms when b(1 − z) ≳ 1 or g is large,
/// hundreds for b(1 − z) ≈ 0.3, thousands only when both b(1 − z) and g are small and z is within 10⁻⁴ of 1. It is
/// accurate to a few units in the last place, up to 10⁻¹¹ relative after thousands of terms (checked against mpmath at
/// 50 digits, see the tests).</para>
/// </remarks>
internal static class GaussContinuedFraction
{
    /// <summary>The default cap on the number of (contracted) partial fractions.</summary>
    public const int DefaultMaxTerms = 100_000;

    private const double Tiny = 1e-300;

    /// <summary>
    /// ₂F₁(1, b; b + g + 1; 1 − w) into <paramref name="value"/>; false, with <paramref name="value"/> NaN, when the fraction
    /// did not settle within <paramref name="maxTerms"/> terms.
    /// </summary>
    /// <param name="b">Second numerator parameter; positive.</param>
    /// <param name="g">The gap c − 1 − b to the denominator parameter c; above −1.</param>
    /// <param name="w">One minus the argument, 1 − z, in (0, 1].</param>
    /// <param name="value">Receives ₂F₁(1, b; c; z), between 1 and 1/(1 − z).</param>
    /// <param name="maxTerms">The most partial fractions to evaluate.</param>
    public static bool TryOneB(double b, double g, double w, out double value, int maxTerms = DefaultMaxTerms)
    {
        double z = 1 - w;
        double cm1 = b + g;
        double previousOdd = Odd(b, g, cm1, 0, w, out double f);
        double front = f, back = 0;
        for (int n = 1; n <= maxTerms; n++)
        {
            double even = -n * (g + n) / ((cm1 + (2 * n) - 1) * (cm1 + (2 * n))) * z;
            double odd = Odd(b, g, cm1, n, w, out double onePlusOdd);
            double numerator = -previousOdd * even;
            double denominator = onePlusOdd + even;
            back = denominator + (numerator * back);
            back = 1 / (back == 0 ? Tiny : back);
            front = denominator + (numerator / front);
            if (front == 0)
            {
                front = Tiny;
            }

            double delta = front * back;
            f *= delta;
            previousOdd = odd;
            if (Math.Abs(delta - 1) <= 1e-16)
            {
                value = 1 / f;
                return true;
            }
        }

        value = double.NaN;
        return false;
    }

    /// <summary>a₂ₙ₊₁ = k₂ₙ₊₁ z, and 1 + a₂ₙ₊₁ into <paramref name="onePlus"/> without cancellation (see the remarks).</summary>
    private static double Odd(double b, double g, double cm1, int n, double w, out double onePlus)
    {
        double denominator = (cm1 + (2 * n)) * (cm1 + 1 + (2 * n));
        double k = (cm1 + n) * (b + n) / denominator;
        onePlus = ((((b + n) * (g + (2 * n) + 1)) + ((g + n) * (g + n + 1))) / denominator) + (w * k);
        return -k * (1 - w);
    }
}
