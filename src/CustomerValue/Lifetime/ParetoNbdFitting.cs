using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>The Pareto/NBD likelihood over compressed rows and its maximum-likelihood fit.</summary>
internal static class ParetoNbdFitting
{
    public static readonly string[] Names = ["r", "alpha", "s", "beta"];

    /// <summary>The total log-likelihood over the table (canonical order); −∞ where a term is not finite.</summary>
    public static double LogLikelihood(PatternTable data, ReadOnlySpan<double> p)
    {
        double r = p[0], alpha = p[1], s = p[2], beta = p[3];
        double logRates = (r * Math.Log(alpha)) + (s * Math.Log(beta));
        double total = 0;
        for (int g = 0; g + 1 < data.GroupStart.Length; g++)
        {
            int start = data.GroupStart[g];
            int end = data.GroupStart[g + 1];
            int x = data.X[start];
            double groupSum = 0;
            double lastTx = double.NaN, logRecency = 0;
            for (int i = start; i < end; i++)
            {
                // Rows are sorted by recency within a frequency, so J(tₓ) is shared by runs of rows.
                double tx = data.Tx[i], t = data.T[i];
                double alive = ParetoNbdKernels.LogAliveTerm(r, alpha, s, beta, x, t);
                if (tx < t && tx != lastTx)
                {
                    logRecency = ParetoNbdKernels.LogTail(r, alpha, s, beta, x, tx);
                    lastTx = tx;
                }

                double bracket = tx < t
                    ? ParetoNbdKernels.CombineBracket(alive, s, logRecency, ParetoNbdKernels.LogTail(r, alpha, s, beta, x, t), out _)
                    : alive;
                groupSum += data.Weight[i] * bracket;
            }

            double constant = LogMath.LogRisingFactorial(r, x) + logRates;
            total += groupSum + (constant * BuyTillYouDieFitting.WeightOf(data, start, end));
        }

        return double.IsFinite(total) ? total : double.NegativeInfinity;
    }

    /// <summary>The gradient of <see cref="LogLikelihood"/> with respect to (r, α, s, β).</summary>
    public static void Gradient(PatternTable data, ReadOnlySpan<double> p, Span<double> gradient)
    {
        double r = p[0], alpha = p[1], s = p[2], beta = p[3];
        double logAlpha = Math.Log(alpha), logBeta = Math.Log(beta), psiR = LogMath.Digamma(r);
        Span<double> total = stackalloc double[4];
        Span<double> row = stackalloc double[4];
        Span<double> atRecency = stackalloc double[4];
        for (int g = 0; g + 1 < data.GroupStart.Length; g++)
        {
            int start = data.GroupStart[g];
            int end = data.GroupStart[g + 1];
            int x = data.X[start];
            double weight = BuyTillYouDieFitting.WeightOf(data, start, end);
            total[0] += weight * (LogMath.Digamma(r + x) - psiR + logAlpha);
            total[1] += weight * r / alpha;
            total[2] += weight * logBeta;
            total[3] += weight * s / beta;
            double lastTx = double.NaN, logRecency = 0;
            for (int i = start; i < end; i++)
            {
                double tx = data.Tx[i];
                if (tx < data.T[i] && tx != lastTx)
                {
                    logRecency = ParetoNbdKernels.LogTail(r, alpha, s, beta, x, tx, atRecency);
                    lastTx = tx;
                }

                BracketGradient(r, alpha, s, beta, x, tx, data.T[i], logRecency, atRecency, row);
                for (int j = 0; j < 4; j++)
                {
                    total[j] += data.Weight[i] * row[j];
                }
            }
        }

        total.CopyTo(gradient);
    }

    /// <summary>
    /// Fits by BFGS on log-parameters with the analytic gradient (from the series of the tail integral), from several
    /// starting points scaled to the observed repeat rate.
    /// </summary>
    public static MaximumLikelihoodResult Fit(PatternTable data, string modelName, FitOptions? options)
    {
        options ??= FitOptions.Default;
        double scale = 1.0 / BuyTillYouDieFitting.RepeatRate(data, modelName);
        IReadOnlyList<IReadOnlyList<double>> starts = options.StartingPoints ??
        [
            [1.0, scale, 1.0, scale],
            [0.5, 0.5 * scale, 0.5, 2.0 * scale],
            [2.0, 2.0 * scale, 2.0, 0.5 * scale],
        ];
        var problem = new MaximumLikelihoodProblem(Names, p => LogLikelihood(data, p), (p, g) => Gradient(data, p, g), starts, data.Customers);
        return MaximumLikelihood.Maximize(problem, options);
    }

    /// <summary>
    /// The gradient of the bracket log[A + s (J(tₓ) − J(T))] (see <see cref="ParetoNbdKernels.LogBracket"/>), given
    /// log J(tₓ) and its gradient (used only when tₓ &lt; T).
    /// </summary>
    private static void BracketGradient(double r, double alpha, double s, double beta, int x, double tx, double t, double logRecency, ReadOnlySpan<double> atRecency, Span<double> gradient)
    {
        double alive = ParetoNbdKernels.LogAliveTerm(r, alpha, s, beta, x, t);
        gradient[0] = -Math.Log(alpha + t);
        gradient[1] = -(r + x) / (alpha + t);
        gradient[2] = -Math.Log(beta + t);
        gradient[3] = -s / (beta + t);
        if (tx >= t)
        {
            return;
        }

        Span<double> atAge = stackalloc double[4];
        double logAge = ParetoNbdKernels.LogTail(r, alpha, s, beta, x, t, atAge);
        double gap = logAge - logRecency;
        if (!(gap < 0))
        {
            return;
        }

        // D = log s + log(J(tₓ) − J(T)); dD = d log s + (d log J(tₓ) − e^gap d log J(T))/(1 − e^gap).
        double share = Math.Exp(gap);
        double oneMinusShare = -LogMath.ExpM1(gap);
        double bracket = ParetoNbdKernels.CombineBracket(alive, s, logRecency, logAge, out double logOddsDead);
        double wAlive = Math.Exp(alive - bracket);
        double wDead = Math.Exp(alive + logOddsDead - bracket);
        for (int j = 0; j < 4; j++)
        {
            double dDead = (atRecency[j] - (share * atAge[j])) / oneMinusShare;
            gradient[j] = (wAlive * gradient[j]) + (wDead * dDead);
        }

        gradient[2] += wDead / s;
    }
}
