using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>
/// The Pareto/NBD total log-likelihood over a <see cref="PatternTable"/> and its gradient in one pass. Not thread-safe: it
/// owns scratch buffers, one per distinct age.
/// </summary>
/// <remarks>
/// Per row, log L = log Γ(r + x) − log Γ(r) + r log α + s log β + log[e^A + e^D], with the alive term
/// A = −(r + x) log(α + T) − s log(β + T) and the dropout term D = log s + log(J(tₓ) − J(T)) (see
/// <see cref="ParetoNbdKernels.LogTail(double, double, double, double, int, double, ParetoNbdTailSeries, Span{double})"/>;
/// no D when tₓ = T).
/// The gradient of log[e^A + e^D] is w_A ∇A + w_D ∇D with the shares w_A = e^A/(e^A + e^D), w_D = 1 − w_A, and
/// ∇D = ∇log s + (∇log J(tₓ) − q ∇log J(T))/(1 − q), q = J(T)/J(tₓ). J depends on the row only through (x, u), so
/// log J and its gradient are computed once per distinct recency (rows are sorted by tₓ within a frequency) and once per
/// distinct age within a frequency, with the series coefficients shared by the whole frequency; log(α + T), log(β + T)
/// and their reciprocals once per distinct age, and log m once per frequency.
/// </remarks>
internal sealed class ParetoNbdLikelihood
{
    private readonly PatternTable data;
    private readonly double[] logAlphaAge;
    private readonly double[] logBetaAge;
    private readonly double[] inverseAlphaAge;
    private readonly double[] inverseBetaAge;
    private readonly double[] tailAge;
    private readonly double[] tailAgeGradient;
    private readonly int[] tailAgeGroup;
    private readonly ParetoNbdTailSeries series = new();

    public ParetoNbdLikelihood(PatternTable data)
    {
        this.data = data;
        int ages = data.Ages.Length;
        logAlphaAge = new double[ages];
        logBetaAge = new double[ages];
        inverseAlphaAge = new double[ages];
        inverseBetaAge = new double[ages];
        tailAge = new double[ages];
        tailAgeGradient = new double[4 * ages];
        tailAgeGroup = new int[ages];
    }

    /// <summary>
    /// The total log-likelihood at (r, α, s, β), −∞ where a term is not finite, and its gradient into
    /// <paramref name="gradient"/> unless empty.
    /// </summary>
    public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double r = p[0], alpha = p[1], s = p[2], beta = p[3];
        bool withGradient = !gradient.IsEmpty;
        for (int k = 0; k < data.Ages.Length; k++)
        {
            double t = data.Ages[k];
            logAlphaAge[k] = Math.Log(alpha + t);
            logBetaAge[k] = Math.Log(beta + t);
            inverseAlphaAge[k] = 1 / (alpha + t);
            inverseBetaAge[k] = 1 / (beta + t);
        }

        Array.Fill(tailAgeGroup, -1);
        double logAlpha = Math.Log(alpha), logBeta = Math.Log(beta), logS = Math.Log(s), psiR = LogMath.Digamma(r);
        double total = 0;
        Span<double> sum = stackalloc double[4];
        Span<double> atRecency = stackalloc double[4];
        sum.Clear();
        for (int g = 0; g + 1 < data.GroupStart.Length; g++)
        {
            int start = data.GroupStart[g], end = data.GroupStart[g + 1];
            int x = data.X[start];
            double rx = r + x;
            double logM = Math.Log(ParetoNbdKernels.TailOrder(r, s, x));
            double groupSum = 0, weight = 0;
            double lastTx = double.NaN, logRecency = 0;
            for (int i = start; i < end; i++)
            {
                double w = data.Weight[i], tx = data.Tx[i], t = data.T[i];
                int ti = data.AgeIndex[i];
                double alive = (-rx * logAlphaAge[ti]) - (s * logBetaAge[ti]);
                weight += w;

                // log[e^A + e^D] = A + log(1 + e^(D − A)), with share w_D of the dropout term; D = −∞ when tₓ = T.
                double gap = double.PositiveInfinity, logAge = 0;
                if (tx < t)
                {
                    if (tx != lastTx)
                    {
                        logRecency = ParetoNbdKernels.LogTail(r, alpha, s, beta, x, tx, Math.Log(alpha + tx), Math.Log(beta + tx), logM, series, withGradient ? atRecency : default);
                        lastTx = tx;
                    }

                    logAge = TailAtAge(r, alpha, s, beta, x, logM, g, ti, withGradient);
                    gap = logAge - logRecency;
                }

                // q = J(T)/J(tₓ) = e^gap; 1 − q directly unless q is near 1, where only expm1 keeps its precision.
                double share = Math.Exp(gap);
                double oneMinusShare = share < 0.5 ? 1 - share : -LogMath.ExpM1(gap);
                double odds = gap < 0 ? logS + logRecency + Math.Log(oneMinusShare) - alive : double.NegativeInfinity;
                double e = Math.Exp(-Math.Abs(odds));
                groupSum += w * (alive + Math.Max(odds, 0) + Math.Log(1 + e));
                if (!withGradient)
                {
                    continue;
                }

                double wDead = odds > 0 ? 1 / (1 + e) : e / (1 + e);
                double wAlive = odds > 0 ? e / (1 + e) : 1 / (1 + e);
                sum[0] -= w * wAlive * logAlphaAge[ti];
                sum[1] -= w * wAlive * rx * inverseAlphaAge[ti];
                sum[2] -= w * wAlive * logBetaAge[ti];
                sum[3] -= w * wAlive * s * inverseBetaAge[ti];
                if (wDead > 0)
                {
                    ReadOnlySpan<double> atAge = tailAgeGradient.AsSpan(4 * ti, 4);
                    for (int j = 0; j < 4; j++)
                    {
                        sum[j] += w * wDead * (atRecency[j] - (share * atAge[j])) / oneMinusShare;
                    }

                    sum[2] += w * wDead / s;
                }
            }

            total += groupSum + (weight * (LogMath.LogRisingFactorial(r, x) + (r * logAlpha) + (s * logBeta)));
            if (withGradient)
            {
                sum[0] += weight * (LogMath.Digamma(rx) - psiR + logAlpha);
                sum[1] += weight * r / alpha;
                sum[2] += weight * logBeta;
                sum[3] += weight * s / beta;
            }
        }

        if (withGradient)
        {
            sum.CopyTo(gradient);
        }

        return double.IsFinite(total) ? total : double.NegativeInfinity;
    }

    /// <summary>log J(T) for frequency group <paramref name="group"/> and age index <paramref name="age"/>, computed once.</summary>
    private double TailAtAge(double r, double alpha, double s, double beta, int x, double logM, int group, int age, bool withGradient)
    {
        if (tailAgeGroup[age] != group)
        {
            tailAgeGroup[age] = group;
            tailAge[age] = ParetoNbdKernels.LogTail(
                r, alpha, s, beta, x, data.Ages[age], logAlphaAge[age], logBetaAge[age], logM, series, withGradient ? tailAgeGradient.AsSpan(4 * age, 4) : default);
        }

        return tailAge[age];
    }
}
