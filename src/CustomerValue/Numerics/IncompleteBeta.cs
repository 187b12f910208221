using MathNet.Numerics;

namespace CustomerValue.Numerics;

/// <summary>
/// The regularised incomplete beta function I_x(a, b) in log space, by its classical continued fraction (evaluated with the
/// modified Lentz method) and the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) to stay where the fraction converges fast.
/// </summary>
internal static class IncompleteBeta
{
    private const int MaxIterations = 200_000;
    private const double Epsilon = 1e-16;
    private const double Tiny = 1e-300;

    /// <summary>
    /// log I_x(a, b) for a, b &gt; 0 and x in [0, 1], given log x and log(1 − x) (so that x near 0 or 1 loses nothing).
    /// Returns −∞ for x = 0 and 0 for x = 1.
    /// </summary>
    public static double LogRegularized(double a, double b, double logX, double log1mX)
    {
        if (double.IsNegativeInfinity(logX))
        {
            return double.NegativeInfinity;
        }

        if (double.IsNegativeInfinity(log1mX))
        {
            return 0.0;
        }

        double x = Math.Exp(logX);
        if (x < (a + 1) / (a + b + 2))
        {
            return LogFront(a, b, logX, log1mX) + Math.Log(ContinuedFraction(a, b, x)) - Math.Log(a);
        }

        double logComplement = LogFront(b, a, log1mX, logX) + Math.Log(ContinuedFraction(b, a, Math.Exp(log1mX))) - Math.Log(b);
        return logComplement >= 0 ? double.NegativeInfinity : Math.Log(-LogMath.ExpM1(logComplement));
    }

    private static double LogFront(double a, double b, double logX, double log1mX) =>
        (a * logX) + (b * log1mX) - (SpecialFunctions.GammaLn(a) + SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(a + b));

    private static double ContinuedFraction(double a, double b, double x)
    {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1.0;
        double d = 1.0 - (qab * x / qap);
        d = Math.Abs(d) < Tiny ? Tiny : d;
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m <= MaxIterations; m++)
        {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1.0 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1.0 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1.0 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1.0) < Epsilon)
            {
                break;
            }
        }

        return h;
    }
}
