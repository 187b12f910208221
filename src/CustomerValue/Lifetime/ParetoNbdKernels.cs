using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>
/// The pure kernels of the Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987; Fader, Hardie &amp; Lee 2005, "A Note
/// on Deriving the Pareto/NBD Model and Related Expressions"; Fader &amp; Hardie 2006, "Deriving an Expression for
/// P(X(t) = x) Under the Pareto/NBD Model"), in log space. Inputs are assumed validated. The formulas are derived in
/// docs/lifetime-pareto-nbd.md.
/// </summary>
/// <remarks>
/// Everything rests on one integral, J(u) = ∫ᵤ^∞ (α + τ)^(−(r+x)) (β + τ)^(−(s+1)) dτ, which the hypergeometric function
/// gives without cancellation: with m = r + s + x, for α ≥ β, J(u) = ₂F₁(m, s + 1; m + 1; (α − β)/(α + u)) / (m (α + u)^m),
/// and for α &lt; β the same with α and β, and r + x and s + 1, exchanged. The argument is always in [0, 1), and at α = β it
/// is 0, so the α = β limit needs no special case.
/// </remarks>
internal static class ParetoNbdKernels
{
    /// <summary>Above this argument the tail series is evaluated by <see cref="FarSeries"/> instead of summed directly.</summary>
    private const double SeriesLimit = 0.9;

    /// <summary>
    /// With a gradient, the series (whose coefficients <see cref="ParetoNbdTailSeries"/> keeps, so that a term costs a few
    /// multiply-adds) stays cheaper than the hypergeometric function and the central differences up to this argument.
    /// </summary>
    private const double GradientSeriesLimit = 0.98;

    /// <summary>log J(u) for frequency x (see the class remarks).</summary>
    public static double LogTail(double r, double alpha, double s, double beta, int x, double u) =>
        LogTail(r, alpha, s, beta, x, u, series: null, gradient: default);

    /// <summary>
    /// log J(u) and, when <paramref name="gradient"/> is not empty, its partial derivatives with respect to (r, α, s, β),
    /// summing the series with <paramref name="series"/> (required with a gradient), which keeps its coefficients between
    /// calls for the same parameters and frequency.
    /// </summary>
    /// <remarks>
    /// With P = r + x, Q = s + 1, m = P + Q − 1 and Euler's transformation, for α ≥ β
    /// log J = −P log(α + u) − (Q − 1) log(β + u) − log m + log G, G = ₂F₁(1, P; m + 1; z), z = (α − β)/(α + u),
    /// and for α &lt; β the same with (P, α) and (Q, β) exchanged. The terms of G decrease from the first one, so up to
    /// z = 0.9 (0.98 with the gradient) it is summed here, with its derivatives in its parameters and in z by
    /// <see cref="ParetoNbdTailSeries"/>; beyond, G comes from Gauss's continued fraction (<see cref="FarSeries"/>) and the
    /// gradient from central differences.
    /// </remarks>
    public static double LogTail(double r, double alpha, double s, double beta, int x, double u, ParetoNbdTailSeries? series, Span<double> gradient) =>
        LogTail(r, alpha, s, beta, x, u, Math.Log(alpha + u), Math.Log(beta + u), Math.Log(TailOrder(r, s, x)), series, gradient);

