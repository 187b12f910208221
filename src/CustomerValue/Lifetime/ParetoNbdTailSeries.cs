using System.Runtime.Intrinsics;

namespace CustomerValue.Lifetime;

/// <summary>
/// The series G(z) = ₂F₁(1, b; c; z) = Σₖ tₖ zᵏ, tₖ = (b)ₖ/(c)ₖ, of the Pareto/NBD tail integral (see
/// <see cref="ParetoNbdKernels.LogTail(double, double, double, double, int, double, ParetoNbdTailSeries, Span{double})"/>)
/// with its derivatives in b, c and z, for many z at fixed (b, c). Not thread-safe.
/// </summary>
/// <remarks>
/// The coefficients depend on the parameters and the frequency but not on the age u, which enters only through z; so the
/// likelihood, which needs J(u) for every distinct recency and age of a frequency, computes the coefficients once per
/// frequency (extending them as a larger z needs more terms) and each J(u) costs a few multiply-adds per term instead of
/// divisions. With H_B(k) = Σⱼ₍ⱼ₌₀..ₖ₋₁₎ 1/(b + j) and H_C(k) likewise, ∂G/∂b = Σ tₖ H_B(k) zᵏ,
/// ∂G/∂c = −Σ tₖ H_C(k) zᵏ and ∂G/∂z = Σ (k + 1) tₖ₊₁ zᵏ. The four sums run four terms at a time in the lanes of a
/// <see cref="Vector256{T}"/> (powers zᵏ … zᵏ⁺³), so a term costs about one multiply-add per sum.
/// </remarks>
internal sealed class ParetoNbdTailSeries
{
    private double b = double.NaN;
    private double c = double.NaN;
    private int count;
    private double harmonicB;
    private double harmonicC;
    private double[] t = new double[64];
    private double[] tB = new double[64];
    private double[] tC = new double[64];
    private double[] tZ = new double[64];

    /// <summary>
    /// G(z) for 0 ≤ z &lt; 1 (the number of terms grows like 1/(1 − z)) and the sums Σ tₖ H_B(k) zᵏ, Σ tₖ H_C(k) zᵏ and Σ (k + 1) tₖ₊₁ zᵏ, to 1e-17 relative.
    /// </summary>
    public double Sum(double b, double c, double z, out double sumB, out double sumC, out double sumZ)
    {
        if (b != this.b || c != this.c)
        {
            this.b = b;
            this.c = c;
            count = 0;
            harmonicB = 0;
            harmonicC = 0;
            t[0] = 1;
        }

        // The ratios tₖ₊₁/tₖ increase towards 1, so the remainder of G after the term tₖ zᵏ is below that term times
        // z/(1 − z), and the derivative sums' (with factors growing at most like k) below (k + 1)/(1 − z) times that.
        double tolerance = 1e-17 * (1 - z) * (1 - z);
        double z2 = z * z;
        Vector256<double> power = Vector256.Create(1, z, z2, z2 * z);
        Vector256<double> step = Vector256.Create(z2 * z2);
        Vector256<double> value = Vector256<double>.Zero, valueB = value, valueC = value, valueZ = value;
        for (int k = 0; ; k += 4)
        {
            while (count < k + 4)
            {
                Extend();
            }

            value += Vector256.Create<double>(t.AsSpan(k, 4)) * power;
            valueB += Vector256.Create<double>(tB.AsSpan(k, 4)) * power;
            valueC += Vector256.Create<double>(tC.AsSpan(k, 4)) * power;
            valueZ += Vector256.Create<double>(tZ.AsSpan(k, 4)) * power;
            power *= step;
            double sum = Vector256.Sum(value);
            double next = t[k + 4] * power.GetElement(0);
            if (next * (k + 5) * z <= tolerance * sum || next == 0)
            {
                sumB = Vector256.Sum(valueB);
                sumC = Vector256.Sum(valueC);
                sumZ = Vector256.Sum(valueZ);
                return sum;
            }
        }
    }

    /// <summary>Adds coefficient k = count (and tₖ₊₁), with one division: 1/(b + k) = (c + k) v, v = 1/((b + k)(c + k)).</summary>
    private void Extend()
    {
        int k = count;
        if (k + 2 > t.Length)
        {
            Array.Resize(ref t, 2 * t.Length);
            Array.Resize(ref tB, t.Length);
            Array.Resize(ref tC, t.Length);
            Array.Resize(ref tZ, t.Length);
        }

        double v = 1 / ((b + k) * (c + k));
        tB[k] = t[k] * harmonicB;
        tC[k] = t[k] * harmonicC;
        t[k + 1] = t[k] * (b + k) * (b + k) * v;
        tZ[k] = (k + 1) * t[k + 1];
        harmonicB += (c + k) * v;
        harmonicC += (b + k) * v;
        count = k + 1;
    }
}
