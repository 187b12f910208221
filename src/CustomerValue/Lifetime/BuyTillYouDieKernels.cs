using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>
/// The pure kernels shared by BG/NBD and MBG/NBD, parameterised by <c>shift</c>: 0 for BG/NBD (a customer can only drop
/// out right after a repeat purchase) and 1 for MBG/NBD (also at time 0, i.e. right after the first purchase). With the
/// shift s every Beta term of BG/NBD in b + x becomes b + x + s. Inputs are assumed validated.
/// </summary>
internal static class BuyTillYouDieKernels
{
    /// <summary>Beyond this many estimated terms a series gives way to quadrature.</summary>
    public const double MaxSeriesTerms = 1e5;

    /// <summary>A series starts directly when log P(N = 0) is above this; below, P(N = 0) would underflow.</summary>
    public const double LinearStart = -700;

    /// <summary>Below this a + b is used unscaled in the series (the product of four factors a + b + j − 1 stays finite).</summary>
    public const double UnscaledLimit = 1e64;

    private static readonly double[] Reciprocals = ReciprocalTable(4096);

    /// <summary>log L(r, α, a, b | x, tₓ, T) with all constants.</summary>
    public static double LogLikelihood(double r, double alpha, double a, double b, int shift, int x, double tx, double t)
    {
        double a1 = LogMath.LogRisingFactorial(r, x) + (r * Math.Log(alpha));
        double a2 = LogMath.LogBeta(a, b + x + shift) - LogMath.LogBeta(a, b);
        double a3 = -(r + x) * Math.Log(alpha + t);
        if (x + shift == 0)
        {
            return a1 + a2 + a3;
        }

        double a4 = Math.Log(a) - Math.Log(b + x + shift - 1) - ((r + x) * Math.Log(alpha + tx));
        return a1 + a2 + LogMath.LogAddExp(a3, a4);
    }

    /// <summary>
    /// P(alive at T | x, tₓ, T) = 1/(1 + odds) with the odds of being inactive a/(b + x + s − 1) · ((α + T)/(α + tₓ))^(r + x)
    /// (Fader, Hardie &amp; Lee 2005, eq. 11); exactly 1 when x + s = 0. One logarithm and one exponential; in log space
    /// only when the odds overflow.
    /// </summary>
    public static double ProbabilityAlive(double r, double alpha, double a, double b, int shift, int x, double tx, double t)
    {
        if (x + shift == 0)
        {
            return 1;
        }

        // log((α + T)/(α + tₓ)) = log1p((T − tₓ)/(α + tₓ)) keeps precision for large α.
        double logPower = (r + x) * LogMath.Log1P((t - tx) / (alpha + tx));
        double beta = b + (x + shift - 1);
        double odds = a / beta * Math.Exp(logPower);
        return double.IsFinite(odds) ? 1 / (1 + odds) : LogMath.LogisticOfNegative(Math.Log(a) - Math.Log(beta) + logPower);
    }

    /// <summary>E[X(t)] of a new customer.</summary>
    public static double ExpectedPurchases(double r, double alpha, double a, double b, int shift, double t)
    {
        double value = BgExpected(r, alpha, a, b + shift, t);
        return shift == 0 ? value : value * b / (a + b);
    }

    /// <summary>E[Y(horizon) | x, tₓ, T]: expected purchases in (T, T + horizon].</summary>
    public static double ConditionalExpectedPurchases(double r, double alpha, double a, double b, int shift, int x, double tx, double t, double horizon)
    {
        double alive = ProbabilityAlive(r, alpha, a, b, shift, x, tx, t);
        return alive == 0 ? 0 : alive * ExpectedPurchasesIfAlive(r, alpha, a, b, shift, x, t, horizon);
    }

    /// <summary>
    /// E[Y(horizon) | alive at T, x, T]: the expected purchases in (T, T + horizon] of a customer known to be alive at T.
    /// Given x and T the posterior is λ ~ Gamma(r + x, α + T) and p ~ Beta(a, b + x + shift), whatever tₓ was.
    /// </summary>
    public static double ExpectedPurchasesIfAlive(double r, double alpha, double a, double b, int shift, int x, double t, double horizon) =>
        BgExpected(r + x, alpha + t, a, b + x + shift, horizon);

    /// <summary>P(alive at T + ahead | x, tₓ, T) = P(alive at T) · E[exp(−λ p ahead) | alive, history].</summary>
    public static double ProbabilityAliveAt(double r, double alpha, double a, double b, int shift, int x, double tx, double t, double ahead)
    {
        double alive = ProbabilityAlive(r, alpha, a, b, shift, x, tx, t);
        return alive == 0 ? 0 : alive * SurvivalIfAlive(r, alpha, a, b, shift, x, t, ahead);
    }

    /// <summary>P(alive at T + ahead | alive at T, x, T): like <see cref="ExpectedPurchasesIfAlive"/>, a function of x and T only.</summary>
    public static double SurvivalIfAlive(double r, double alpha, double a, double b, int shift, int x, double t, double ahead) =>
        Survival(r + x, alpha + t, a, b + x + shift, ahead);

