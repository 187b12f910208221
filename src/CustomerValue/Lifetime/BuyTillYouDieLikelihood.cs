using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>
/// The BG/NBD (shift 0) and MBG/NBD (shift 1) total log-likelihood over a <see cref="PatternTable"/> and its gradient in
/// one pass. Not thread-safe: it owns scratch buffers, one per distinct age and recency.
/// </summary>
/// <remarks>
/// Per row, log L = A + log[(α + T)^(−(r+x)) + c (α + tₓ)^(−(r+x))] with the frequency constant
/// A = log Γ(r + x) − log Γ(r) + r log α + log B(a, b + x + s) − log B(a, b) and c = a/(b + x + s − 1) (no second term when
/// x + s = 0). Writing the two terms as e^u and e^v, the log of the sum is max + log(1 + e^(−|u − v|)) and their shares
/// w_u = 1/(1 + e^(v − u)), w_v = 1 − w_u carry the gradient: ∂/∂θ log(e^u + e^v) = w_u ∂u/∂θ + w_v ∂v/∂θ. So a row costs
/// one exponential and one logarithm; log(α + T), log(α + tₓ) and their reciprocals come from tables over the distinct
/// values, and the Gamma-function terms are computed once per distinct frequency.
/// </remarks>
internal sealed class BuyTillYouDieLikelihood
{
    private readonly PatternTable data;
    private readonly int shift;
    private readonly double[] logAge;
    private readonly double[] inverseAge;
    private readonly double[] logRecency;
    private readonly double[] inverseRecency;

    public BuyTillYouDieLikelihood(PatternTable data, int shift)
    {
        this.data = data;
        this.shift = shift;
        logAge = new double[data.Ages.Length];
        inverseAge = new double[data.Ages.Length];
        logRecency = new double[data.Recencies.Length];
        inverseRecency = new double[data.Recencies.Length];
    }

    /// <summary>The total log-likelihood at (r, α, a, b), and its gradient into <paramref name="gradient"/> unless empty.</summary>
    public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double r = p[0], alpha = p[1], a = p[2], b = p[3];
        Tabulate(alpha, data.Ages, logAge, inverseAge);
        Tabulate(alpha, data.Recencies, logRecency, inverseRecency);
        double logAlpha = Math.Log(alpha), logA = Math.Log(a), logBetaAB = LogMath.LogBeta(a, b);
        double psiR = LogMath.Digamma(r), psiAB = LogMath.Digamma(a + b), psiB = LogMath.Digamma(b);
        double total = 0, gr = 0, galpha = 0, ga = 0, gb = 0;
        for (int g = 0; g + 1 < data.GroupStart.Length; g++)
        {
            int start = data.GroupStart[g], end = data.GroupStart[g + 1];
            int x = data.X[start];
            double rx = r + x;
            bool canDrop = x + shift > 0;
            double logC = canDrop ? logA - Math.Log(b + x + shift - 1) : double.NegativeInfinity;

            // Weighted sums over the group: of log L without A; of the customers; of w_u log(α + T) + w_v log(α + tₓ);
            // of w_u/(α + T) + w_v/(α + tₓ); and of w_v.
            double sum = 0, weight = 0, logs = 0, inverses = 0, dropped = 0;
            for (int i = start; i < end; i++)
            {
                double w = data.Weight[i];
                int ti = data.AgeIndex[i];
                double u = -rx * logAge[ti];
                weight += w;
                if (!canDrop)
                {
                    sum += w * u;
                    logs += w * logAge[ti];
                    inverses += w * inverseAge[ti];
                    continue;
                }

                // Both terms in one exponential: e = e^(−|u − v|) ≤ 1, so log(1 + e) loses nothing that matters next to the
                // larger term, and the smaller share is e/(1 + e).
                int ri = data.RecencyIndex[i];
                double v = logC - (rx * logRecency[ri]);
                double e = Math.Exp(-Math.Abs(u - v));
                double large = 1 / (1 + e);
                double small = e * large;
                (double wu, double wv) = v > u ? (small, large) : (large, small);
                sum += w * (Math.Max(u, v) + Math.Log(1 + e));
                logs += w * ((wu * logAge[ti]) + (wv * logRecency[ri]));
                inverses += w * ((wu * inverseAge[ti]) + (wv * inverseRecency[ri]));
                dropped += w * wv;
            }

            double logBetaShifted = LogMath.LogBeta(a, b + x + shift);
            total += sum + (weight * (LogMath.LogRisingFactorial(r, x) + (r * logAlpha) + logBetaShifted - logBetaAB));
            if (gradient.IsEmpty)
            {
                continue;
            }

            double psiABX = LogMath.Digamma(a + b + x + shift);
            gr += (weight * (LogMath.Digamma(rx) - psiR + logAlpha)) - logs;
            galpha += (weight * r / alpha) - (rx * inverses);
            ga += (weight * (psiAB - psiABX)) + (canDrop ? dropped / a : 0);
            gb += (weight * (LogMath.Digamma(b + x + shift) - psiABX - psiB + psiAB)) - (canDrop ? dropped / (b + x + shift - 1) : 0);
        }

        if (!gradient.IsEmpty)
        {
            gradient[0] = gr;
            gradient[1] = galpha;
            gradient[2] = ga;
            gradient[3] = gb;
        }

        return total;
    }

    /// <summary>log(α + v) and 1/(α + v) for every distinct value v.</summary>
    private static void Tabulate(double alpha, double[] values, double[] logs, double[] inverses)
    {
        for (int k = 0; k < values.Length; k++)
        {
            logs[k] = Math.Log(alpha + values[k]);
            inverses[k] = 1 / (alpha + values[k]);
        }
    }
}