    /// <summary>
    /// <see cref="LogTail(double, double, double, double, int, double, ParetoNbdTailSeries, Span{double})"/> with
    /// log(α + u), log(β + u) and log m (m = <see cref="TailOrder"/>) given: the likelihood keeps them per age and per
    /// frequency.
    /// </summary>
    public static double LogTail(double r, double alpha, double s, double beta, int x, double u, double logAlphaU, double logBetaU, double logM, ParetoNbdTailSeries? series, Span<double> gradient)
    {
        bool alphaLarger = alpha >= beta;
        double p = r + x;
        double q = s + 1;
        double m = TailOrder(r, s, x);
        double large = alphaLarger ? alpha + u : beta + u;
        double z = TailArgument(alpha, beta, u);
        double b = alphaLarger ? p : q;
        double log = alphaLarger
            ? (-p * logAlphaU) - ((q - 1) * logBetaU) - logM
            : (-q * logBetaU) - ((p - 1) * logAlphaU) - logM;
        if (z > (gradient.IsEmpty ? SeriesLimit : GradientSeriesLimit))
        {
            log += Math.Log(FarSeries(b, alphaLarger ? s : p - 1, z, (alphaLarger ? beta + u : alpha + u) / large));
            if (!gradient.IsEmpty)
            {
                NumericalTailGradient(r, alpha, s, beta, x, u, gradient);
            }

            return log;
        }

        double c = m + 1;
        if (gradient.IsEmpty)
        {
            return log + Math.Log(SumSeries(b, c, z));
        }

        ArgumentNullException.ThrowIfNull(series);
        double g = series.Sum(b, c, z, out double sumB, out double sumC, out double sumZ);
        log += Math.Log(g);
        double dLogDb = sumB / g;
        double dLogDc = -sumC / g;
        double dLogDz = sumZ / g;
        double common = -(1 / m) + dLogDc;
        if (alphaLarger)
        {
            gradient[0] = -logAlphaU + common + dLogDb;
            gradient[1] = (-p / (alpha + u)) + (dLogDz * (beta + u) / ((alpha + u) * (alpha + u)));
            gradient[2] = -logBetaU + common;
            gradient[3] = (-(q - 1) / (beta + u)) - (dLogDz / (alpha + u));
        }
        else
        {
            gradient[0] = -logAlphaU + common;
            gradient[1] = (-(p - 1) / (alpha + u)) - (dLogDz / (beta + u));
            gradient[2] = -logBetaU + common + dLogDb;
            gradient[3] = (-q / (beta + u)) + (dLogDz * (alpha + u) / ((beta + u) * (beta + u)));
        }

        return log;
    }

    /// <summary>m = r + s + x, the order of the tail integral's decay: J(u) ~ u^(−m)/m.</summary>
    public static double TailOrder(double r, double s, int x) => r + x + (s + 1) - 1;

    private static void NumericalTailGradient(double r, double alpha, double s, double beta, int x, double u, Span<double> gradient)
    {
        Span<double> point = [r, alpha, s, beta];
        for (int i = 0; i < 4; i++)
        {
            double h = 1e-6 * point[i];
            double keep = point[i];
            point[i] = keep + h;
            double up = LogTail(point[0], point[1], point[2], point[3], x, u);
            point[i] = keep - h;
            double down = LogTail(point[0], point[1], point[2], point[3], x, u);
            point[i] = keep;
            gradient[i] = (up - down) / (2 * h);
        }
    }

    /// <summary>
    /// The log of the bracket of the likelihood, log[(α + T)^(−(r+x)) (β + T)^(−s) + s (J(tₓ) − J(T))], and the log-odds
    /// that the customer has already dropped out, log[s (J(tₓ) − J(T))] − log[(α + T)^(−(r+x)) (β + T)^(−s)].
    /// </summary>
    public static double LogBracket(double r, double alpha, double s, double beta, int x, double tx, double t, out double logOddsDead)
    {
        double alive = LogAliveTerm(r, alpha, s, beta, x, t);
        if (tx >= t)
        {
            logOddsDead = double.NegativeInfinity;
            return alive;
        }

        return CombineBracket(alive, s, LogTail(r, alpha, s, beta, x, tx), LogTail(r, alpha, s, beta, x, t), out logOddsDead);
    }

    /// <summary>log[(α + T)^(−(r+x)) (β + T)^(−s)]: the customer is alive at T.</summary>
    public static double LogAliveTerm(double r, double alpha, double s, double beta, int x, double t) =>
        (-(r + x) * Math.Log(alpha + t)) - (s * Math.Log(beta + t));

