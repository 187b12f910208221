using System.Globalization;

namespace CustomerValue.Lifetime;

/// <summary>
/// Relationship value: the discounted cash flow a customer yields while it stays with the firm, with a constant
/// margin m per period, a constant retention rate r per period and a discount rate d per period
/// (the "customer relationship value" of DOMAIN §3; the retention-based CLV of Berger &amp; Nasr 1998 and
/// Gupta &amp; Lehmann 2003).
/// </summary>
/// <remarks>
/// <para>
/// The cash flow of period t is m with probability r^t (the customer survived t renewals) and is worth
/// m·r^t/(1 + d)^t today. Write ρ = r/(1 + d). Then
/// </para>
/// <list type="bullet">
/// <item><description>first payment now, infinite horizon: Σ_{t≥0} m ρ^t = m(1 + d)/(1 + d − r) (<see cref="Infinite"/>);</description></item>
/// <item><description>first payment one period from now, infinite horizon: Σ_{t≥1} m ρ^t = m r/(1 + d − r) (<see cref="InfiniteDeferred"/>);</description></item>
/// <item><description>first payment now, N payments (t = 0 … N − 1): m(1 − ρ^N)/(1 − ρ) (<see cref="Finite"/>);</description></item>
/// <item><description>first payment one period from now, N payments (t = 1 … N): m ρ(1 − ρ^N)/(1 − ρ) (<see cref="FiniteDeferred"/>).</description></item>
/// </list>
/// <para>
/// When ρ = 1 (r = 1 and d = 0) each payment is worth m, so the finite sums are N·m and the infinite sums diverge.
/// The margin, retention and discount rate all refer to the same period (a month, a year, …); the result is in
/// the currency unit of the margin. The margin may be negative (an unprofitable relationship).
/// </para>
/// <para>Pure functions; thread-safe.</para>
/// </remarks>
public static class RelationshipValue
{
    /// <summary>Relationship value over an infinite horizon with the first payment now: Σ_{t≥0} m r^t/(1 + d)^t = m(1 + d)/(1 + d − r).</summary>
    /// <param name="margin">m: margin per period (currency units); finite.</param>
    /// <param name="retention">r: probability of staying one more period; between 0 and 1.</param>
    /// <param name="discountRate">d: discount rate per period; finite and 0 or more.</param>
    /// <returns>The present value of the expected margins.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or r = 1 with d = 0 (the sum diverges).</exception>
    public static double Infinite(double margin, double retention, double discountRate)
    {
        Check(margin, retention, discountRate);
        double gap = RequireConvergent(retention, discountRate);
        return margin * (1.0 + discountRate) / gap;
    }

    /// <summary>Relationship value over an infinite horizon with the first payment one period from now: Σ_{t≥1} m r^t/(1 + d)^t = m r/(1 + d − r).</summary>
    /// <param name="margin">m: margin per period (currency units); finite.</param>
    /// <param name="retention">r: probability of staying one more period; between 0 and 1.</param>
    /// <param name="discountRate">d: discount rate per period; finite and 0 or more.</param>
    /// <returns>The present value of the expected margins.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or r = 1 with d = 0 (the sum diverges).</exception>
    public static double InfiniteDeferred(double margin, double retention, double discountRate)
    {
        Check(margin, retention, discountRate);
        double gap = RequireConvergent(retention, discountRate);
        return margin * retention / gap;
    }

    /// <summary>Relationship value of <paramref name="periods"/> payments with the first now: Σ_{t=0}^{N−1} m ρ^t = m(1 − ρ^N)/(1 − ρ), ρ = r/(1 + d); N·m when ρ = 1.</summary>
    /// <param name="margin">m: margin per period (currency units); finite.</param>
    /// <param name="retention">r: probability of staying one more period; between 0 and 1.</param>
    /// <param name="discountRate">d: discount rate per period; finite and 0 or more.</param>
    /// <param name="periods">N: number of payments (periods in the horizon); 0 or more.</param>
    /// <returns>The present value of the expected margins.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double Finite(double margin, double retention, double discountRate, int periods)
    {
        Check(margin, retention, discountRate);
        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        return margin * GeometricSum(retention, discountRate, periods);
    }

    /// <summary>Relationship value of <paramref name="periods"/> payments with the first one period from now: Σ_{t=1}^{N} m ρ^t = m ρ(1 − ρ^N)/(1 − ρ), ρ = r/(1 + d); N·m when ρ = 1.</summary>
    /// <param name="margin">m: margin per period (currency units); finite.</param>
    /// <param name="retention">r: probability of staying one more period; between 0 and 1.</param>
    /// <param name="discountRate">d: discount rate per period; finite and 0 or more.</param>
    /// <param name="periods">N: number of payments (periods in the horizon); 0 or more.</param>
    /// <returns>The present value of the expected margins.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double FiniteDeferred(double margin, double retention, double discountRate, int periods)
    {
        Check(margin, retention, discountRate);
        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        double ratio = retention / (1.0 + discountRate);
        return margin * ratio * GeometricSum(retention, discountRate, periods);
    }

    /// <summary>Σ_{t=0}^{N−1} ρ^t with ρ = r/(1 + d), accurate when ρ is close to 1.</summary>
    private static double GeometricSum(double retention, double discountRate, int periods)
    {
        if (periods == 0)
        {
            return 0.0;
        }

        if (retention == 0.0)
        {
            return 1.0;
        }

        // 1 − ρ = (1 + d − r)/(1 + d), computed without cancellation from its two small parts.
        double oneMinusRatio = ((1.0 - retention) + discountRate) / (1.0 + discountRate);
        if (oneMinusRatio == 0.0)
        {
            return periods;
        }

        // 1 − ρ^N = −expm1(N ln ρ), with ln ρ = ln r − ln(1 + d).
        double logRatio = Math.Log(retention) - Math.Log(1.0 + discountRate);
        double oneMinusPower = -ExpM1(periods * logRatio);
        return oneMinusPower / oneMinusRatio;
    }

    /// <summary>e^x − 1, accurate for small |x| (Kahan's correction of exp(x) − 1 by x/ln(exp(x))).</summary>
    private static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        double um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * x / Math.Log(u);
    }

    private static double RequireConvergent(double retention, double discountRate)
    {
        double gap = (1.0 - retention) + discountRate;
        if (!(gap > 0.0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(retention),
                retention,
                string.Create(CultureInfo.InvariantCulture, $"The infinite-horizon relationship value diverges when the retention rate r ≥ 1 + d; here r = {retention} and d = {discountRate}. Use a discount rate above 0, a retention rate below 1, or a finite horizon."));
        }

        return gap;
    }

    private static void Check(double margin, double retention, double discountRate)
    {
        if (!double.IsFinite(margin))
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, string.Create(CultureInfo.InvariantCulture, $"The margin per period must be finite, but was {margin}."));
        }

        if (!(retention >= 0.0 && retention <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(retention), retention, string.Create(CultureInfo.InvariantCulture, $"The retention rate must be between 0 and 1, but was {retention}."));
        }

        if (!(double.IsFinite(discountRate) && discountRate >= 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(discountRate), discountRate, string.Create(CultureInfo.InvariantCulture, $"The discount rate per period must be finite and 0 or more, but was {discountRate}."));
        }
    }
}