    /// <summary>log P(X(t) = n) of a new customer.</summary>
    public static double LogProbabilityOfPurchases(double r, double alpha, double a, double b, int shift, int n, double t)
    {
        if (t == 0)
        {
            return n == 0 ? 0.0 : double.NegativeInfinity;
        }

        double logZ = Math.Log(t) - Math.Log(alpha + t);
        double log1mZ = Math.Log(alpha) - Math.Log(alpha + t);
        double logBetaAB = LogMath.LogBeta(a, b);

        // Still alive after the start and all n purchases, and exactly n purchases by t (NBD pmf).
        double logNbd = LogMath.LogRisingFactorial(r, n) - LogMath.LogGamma(n + 1.0) + (r * log1mZ) + (n == 0 ? 0.0 : n * logZ);
        double first = LogMath.LogBeta(a, b + n + shift) - logBetaAB + logNbd;
        if (n + shift == 0)
        {
            return first;
        }

        // Dropped out right after the n-th purchase (or at time 0 when n = 0 under MBG/NBD), with at least n purchases by t.
        double logTail = n == 0 ? 0.0 : IncompleteBeta.LogRegularized(n, r, logZ, log1mZ);
        double second = LogMath.LogBeta(a + 1, b + n + shift - 1) - logBetaAB + logTail;
        return LogMath.LogAddExp(first, second);
    }

    /// <summary>
    /// E[X(t)] for the BG/NBD process: Σ_{k≥1} P(N(t) = k) W_k, where N(t) is the NBD count of purchases of a customer who
    /// never drops out and W_k = Σ_{j=1..k} B(a, b + j − 1)/B(a, b) is the expected number of those k purchases made while
    /// alive. Every term is positive, so there is no cancellation (the closed form with ₂F₁(r, b; a + b − 1; z) of Fader,
    /// Hardie &amp; Lee (2005), eq. 9, divides by a − 1 and cancels badly near a = 1 and for small t). Falls back to
    /// quadrature over p when the series would be very long (z extremely close to 1).
    /// </summary>
    public static double BgExpected(double r, double alpha, double a, double b, double t)
    {
        if (t == 0)
        {
            return 0;
        }

        SeriesStart(r, alpha, t, out double z, out double logP, out double terms);
        if (!(terms < MaxSeriesTerms))
        {
            return BgExpectedByQuadrature(r, a, b, t / alpha);
        }

        if (logP > LinearStart)
        {
            return BgSeries(1, r, z, Math.Exp(logP), a, b, 1.0, 0.0, 0.0);
        }

        // P(N = 0) underflows: walk log P(N = k) up by its ratio recursion (W_k alongside, the terms are negligible) until
        // it is representable, then sum on.
        double logZ = -LogMath.Log1P(alpha / t);
        double w = 1.0;
        double cumulative = 0.0;
        for (int k = 1; k <= 4 * MaxSeriesTerms; k++)
        {
            logP += Math.Log((r + (k - 1)) / k) + logZ;
            cumulative += w;
            w *= (b + (k - 1)) / (a + b + (k - 1));
            if (logP > LinearStart)
            {
                double probability = Math.Exp(logP);
                return BgSeries(k + 1, r, z, probability, a, b, w, cumulative, probability * cumulative);
            }
        }

        return 0;
    }

    /// <summary>
    /// The series of <see cref="BgExpected"/> from term k on, given P(N = k − 1), w_k = B(a, b + k − 1)/B(a, b), W_{k−1}
    /// and the sum so far; four terms per step. The ratios are (r + j − 1)/j · z for P(N = j) and (b + j − 1)/(a + b + j − 1)
    /// for w, each with the whole offset j − 1 added at once (so a tiny r or b is not lost against 1). The reciprocals of
    /// the four denominators d₀ … d₃ come from one division, 1/d₀ = d₁ · 1/(d₀d₁) and so on (both sides scaled by
    /// <see cref="Scale"/>), 1/j from <see cref="Reciprocal"/>, and the sum takes fused multiply-adds.
    /// <see cref="BgExpectedBatch"/> repeats these operations lane by lane, so that its lanes equal this bit for bit:
    /// change both together.
    /// </summary>
    private static double BgSeries(int k, double r, double z, double probability, double a, double b, double w, double cumulative, double sum)
    {
        double scale = Scale(a + b);
        double abScaled = (a + b) * scale, bScaled = b * scale;
        for (; ; k += 4)
        {
            // Offsets j − 1 of the four terms j = k … k + 3, plain and scaled (exactly: the scale is a power of two).
            double j0 = k - 1, j1 = k, j2 = k + 1, j3 = k + 2;
            double s0 = j0 * scale, s1 = j1 * scale, s2 = j2 * scale, s3 = j3 * scale;
            double d0 = abScaled + s0, d1 = abScaled + s1, d2 = abScaled + s2, d3 = abScaled + s3;
            double d01 = d0 * d1, d23 = d2 * d3;
            double inverse = 1.0 / (d01 * d23);
            double inverse01 = d23 * inverse, inverse23 = d01 * inverse;

            probability *= (r + j0) * (z * Reciprocal(k));
            cumulative += w;
            w *= (bScaled + s0) * (d1 * inverse01);
            sum = Math.FusedMultiplyAdd(probability, cumulative, sum);

            probability *= (r + j1) * (z * Reciprocal(k + 1));
            cumulative += w;
            w *= (bScaled + s1) * (d0 * inverse01);
            sum = Math.FusedMultiplyAdd(probability, cumulative, sum);

            probability *= (r + j2) * (z * Reciprocal(k + 2));
            cumulative += w;
            w *= (bScaled + s2) * (d3 * inverse23);
            sum = Math.FusedMultiplyAdd(probability, cumulative, sum);

            probability *= (r + j3) * (z * Reciprocal(k + 3));
            cumulative += w;
            w *= (bScaled + s3) * (d2 * inverse23);
            sum = Math.FusedMultiplyAdd(probability, cumulative, sum);

            if (TailIsNegligible(probability * cumulative, (r + (k + 3)) * z, k + 3, sum) || k > 4 * MaxSeriesTerms)
            {
                return sum;
            }
        }
    }