    /// <summary>
    /// log[e^alive + s (J(tₓ) − J(T))] from log J(tₓ) and log J(T), with J(tₓ) − J(T), a positive integral, as
    /// log J(tₓ) + log(1 − e^(log J(T) − log J(tₓ))); and the log-odds of having dropped out.
    /// </summary>
    public static double CombineBracket(double alive, double s, double logRecency, double logAge, out double logOddsDead)
    {
        double gap = logAge - logRecency;
        double dead = gap < 0 ? Math.Log(s) + logRecency + Math.Log(-LogMath.ExpM1(gap)) : double.NegativeInfinity;
        logOddsDead = dead - alive;
        return LogMath.LogAddExp(alive, dead);
    }

    /// <summary>log L(r, α, s, β | x, tₓ, T) with all constants.</summary>
    public static double LogLikelihood(double r, double alpha, double s, double beta, int x, double tx, double t) =>
        LogMath.LogRisingFactorial(r, x) + (r * Math.Log(alpha)) + (s * Math.Log(beta)) + LogBracket(r, alpha, s, beta, x, tx, t, out _);

    /// <summary>
    /// P(alive at T | x, tₓ, T) = 1/(1 + odds), odds = s (J(tₓ) − J(T))/A, from the tail series at tₓ and T
    /// (<see cref="ProbabilityAliveFromSeries"/>).
    /// </summary>
    public static double ProbabilityAlive(double r, double alpha, double s, double beta, int x, double tx, double t) =>
        tx >= t ? 1 : ProbabilityAliveFromSeries(r, alpha, s, beta, x, tx, t, TailSeries(r, alpha, s, beta, x, tx), TailSeries(r, alpha, s, beta, x, t));

    /// <summary>
    /// The series G(z_u) = ₂F₁(1, b; m + 1; z_u) of <see cref="LogTail(double, double, double, double, int, double)"/> at
    /// u, with b = r + x when α ≥ β and s + 1 otherwise, m = r + s + x: summed while z_u ≤ 0.9, otherwise from
    /// <see cref="FarSeries"/>. 1 ≤ G ≤ 1/(1 − z_u), so it never overflows.
    /// </summary>
    public static double TailSeries(double r, double alpha, double s, double beta, int x, double u)
    {
        double b = alpha >= beta ? r + x : s + 1;
        double z = TailArgument(alpha, beta, u);
        return z <= SeriesLimit
            ? SumSeries(b, TailOrder(r, s, x) + 1, z)
            : FarSeries(b, alpha >= beta ? s : r + x - 1, z, (Math.Min(alpha, beta) + u) / (Math.Max(alpha, beta) + u));
    }

    /// <summary>
    /// G = ₂F₁(1, b; b + gap + 1; z) for z above <see cref="SeriesLimit"/>, where the series needs more than 40/(1 − z)
    /// terms (gap = s for α ≥ β, r + x − 1 otherwise): by <see cref="GaussContinuedFraction"/>, whose length stays bounded
    /// as z → 1 with large b (no heterogeneity: r, α → ∞), or, in the rare case that it does not settle (b(1 − z) and the
    /// gap both small, z within 10⁻⁶ of 1), by <see cref="Hypergeometric"/>.
    /// </summary>
    private static double FarSeries(double b, double gap, double z, double oneMinusZ) =>
        GaussContinuedFraction.TryOneB(b, gap, oneMinusZ, out double g) ? g : Math.Exp(Hypergeometric.LogAbs(1, b, b + gap + 1, z, oneMinusZ, out _));

