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
/// ∂G/∂c = −Σ tₖ H_C(k) zᵏ and ∂G/∂z = Σ (k + 1) tₖ₊₁ zᵏ.
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

        // The ratios tₖ₊₁/tₖ increase towards 1, so the remainder of G after the term tₖ₊₁ zᵏ⁺¹ is below that term times
        // z/(1 − z), and the derivative sums' (with factors growing at most like k) below (k + 2)/(1 − z) times that.
        double sum = 0, power = 1, tolerance = 1e-17 * (1 - z) * (1 - z);
        sumB = sumC = sumZ = 0;
        for (int k = 0; ; k++)
        {
            if (k == count)
            {
                Extend();
            }

            sum += t[k] * power;
            sumB += tB[k] * power;
            sumC += tC[k] * power;
            sumZ += tZ[k] * power;
            power *= z;
            double next = t[k + 1] * power;
            if (next * (k + 2) * z <= tolerance * sum || next == 0)
            {
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
