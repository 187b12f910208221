using MathNet.Numerics;

namespace CustomerValue.Numerics;

/// <summary>Elementary functions in log space used by the likelihoods and predictions.</summary>
internal static class LogMath
{
    /// <summary>log(eˣ + eʸ) without overflow; −∞ when both are −∞.</summary>
    public static double LogAddExp(double x, double y)
    {
        if (double.IsNegativeInfinity(x))
        {
            return y;
        }

        if (double.IsNegativeInfinity(y))
        {
            return x;
        }

        return x >= y ? x + Log1P(Math.Exp(y - x)) : y + Log1P(Math.Exp(x - y));
    }

    /// <summary>log(1 + eˣ) without overflow or loss of precision.</summary>
    public static double Softplus(double x) => x > 0 ? x + Log1P(Math.Exp(-x)) : Log1P(Math.Exp(x));

    /// <summary>1 / (1 + eˣ), in [0, 1] for every x (never NaN for non-NaN input).</summary>
    public static double LogisticOfNegative(double x) => Math.Exp(-Softplus(x));

    /// <summary>log(1 + x) accurate for small x (Kahan's trick; .NET's double.LogP1 is not accurate near 0).</summary>
    public static double Log1P(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }

        return double.IsPositiveInfinity(u) ? Math.Log(x) : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>eˣ − 1 accurate for small x (Kahan's trick).</summary>
    public static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        double um1 = u - 1.0;
        if (um1 == -1.0)
        {
            return -1.0;
        }

        return double.IsPositiveInfinity(u) ? u : um1 * x / Math.Log(u);
    }

    /// <summary>log B(a, b) for a, b &gt; 0.</summary>
    public static double LogBeta(double a, double b) => SpecialFunctions.GammaLn(a) + SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(a + b);

    /// <summary>log Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x) => SpecialFunctions.GammaLn(x);

    /// <summary>ψ(x), the digamma function.</summary>
    public static double Digamma(double x) => SpecialFunctions.DiGamma(x);

    /// <summary>log Γ(x + n) − log Γ(x) for x &gt; 0 and n ≥ 0, accurate also when n is small relative to x.</summary>
    public static double LogRisingFactorial(double x, double n)
    {
        if (n == 0)
        {
            return 0;
        }

        return SpecialFunctions.GammaLn(x + n) - SpecialFunctions.GammaLn(x);
    }
}