    /// <summary>
    /// P(alive at T | x, tₓ, T) for tₓ &lt; T from the tail series at tₓ and T, without logarithms of the tails.
    /// </summary>
    /// <remarks>
    /// With p = r + x, q = s + 1, m = r + s + x and A = (α + T)^(−p) (β + T)^(−s), the odds of having dropped out are
    /// s (J(tₓ) − J(T))/A. For α ≥ β, J(u)/A = ((α + T)/(α + u))^p ((β + T)/(β + u))^s G(z_u)/m, so
    /// odds = (s/m) (R G(z_tₓ) − G(z_T)) with log R = p log1p((T − tₓ)/(α + tₓ)) + s log1p((T − tₓ)/(β + tₓ)). For α &lt; β,
    /// J(u)/A = ((α + T)/(α + u))^(p−1) ((β + T)/(β + u))^q (α + T)/(β + T) G(z_u)/m: the same with the exponents (p − 1, q)
    /// and the factor (α + T)/(β + T). Two logarithms and one exponential; R G(z_tₓ) − G(z_T) ≥ 0 (J decreases), and when
    /// rounding makes it negative (tₓ ≈ T) the odds are 0. An R that overflows (log R &gt; 709) gives odds +∞ and
    /// P(alive) = 0 in place of a value of the order of e^(−709) over the scale factor. The difference cancels only when
    /// tₓ ≈ T, where R ≈ 1 and the odds are small, so the absolute error of P(alive) stays near machine precision (the tests
    /// hold it to direct integration and to the log-space form of <see cref="LogBracket"/>, which at x = 10,000 is the less
    /// accurate of the two).
    /// </remarks>
    public static double ProbabilityAliveFromSeries(double r, double alpha, double s, double beta, int x, double tx, double t, double seriesRecency, double seriesAge)
    {
        double p = r + x;
        double m = p + s;
        double gap = t - tx;
        double toAlpha = LogMath.Log1P(gap / (alpha + tx));
        double toBeta = LogMath.Log1P(gap / (beta + tx));
        double logRatio, scale;
        if (alpha >= beta)
        {
            logRatio = (p * toAlpha) + (s * toBeta);
            scale = s / m;
        }
        else
        {
            logRatio = ((p - 1) * toAlpha) + ((s + 1) * toBeta);
            scale = s / m * (alpha + t) / (beta + t);
        }

        double odds = scale * ((Math.Exp(logRatio) * seriesRecency) - seriesAge);
        return odds > 0 ? 1 / (1 + odds) : 1;
    }

    /// <summary>The argument of the tail series at u: z_u = |α − β|/(max(α, β) + u), in [0, 1).</summary>
    public static double TailArgument(double alpha, double beta, double u) => Math.Abs(alpha - beta) / (Math.Max(alpha, beta) + u);

    /// <summary>
    /// G = ₂F₁(1, b; c; z) = Σₖ gₖ with g₀ = 1, gₖ₊₁ = gₖ (b + k)/(c + k) z, for 0 ≤ z &lt; 1 and c &gt; b: the ratios
    /// increase towards z, so the remainder is below term · z/(1 − z), and the sum stops when that is below 1e-17 of it
    /// (after about 40/(1 − z) terms at most).
    /// </summary>
    private static double SumSeries(double b, double c, double z)
    {
        double sum = 1, term = 1;
        for (int k = 0; term * z > 1e-17 * (1 - z) * sum; k++)
        {
            term *= (b + k) / (c + k) * z;
            sum += term;
        }

        return sum;
    }

    /// <summary>P(alive at T + ahead | x, tₓ, T) = P(alive at T) · ((β + T)/(β + T + ahead))^s.</summary>
    public static double ProbabilityAliveAt(double r, double alpha, double s, double beta, int x, double tx, double t, double ahead)
    {
        double alive = ProbabilityAlive(r, alpha, s, beta, x, tx, t);
        return alive * SurvivalIfAlive(s, beta, t, ahead);
    }

    /// <summary>P(alive at T + ahead | alive at T) = ((β + T)/(β + T + ahead))^s: a function of T alone.</summary>
    public static double SurvivalIfAlive(double s, double beta, double t, double ahead) =>
        Math.Exp(-s * LogMath.Log1P(ahead / (beta + t)));

