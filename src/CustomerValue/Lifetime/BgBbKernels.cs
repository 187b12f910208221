using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>
/// The pure kernels of the BG/BB model, on unchecked arguments (the public members validate). Every quantity is built
/// from terms of the form B(α + x, β + u)/B(α, β) · B(γ + v, δ + s)/B(γ, δ), combined in log space.
/// </summary>
internal static class BgBbKernels
{
    /// <summary>log L(α, β, γ, δ | x, tₓ, n) with all constants: alive through n, or gone at one of tₓ + 1 … n.</summary>
    public static double LogLikelihood(double alpha, double beta, double gamma, double delta, int x, int tx, int n)
    {
        double logBetaAB = LogMath.LogBeta(alpha, beta);
        double logBetaGD = LogMath.LogBeta(gamma, delta);
        return LogLikelihood(alpha, beta, gamma, delta, logBetaAB, logBetaGD, x, tx, n);
    }

    /// <summary><see cref="LogLikelihood(double, double, double, double, int, int, int)"/> with log B(α, β) and log B(γ, δ) precomputed.</summary>
    public static double LogLikelihood(double alpha, double beta, double gamma, double delta, double logBetaAB, double logBetaGD, int x, int tx, int n)
    {
        double total = LogAliveTerm(alpha, beta, gamma, delta, logBetaAB, logBetaGD, x, n);
        for (int i = 0; i < n - tx; i++)
        {
            total = LogMath.LogAddExp(total, LogDropoutTerm(alpha, beta, gamma, delta, logBetaAB, logBetaGD, x, tx + i));
        }

        return total;
    }

    /// <summary>
    /// log P(alive at opportunity n + ahead | x, tₓ, n) = log[B(α + x, β + n − x)/B(α, β) · B(γ, δ + n + ahead)/B(γ, δ)] − log L.
    /// </summary>
    public static double LogProbabilityAliveAt(double alpha, double beta, double gamma, double delta, int x, int tx, int n, int ahead)
    {
        double logBetaAB = LogMath.LogBeta(alpha, beta);
        double logBetaGD = LogMath.LogBeta(gamma, delta);
        double logL = LogLikelihood(alpha, beta, gamma, delta, logBetaAB, logBetaGD, x, tx, n);
        double alive = LogAliveTerm(alpha, beta, gamma, delta, logBetaAB, logBetaGD, x, n);
        return Math.Min(0.0, alive - logL + ShiftedBetaGeometricKernels.LogSurvival(gamma, delta + n, ahead));
    }

    /// <summary>E[X(n, n + n*) | x, tₓ, n] = P(alive at n | ·) · (α + x)/(α + β + n) · Σ_{k=1..n*} B(γ, δ + n + k)/B(γ, δ + n).</summary>
    public static double ConditionalExpectedTransactions(double alpha, double beta, double gamma, double delta, int x, int tx, int n, int future)
    {
        if (future == 0)
        {
            return 0.0;
        }

        double alive = Math.Exp(LogProbabilityAliveAt(alpha, beta, gamma, delta, x, tx, n, 0));
        return alive * (alpha + x) / (alpha + beta + n) * ShiftedBetaGeometricKernels.SurvivalSum(gamma, delta + n, future);
    }

    /// <summary>DERT(d | x, tₓ, n) = P(alive at n | ·) · (α + x)/(α + β + n) · Σ_{k≥1} B(γ, δ + n + k)/B(γ, δ + n) / (1 + d)^k.</summary>
    public static double DiscountedExpectedResidualTransactions(double alpha, double beta, double gamma, double delta, int x, int tx, int n, double discountRate)
    {
        double alive = Math.Exp(LogProbabilityAliveAt(alpha, beta, gamma, delta, x, tx, n, 0));
        return alive * (alpha + x) / (alpha + beta + n) * ShiftedBetaGeometricKernels.DiscountedFutureSurvivalSum(gamma, delta + n, discountRate);
    }

    /// <summary>E[X(n)] = α/(α + β) · Σ_{k=1..n} B(γ, δ + k)/B(γ, δ) for a customer who has just made its first transaction.</summary>
    public static double ExpectedTransactions(double alpha, double beta, double gamma, double delta, int n) =>
        alpha / (alpha + beta) * ShiftedBetaGeometricKernels.SurvivalSum(gamma, delta, n);

