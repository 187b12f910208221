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

    /// <summary>log of the odds that the customer is inactive at T: P(dead)/P(alive); −∞ when it cannot be.</summary>
    public static double LogOddsInactive(double r, double alpha, double a, double b, int shift, int x, double tx, double t)
    {
        if (x + shift == 0)
        {
            return double.NegativeInfinity;
        }

        // ((α + T)/(α + tₓ))^(r + x) with log((α + T)/(α + tₓ)) = log1p((T − tₓ)/(α + tₓ)) to keep precision for large α.
        return Math.Log(a) - Math.Log(b + x + shift - 1) + ((r + x) * LogMath.Log1P((t - tx) / (alpha + tx)));
    }

    /// <summary>P(alive at T | x, tₓ, T).</summary>
    public static double ProbabilityAlive(double r, double alpha, double a, double b, int shift, int x, double tx, double t) =>
        LogMath.LogisticOfNegative(LogOddsInactive(r, alpha, a, b, shift, x, tx, t));

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
    /// alive. Every term is positive, so there is no cancellation (the closed form with ₂F₁(r, b; a + b − 1; z) divides by
    /// a − 1 and cancels badly near a = 1 and for small t). Falls back to quadrature over p when z is extremely close to 1.
    /// </summary>
    public static double BgExpected(double r, double alpha, double a, double b, double t)
    {
        if (t == 0)
        {
            return 0;
        }

        SeriesStart(r, alpha, t, out double z, out double logZ, out double logP, out double terms);
        if (!(terms < MaxSeriesTerms))
        {
            return BgExpectedByQuadrature(r, a, b, t / alpha);
        }

        // P(N = k) by its ratio recursion: in log space while it would underflow, then directly.
        double probability = logP > -700 ? Math.Exp(logP) : 0.0;
        bool linear = logP > -700;
        double w = 1.0;
        double cumulative = 0.0;
        double sum = 0.0;
        for (int k = 1; ; k++)
        {
            // One division per term: 1 / (k (a + b + k − 1)) serves both ratio recursions.
            double inverse = 1.0 / (k * (a + b + k - 1));
            if (linear)
            {
                probability *= (r + k - 1) * z * (a + b + k - 1) * inverse;
            }
            else
            {
                logP += Math.Log((r + k - 1) / k) + logZ;
                if (logP > -700)
                {
                    linear = true;
                    probability = Math.Exp(logP);
                }
            }

            cumulative += w;
            w *= (b + k - 1) * k * inverse;
            double term = probability * cumulative;
            sum += term;

            // Past the peak the terms shrink at least geometrically with ratio (r + k) z / k, so the remainder is bounded
            // (checked every fourth term: the check costs a division).
            if ((k & 3) == 0)
            {
                double ratio = (r + k) * z / k;
                if (ratio < 1 && term * ratio / (1 - ratio) <= 1e-16 * sum)
                {
                    return sum;
                }
            }

            if (k > 4 * MaxSeriesTerms)
            {
                return sum;
            }
        }
    }

    /// <summary>
    /// The start of the series of <see cref="BgExpected"/> for t &gt; 0: z = t/(α + t), log z, log P(N = 0) = r log(1 − z),
    /// and a generous estimate of the number of terms it needs (the Poisson-Gamma mean, ten standard deviations, and the
    /// geometric tail). <see cref="BgExpectedBatch"/> starts its lanes from the same values.
    /// </summary>
    public static void SeriesStart(double r, double alpha, double t, out double z, out double logZ, out double logP, out double terms)
    {
        double u = t / alpha;
        logZ = -LogMath.Log1P(alpha / t);
        double log1mZ = -LogMath.Log1P(u);
        double mean = r * u;
        terms = mean + (10 * Math.Sqrt(mean * (1 + u))) + (40.0 / -logZ);
        z = Math.Exp(logZ);
        logP = r * log1mZ;
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
}