    /// <summary>E[X(t)] = (r/α) · ∫₀ᵗ (β/(β + τ))^s dτ for a new customer.</summary>
    public static double ExpectedPurchases(double r, double alpha, double s, double beta, double t) =>
        r / alpha * AliveTime(s, beta, t);

    /// <summary>E[Y(horizon) | x, tₓ, T] = P(alive) · (r + x)/(α + T) · ∫₀^horizon ((β + T)/(β + T + τ))^s dτ.</summary>
    public static double ConditionalExpectedPurchases(double r, double alpha, double s, double beta, int x, double tx, double t, double horizon)
    {
        double alive = ProbabilityAlive(r, alpha, s, beta, x, tx, t);
        return alive == 0 ? 0 : alive * ExpectedPurchasesIfAlive(r, alpha, s, beta, x, t, horizon);
    }

    /// <summary>E[Y(horizon) | alive at T, x, T] = (r + x)/(α + T) · ∫₀^horizon ((β + T)/(β + T + τ))^s dτ.</summary>
    public static double ExpectedPurchasesIfAlive(double r, double alpha, double s, double beta, int x, double t, double horizon) =>
        (r + x) / (alpha + t) * AliveTime(s, beta + t, horizon);

    /// <summary>
    /// The expected time alive in (0, t] of a customer alive at 0 whose dropout rate is Gamma(s, β):
    /// ∫₀ᵗ (β/(β + τ))^s dτ = β (1 − (1 + t/β)^(1−s))/(s − 1), and β log(1 + t/β) at s = 1; computed with expm1/log1p so
    /// that it is continuous through s = 1.
    /// </summary>
    public static double AliveTime(double s, double beta, double t)
    {
        double log1p = LogMath.Log1P(t / beta);
        double k = s - 1;
        return k == 0 ? beta * log1p : beta * -LogMath.ExpM1(-k * log1p) / k;
    }

    /// <summary>
    /// log P(X(t) = n) of a new customer: log[Γ(r + n)/(Γ(r) n!) α^r β^s] + log[tⁿ (α + t)^(−(r+n)) (β + t)^(−s) + s I(t)],
    /// with I(t) = ∫₀ᵗ τⁿ (α + τ)^(−(r+n)) (β + τ)^(−(s+1)) dτ (alive at t with n purchases, or dropped out at τ &lt; t after n).
    /// </summary>
    public static double LogProbabilityOfPurchases(double r, double alpha, double s, double beta, int n, double t)
    {
        if (t == 0)
        {
            return n == 0 ? 0.0 : double.NegativeInfinity;
        }

        double constant = LogMath.LogRisingFactorial(r, n) - LogMath.LogGamma(n + 1.0) + (r * Math.Log(alpha)) + (s * Math.Log(beta));
        double alive = (n == 0 ? 0 : n * Math.Log(t)) - ((r + n) * Math.Log(alpha + t)) - (s * Math.Log(beta + t));
        double dead = Math.Log(s) + LogDeadIntegral(r, alpha, s, beta, n, t);
        return Math.Min(0.0, constant + LogMath.LogAddExp(alive, dead));
    }

