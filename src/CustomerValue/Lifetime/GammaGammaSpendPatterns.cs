using MathNet.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>The distinct (x, m̄) pairs in sorted order with their counts, and the likelihood summed over them.</summary>
internal sealed class GammaGammaSpendPatterns
{
    private readonly double[] frequency;
    private readonly double[] spend;
    private readonly double[] logSpend;
    private readonly double[] logFrequency;
    private readonly double[] weight;

    private GammaGammaSpendPatterns(double[] frequency, double[] spend, double[] weight)
    {
        this.frequency = frequency;
        this.spend = spend;
        this.weight = weight;
        logSpend = new double[spend.Length];
        logFrequency = new double[spend.Length];
        for (int i = 0; i < spend.Length; i++)
        {
            logSpend[i] = Math.Log(spend[i]);
            logFrequency[i] = Math.Log(frequency[i]);
        }
    }

    public static GammaGammaSpendPatterns Create(List<(int X, double M)> eligible)
    {
        eligible.Sort(static (a, b) => a.X != b.X ? a.X.CompareTo(b.X) : a.M.CompareTo(b.M));
        var x = new List<double>();
        var m = new List<double>();
        var w = new List<double>();
        for (int i = 0; i < eligible.Count; i++)
        {
            if (i > 0 && eligible[i] == eligible[i - 1])
            {
                w[^1] += 1.0;
            }
            else
            {
                x.Add(eligible[i].X);
                m.Add(eligible[i].M);
                w.Add(1.0);
            }
        }

        return new GammaGammaSpendPatterns([.. x], [.. m], [.. w]);
    }

    public double LogLikelihood(ReadOnlySpan<double> parameters)
    {
        double p = parameters[0], q = parameters[1], gamma = parameters[2];
        if (!GammaGammaParameters.IsValidParameterSet(p, q, gamma))
        {
            return double.NegativeInfinity;
        }

        double lnGammaQ = SpecialFunctions.GammaLn(q);
        double qLnGamma = q * Math.Log(gamma);
        double total = 0.0;
        for (int i = 0; i < spend.Length; i++)
        {
            double x = frequency[i];
            double px = p * x;
            double term = SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px) - lnGammaQ + qLnGamma
                + ((px - 1.0) * logSpend[i]) + (px * logFrequency[i]) - ((px + q) * Math.Log(gamma + (x * spend[i])));
            total += weight[i] * term;
        }

        return total;
    }

    public void Gradient(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        double p = parameters[0], q = parameters[1], gamma = parameters[2];
        double digammaQ = SpecialFunctions.DiGamma(q);
        double lnGamma = Math.Log(gamma);
        double dp = 0.0, dq = 0.0, dg = 0.0;
        for (int i = 0; i < spend.Length; i++)
        {
            double x = frequency[i];
            double px = p * x;
            double scale = gamma + (x * spend[i]);
            double lnScale = Math.Log(scale);
            double digammaSum = SpecialFunctions.DiGamma(px + q);
            double w = weight[i];
            dp += w * x * (digammaSum - SpecialFunctions.DiGamma(px) + logSpend[i] + logFrequency[i] - lnScale);
            dq += w * (digammaSum - digammaQ + lnGamma - lnScale);
            dg += w * ((q / gamma) - ((px + q) / scale));
        }

        gradient[0] = dp;
        gradient[1] = dq;
        gradient[2] = dg;
    }

    public double MeanSpend()
    {
        double sum = 0.0, count = 0.0;
        for (int i = 0; i < spend.Length; i++)
        {
            sum += weight[i] * spend[i];
            count += weight[i];
        }

        return sum / count;
    }

    /// <summary>The weighted Pearson correlation of frequency and spend (two-pass); NaN when either has no variance.</summary>
    public double Correlation()
    {
        double count = 0.0, sumX = 0.0, sumM = 0.0;
        for (int i = 0; i < spend.Length; i++)
        {
            count += weight[i];
            sumX += weight[i] * frequency[i];
            sumM += weight[i] * spend[i];
        }

        double meanX = sumX / count, meanM = sumM / count;
        double sxx = 0.0, smm = 0.0, sxm = 0.0;
        for (int i = 0; i < spend.Length; i++)
        {
            double dx = frequency[i] - meanX, dm = spend[i] - meanM;
            sxx += weight[i] * dx * dx;
            smm += weight[i] * dm * dm;
            sxm += weight[i] * dx * dm;
        }

        return sxx > 0 && smm > 0 ? sxm / Math.Sqrt(sxx * smm) : double.NaN;
    }
}