    /// <summary>
    /// The stopping rule of the series, without a division: past the peak the terms after term n shrink at least
    /// geometrically with ratio q/n, q = (r + n) z (the W factor grows by at most (n + 1)/n), so the remainder is at most
    /// term · q/(n − q); stop when that is at most 1e-16 of the sum.
    /// </summary>
    private static bool TailIsNegligible(double term, double q, double n, double sum) =>
        q < n && term * q <= 1e-16 * sum * (n - q);

    /// <summary>1/k, from a table for the first terms of a series (the same value the division gives).</summary>
    public static double Reciprocal(int k) => k < Reciprocals.Length ? Reciprocals[k] : 1.0 / k;

    /// <summary>
    /// 1 below <see cref="UnscaledLimit"/>, else a power of two near 1/(a + b): scaled by it, the product of four factors
    /// a + b + j − 1 stays finite for every valid a and b (the scaling is exact, so it changes no rounding).
    /// </summary>
    private static double Scale(double ab) => ab < UnscaledLimit ? 1 : Math.ScaleB(1.0, -Math.ILogB(ab));

    /// <summary>
    /// The start of the series of <see cref="BgExpected"/> for t &gt; 0: z = t/(α + t), log P(N = 0) = r log(1 − z), and a
    /// generous estimate of the number of terms it needs (the Poisson-Gamma mean, ten standard deviations, and the
    /// geometric tail, 40/(1 − z) ≥ 40/(−log z)). <see cref="BgExpectedBatch"/> starts its lanes from the same values.
    /// </summary>
    public static void SeriesStart(double r, double alpha, double t, out double z, out double logP, out double terms)
    {
        double u = t / alpha;
        double mean = r * u;
        terms = mean + (10 * Math.Sqrt(mean * (1 + u))) + (40 * (1 + u));
        z = t / (alpha + t);
        logP = -r * LogMath.Log1P(u);
    }

    /// <summary>
    /// E[(1 + p t/α)^(−r)] for p ~ Beta(a, b): the probability that a customer alive now, with λ ~ Gamma(r, α), is still
    /// alive after t more time units. Equals (α/(α + t))^r ₂F₁(r, b; a + b; t/(α + t)).
    /// </summary>
    public static double Survival(double r, double alpha, double a, double b, double t)
    {
        if (t == 0)
        {
            return 1;
        }

        double logZ = -LogMath.Log1P(alpha / t);
        double log1mZ = -LogMath.Log1P(t / alpha);
        double value;
        if (Hypergeometric.TryLogSeries(r, b, a + b, Math.Exp(logZ), out double logF, (int)MaxSeriesTerms))
        {
            value = Math.Exp((r * log1mZ) + logF);
        }
        else
        {
            value = SurvivalByQuadrature(r, a, b, t / alpha);
        }

        return Math.Clamp(value, 0.0, 1.0);
    }

    // The quadrature fallbacks live in their own methods so that the closures (which capture r and u) are allocated only
    // when the fallback runs, keeping the common path allocation-free.
    private static double BgExpectedByQuadrature(double r, double a, double b, double u) =>
        BetaMixture.Expectation(a, b, (p, _) => p == 0 ? r * u : -LogMath.ExpM1(-r * LogMath.Log1P(p * u)) / p);

    private static double SurvivalByQuadrature(double r, double a, double b, double u) =>
        BetaMixture.Expectation(a, b, (p, _) => Math.Exp(-r * LogMath.Log1P(p * u)));

    private static double[] ReciprocalTable(int length)
    {
        double[] table = new double[length];
        for (int k = 1; k < length; k++)
        {
            table[k] = 1.0 / k;
        }

        return table;
    }
}