    /// <summary>
    /// log I(t). With the Appell function F₁(1; b₁, b₂; c; x, y) = Σⱼ (b₂)ⱼ/(c)ⱼ yʲ ₂F₁(1 + j, b₁; c + j; x), whose terms are all
    /// positive: I(t) = tⁿ⁺¹/(n + 1) (β + t)^(−(s+1)) (α + t)^(−(r+n)) F₁(1; s + 1, r + n; n + 2; t/(β + t), t/(α + t)),
    /// used while t ≤ max(α, β) (the outer series then converges at least like 2^(−j)). For longer t,
    /// I(t) = I(∞) − ∫ₜ^∞, with I(∞) = B(n + 1, r + s) γ^(−(r+s)) ₂F₁(r + s, ·; r + s + n + 1; |α − β|/γ), γ = max(α, β), and
    /// ∫ₜ^∞ = t^(−(r+s))/(r + s) (1 + α/t)^(−(r+n)) (1 + β/t)^(−(s+1)) F₁(1; r + n, s + 1; r + s + 1; α/(α + t), β/(β + t)).
    /// </summary>
    private static double LogDeadIntegral(double r, double alpha, double s, double beta, int n, double t)
    {
        double logT = Math.Log(t);
        double toAlpha = t / (alpha + t);
        double toBeta = t / (beta + t);
        double head = ((n + 1) * logT) - Math.Log(n + 1.0) - ((s + 1) * Math.Log(beta + t)) - ((r + n) * Math.Log(alpha + t));
        if (Math.Min(toAlpha, toBeta) <= 0.5)
        {
            return head + LogAppellOne(s + 1, toBeta, beta / (beta + t), r + n, toAlpha, alpha / (alpha + t), n + 2);
        }

        double logFull;
        double gamma = Math.Max(alpha, beta);
        double second = alpha >= beta ? s + 1 : r + n;
        logFull = LogMath.LogBeta(n + 1.0, r + s) - ((r + s) * Math.Log(gamma))
            + (alpha == beta ? 0 : Hypergeometric.LogAbs(r + s, second, r + s + n + 1, Math.Abs(alpha - beta) / gamma, Math.Min(alpha, beta) / gamma, out _));
        double logTail = (-(r + s) * logT) - Math.Log(r + s) + ((r + n) * Math.Log(toAlpha)) + ((s + 1) * Math.Log(toBeta))
            + LogAppellOne(r + n, 1 - toAlpha, toAlpha, s + 1, 1 - toBeta, toBeta, r + s + 1);
        double gap = logTail - logFull;
        if (gap > -1e-8 && Math.Max(toAlpha, toBeta) <= 0.99)
        {
            // Nearly all of the mass lies beyond t: the difference would cancel, so sum the positive series directly.
            return head + LogAppellOne(s + 1, toBeta, beta / (beta + t), r + n, toAlpha, alpha / (alpha + t), n + 2);
        }

        return gap < 0 ? logFull + Math.Log(-LogMath.ExpM1(gap)) : double.NegativeInfinity;
    }

    /// <summary>
    /// log F₁(1; b₁, b₂; c; x₁, x₂) for 0 ≤ x₁, x₂ &lt; 1 (with 1 − x given separately), summing over the smaller argument
    /// on the outside and ₂F₁ on the inside; every term is positive.
    /// </summary>
    private static double LogAppellOne(double b1, double x1, double oneMinusX1, double b2, double x2, double oneMinusX2, double c)
    {
        if (x2 > x1)
        {
            (b1, x1, oneMinusX1, b2, x2, oneMinusX2) = (b2, x2, oneMinusX2, b1, x1, oneMinusX1);
        }

        // Σⱼ (b₂)ⱼ/(c)ⱼ x₂ʲ ₂F₁(1 + j, b₁; c + j; x₁), x₂ ≤ x₁.
        double logCoefficient = 0;
        double logSum = double.NegativeInfinity;
        double previous = double.NegativeInfinity;
        double logX2 = x2 > 0 ? Math.Log(x2) : double.NegativeInfinity;
        for (int j = 0; ; j++)
        {
            double term = logCoefficient + Hypergeometric.LogAbs(1 + j, b1, c + j, x1, oneMinusX1, out _);
            logSum = LogMath.LogAddExp(logSum, term);
            if (x2 == 0)
            {
                return logSum;
            }

            double ratio = Math.Max(term - previous, logX2);
            if (j > 0 && ratio < 0 && term + ratio - LogMath.Log1P(-Math.Exp(ratio)) < logSum - 37)
            {
                return logSum;
            }

            previous = term;
            logCoefficient += Math.Log((b2 + j) / (c + j)) + logX2;
        }
    }
}