    /// <summary>
    /// log P(X(n) = x) = log[ C(n, x) B(α + x, β + n − x)/B(α, β) · B(γ, δ + n)/B(γ, δ)
    ///                       + Σ_{i=x..n−1} C(i, x) B(α + x, β + i − x)/B(α, β) · B(γ + 1, δ + i)/B(γ, δ) ].
    /// </summary>
    public static double LogProbabilityOfTransactions(double alpha, double beta, double gamma, double delta, int x, int n)
    {
        double logBetaAB = LogMath.LogBeta(alpha, beta);
        double logBetaGD = LogMath.LogBeta(gamma, delta);
        double total = LogChoose(n, x) + LogAliveTerm(alpha, beta, gamma, delta, logBetaAB, logBetaGD, x, n);
        for (int i = x; i < n; i++)
        {
            total = LogMath.LogAddExp(total, LogChoose(i, x) + LogDropoutTerm(alpha, beta, gamma, delta, logBetaAB, logBetaGD, x, i));
        }

        return Math.Min(0.0, total);
    }

    /// <summary>
    /// Adds weight · ∂ log L/∂(α, β, γ, δ) of one history to <paramref name="gradient"/>. Each term's log-derivatives are
    /// digamma differences; they are averaged with the terms' shares of L (a running log-sum-exp, no allocation).
    /// </summary>
    public static void AccumulateGradient(ReadOnlySpan<double> p, double logBetaAB, double logBetaGD, int x, int tx, int n, double weight, Span<double> gradient)
    {
        double alpha = p[0], beta = p[1], gamma = p[2], delta = p[3];
        double psiAB = LogMath.Digamma(alpha + beta), psiGD = LogMath.Digamma(gamma + delta);
        double baseAlpha = LogMath.Digamma(alpha + x) - LogMath.Digamma(alpha) + psiAB;
        double baseBeta = psiAB - LogMath.Digamma(beta);
        double baseGamma = psiGD - LogMath.Digamma(gamma);
        double baseDelta = psiGD - LogMath.Digamma(delta);

        // Running log-sum-exp of the terms with share-weighted derivative sums, rescaled whenever the maximum grows.
        double max = double.NegativeInfinity, sum = 0, ga = 0, gb = 0, gg = 0, gd = 0;
        for (int j = -1; j < n - tx; j++)
        {
            // j = −1: alive through n (u = n − x, v = 0, s = n); otherwise gone at opportunity tₓ + j + 1 (u = tₓ − x + j, v = 1, s = tₓ + j).
            bool alive = j < 0;
            int u = alive ? n - x : tx - x + j;
            int v = alive ? 0 : 1;
            int s = alive ? n : tx + j;
            double logTerm = alive
                ? LogAliveTerm(alpha, beta, gamma, delta, logBetaAB, logBetaGD, x, n)
                : LogDropoutTerm(alpha, beta, gamma, delta, logBetaAB, logBetaGD, x, tx + j);
            double psiABXU = LogMath.Digamma(alpha + beta + x + u);
            double psiGDVS = LogMath.Digamma(gamma + delta + v + s);
            double da = baseAlpha - psiABXU;
            double db = baseBeta + LogMath.Digamma(beta + u) - psiABXU;
            double dg = baseGamma + LogMath.Digamma(gamma + v) - psiGDVS;
            double dd = baseDelta + LogMath.Digamma(delta + s) - psiGDVS;
            if (logTerm > max)
            {
                double scale = double.IsNegativeInfinity(max) ? 0.0 : Math.Exp(max - logTerm);
                sum *= scale;
                ga *= scale;
                gb *= scale;
                gg *= scale;
                gd *= scale;
                max = logTerm;
            }

            double share = Math.Exp(logTerm - max);
            sum += share;
            ga += share * da;
            gb += share * db;
            gg += share * dg;
            gd += share * dd;
        }

        gradient[0] += weight * ga / sum;
        gradient[1] += weight * gb / sum;
        gradient[2] += weight * gg / sum;
        gradient[3] += weight * gd / sum;
    }

    /// <summary>log[B(α + x, β + n − x)/B(α, β) · B(γ, δ + n)/B(γ, δ)]: transactions in x of n opportunities, alive through n.</summary>
    private static double LogAliveTerm(double alpha, double beta, double gamma, double delta, double logBetaAB, double logBetaGD, int x, int n) =>
        LogMath.LogBeta(alpha + x, beta + n - x) - logBetaAB + LogMath.LogBeta(gamma, delta + n) - logBetaGD;

    /// <summary>log[B(α + x, β + s − x)/B(α, β) · B(γ + 1, δ + s)/B(γ, δ)]: x transactions in s opportunities, then gone at s + 1.</summary>
    private static double LogDropoutTerm(double alpha, double beta, double gamma, double delta, double logBetaAB, double logBetaGD, int x, int s) =>
        LogMath.LogBeta(alpha + x, beta + s - x) - logBetaAB + LogMath.LogBeta(gamma + 1, delta + s) - logBetaGD;

    private static double LogChoose(int n, int k) =>
        LogMath.LogGamma(n + 1.0) - LogMath.LogGamma(k + 1.0) - LogMath.LogGamma(n - k + 1.0);
}
