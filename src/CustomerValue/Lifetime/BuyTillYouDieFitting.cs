using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>The likelihood, analytic gradient and fitting procedure shared by BG/NBD (shift 0) and MBG/NBD (shift 1).</summary>
internal static class BuyTillYouDieFitting
{
    public static readonly string[] Names = ["r", "alpha", "a", "b"];

    /// <summary>The total log-likelihood over the table (canonical order).</summary>
    public static double LogLikelihood(PatternTable data, int shift, ReadOnlySpan<double> p)
    {
        double r = p[0], alpha = p[1], a = p[2], b = p[3];
        double logAlpha = Math.Log(alpha);
        double logBetaAB = LogMath.LogBeta(a, b);
        double logA = Math.Log(a);
        double total = 0;
        for (int g = 0; g + 1 < data.GroupStart.Length; g++)
        {
            int start = data.GroupStart[g];
            int end = data.GroupStart[g + 1];
            int x = data.X[start];
            double constant = LogMath.LogRisingFactorial(r, x) + (r * logAlpha) + LogMath.LogBeta(a, b + x + shift) - logBetaAB;
            bool canDrop = x + shift > 0;
            double c4 = canDrop ? logA - Math.Log(b + x + shift - 1) : 0;
            double groupSum = 0;
            for (int i = start; i < end; i++)
            {
                double a3 = -(r + x) * Math.Log(alpha + data.T[i]);
                double ll = canDrop ? LogMath.LogAddExp(a3, c4 - ((r + x) * Math.Log(alpha + data.Tx[i]))) : a3;
                groupSum += data.Weight[i] * ll;
            }

            total += groupSum + (constant * WeightOf(data, start, end));
        }

        return total;
    }

    /// <summary>The gradient of <see cref="LogLikelihood"/> with respect to (r, α, a, b).</summary>
    public static void Gradient(PatternTable data, int shift, ReadOnlySpan<double> p, Span<double> gradient)
    {
        double r = p[0], alpha = p[1], a = p[2], b = p[3];
        double logAlpha = Math.Log(alpha);
        double psiR = LogMath.Digamma(r), psiAB = LogMath.Digamma(a + b), psiB = LogMath.Digamma(b);
        double gr = 0, galpha = 0, ga = 0, gb = 0;
        for (int g = 0; g + 1 < data.GroupStart.Length; g++)
        {
            int start = data.GroupStart[g];
            int end = data.GroupStart[g + 1];
            int x = data.X[start];
            double weight = WeightOf(data, start, end);
            double psiABX = LogMath.Digamma(a + b + x + shift);
            gr += weight * (LogMath.Digamma(r + x) - psiR + logAlpha);
            galpha += weight * r / alpha;
            ga += weight * (psiAB - psiABX);
            gb += weight * (LogMath.Digamma(b + x + shift) - psiABX - psiB + psiAB);

            bool canDrop = x + shift > 0;
            double c4 = canDrop ? Math.Log(a) - Math.Log(b + x + shift - 1) : 0;
            for (int i = start; i < end; i++)
            {
                double w = data.Weight[i];
                double logT = Math.Log(alpha + data.T[i]);
                double a3 = -(r + x) * logT;
                double w3 = 1, w4 = 0, logTx = 0;
                if (canDrop)
                {
                    logTx = Math.Log(alpha + data.Tx[i]);
                    double a4 = c4 - ((r + x) * logTx);
                    double total = LogMath.LogAddExp(a3, a4);
                    w3 = Math.Exp(a3 - total);
                    w4 = Math.Exp(a4 - total);
                }

                gr -= w * ((w3 * logT) + (w4 * logTx));
                galpha -= w * (r + x) * ((w3 / (alpha + data.T[i])) + (w4 / (alpha + data.Tx[i])));
                if (canDrop)
                {
                    ga += w * w4 / a;
                    gb -= w * w4 / (b + x + shift - 1);
                }
            }
        }

        gradient[0] = gr;
        gradient[1] = galpha;
        gradient[2] = ga;
        gradient[3] = gb;
    }

    public static MaximumLikelihoodResult Fit(PatternTable data, int shift, string modelName, FitOptions? options)
    {
        options ??= FitOptions.Default;
        double rate = RepeatRate(data, modelName);
        IReadOnlyList<IReadOnlyList<double>> starts = options.StartingPoints ?? DefaultStarts(rate);
        var problem = new MaximumLikelihoodProblem(
            Names,
            p => LogLikelihood(data, shift, p),
            (p, g) => Gradient(data, shift, p, g),
            starts,
            data.Customers);
        return MaximumLikelihood.Maximize(problem, options);
    }

    /// <summary>Deterministic starting points scaled to the observed repeat rate (repeats per unit of age).</summary>
    private static double[][] DefaultStarts(double rate)
    {
        double scale = 1.0 / rate;
        return
        [
            [1.0, scale, 1.0, 1.0],
            [0.5, 0.5 * scale, 0.5, 2.0],
            [2.0, 2.0 * scale, 2.0, 5.0],
        ];
    }

    /// <summary>
    /// Checks that a repeat-purchase model can be fitted on the table (some customers, some repeat purchases, some exposure)
    /// and returns the observed repeat rate, repeats per unit of age, which scales the starting points.
    /// </summary>
    public static double RepeatRate(PatternTable data, string modelName)
    {
        if (data.Customers == 0)
        {
            throw new ArgumentException(
                $"The {modelName} model cannot be fitted on no customers: pass the summaries of at least a few hundred customers.",
                "customers");
        }

        double repeats = 0, exposure = 0;
        for (int i = 0; i < data.Rows; i++)
        {
            repeats += data.Weight[i] * data.X[i];
            exposure += data.Weight[i] * data.T[i];
        }

        if (repeats == 0)
        {
            throw new ArgumentException(
                $"The {modelName} model cannot be fitted when no customer made a repeat purchase (every frequency is 0): the purchase " +
                "rate and dropout are not identified. Use a longer calibration period or more customers.",
                "customers");
        }

        if (exposure == 0)
        {
            throw new ArgumentException(
                $"The {modelName} model cannot be fitted when every customer's age T is 0: the time scale is not identified. " +
                "Check the end of the calibration period.",
                "customers");
        }

        return repeats / exposure;
    }

    /// <summary>The total weight (customers) of rows [start, end).</summary>
    public static double WeightOf(PatternTable data, int start, int end)
    {
        double sum = 0;
        for (int i = start; i < end; i++)
        {
            sum += data.Weight[i];
        }

        return sum;
    }
}
