namespace CustomerValue.Numerics;

/// <summary>
/// E[g(p)] for p ~ Beta(a, b), by double-exponential (tanh-sinh) quadrature on the logit scale. The substitution
/// p = 1 / (1 + e^{−π sinh s}) turns the beta density's endpoint singularities into a smooth integrand that decays
/// double-exponentially, and p and 1 − p are formed separately so that neither end loses precision.
/// </summary>
/// <remarks>
/// Used as the fallback of series that converge slowly (horizons far beyond the scale α). Accurate to about 10⁻¹² for
/// a, b ≥ 10⁻⁶ and smooth bounded g; for smaller shape parameters mass beyond |s| = 20 is lost (the result stays finite).
/// </remarks>
internal static class BetaMixture
{
    private const double Limit = 20.0;
    private const int MaxLevels = 9;

    /// <summary>E[g(p)] for p ~ Beta(a, b); <paramref name="g"/> receives p and 1 − p.</summary>
    public static double Expectation(double a, double b, Func<double, double, double> g)
    {
        double logNorm = LogMath.LogBeta(a, b);
        double h = 0.5;
        double sum = Node(0.0, a, b, logNorm, g);
        for (double s = h; s <= Limit; s += h)
        {
            sum += Node(s, a, b, logNorm, g) + Node(-s, a, b, logNorm, g);
        }

        double estimate = sum * h;
        for (int level = 1; level <= MaxLevels; level++)
        {
            h /= 2;
            double added = 0;
            for (double s = h; s <= Limit; s += 2 * h)
            {
                added += Node(s, a, b, logNorm, g) + Node(-s, a, b, logNorm, g);
            }

            sum += added;
            double next = sum * h;
            bool done = Math.Abs(next - estimate) <= 1e-13 * Math.Abs(next);
            estimate = next;
            if (done && level >= 3)
            {
                break;
            }
        }

        return estimate;
    }

    private static double Node(double s, double a, double b, double logNorm, Func<double, double, double> g)
    {
        double u = Math.PI * Math.Sinh(s);
        double logP = -LogMath.Softplus(-u);
        double log1mP = -LogMath.Softplus(u);

        // dp/ds = p (1 − p) π cosh s, so the density times the Jacobian is p^a (1 − p)^b π cosh s / B(a, b).
        double logWeight = (a * logP) + (b * log1mP) - logNorm + Math.Log(Math.PI * Math.Cosh(s));
        if (logWeight < -745)
        {
            return 0;
        }

        return Math.Exp(logWeight) * g(Math.Exp(logP), Math.Exp(log1mP));
    }
}
