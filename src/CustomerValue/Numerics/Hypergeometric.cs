namespace CustomerValue.Numerics;

/// <summary>
/// The Gauss hypergeometric function ₂F₁(a, b; c; z) = Σₖ (a)ₖ(b)ₖ / ((c)ₖ k!) zᵏ for real a, b, c &gt; 0 and every z ≤ 1
/// (z = 1 only when c &gt; a + b), evaluated in log space: <see cref="LogAbs(double, double, double, double, out int)"/>
/// returns log |₂F₁| and its sign, so that values such as ₂F₁(10⁴, 10⁴; 1; 0.9) ≈ e^(5·10⁴) are fine.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> Three exact rewrites give several series for the same value, and the cheapest one whose terms are
/// all positive is summed (in log space, rescaled so that huge intermediate terms neither overflow nor lose precision):</para>
/// <list type="bullet">
/// <item>0 ≤ z &lt; 1: the series itself, or Euler's transformation ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z)
/// when c ≥ a and c ≥ b.</item>
/// <item>z &lt; 0: the two Pfaff transformations ₂F₁(a, b; c; z) = (1 − z)^(−a) ₂F₁(a, c − b; c; w) = (1 − z)^(−b)
/// ₂F₁(c − a, b; c; w) with w = z/(z − 1) in (0, 1), so that large negative z becomes w close to 1.</item>
/// <item>z = 1: Gauss's formula Γ(c)Γ(c − a − b)/(Γ(c − a)Γ(c − b)).</item>
/// </list>
/// <para>When the argument (z, or w) is above 0.6 and no series converges within a few thousand terms (the series needs
/// about 1/(1 − z) terms), the value and derivative at 1/2 are continued analytically towards the argument with Taylor
/// series of the hypergeometric differential equation z(1 − z)f″ + (c − (a + b + 1)z)f′ − ab f = 0, each step going at most
/// half-way to the singular point 1 (and, for large c, only a short way from the singular point 0, whose local solution
/// z^(1−c) would otherwise swamp the recurrence). The continuation uses the form whose exponent at 1, c − a − b, is at
/// most 0, for which stepping towards 1 is stable. It needs about log₂(1/(1 − z)) + c/4 steps of some 50 terms, and no
/// special case for integer c − a − b (where the textbook 1 − z transformation has poles).</para>
/// <para><b>Accuracy</b> (checked against mpmath at 50 digits, see the tests): for 0 ≤ z ≤ 1 and parameters up to 10⁴,
/// log |₂F₁| is within 10⁻¹² · max(1, |log ₂F₁|) of the exact value, which is better than 10⁻¹⁰ relative accuracy of the
/// value itself whenever it is representable as a double. For z &lt; 0 the same holds when a·log(1 − z) and
/// b·log(1 − z) stay below about 10³ (the Pfaff prefactor then cancels against the series in log space, costing about
/// 10⁻¹⁴ of that product); and when c &lt; min(a, b) and z &lt; 0 the series has terms of both signs and the value may
/// be negative, with further loss of accuracy possible.</para>
/// <para><b>Cost.</b> Tens of terms for the arguments of the lifetime models; it grows with max(a, b) when a or b is large
/// and z is close to 1, and with c in the continuation. Parameters are limited to (0, 10⁷].</para>
/// </remarks>
internal static class Hypergeometric
{
    /// <summary>The default term cap of <see cref="TryLogSeries"/>.</summary>
    public const int DefaultMaxTerms = 1_000_000;

    /// <summary>The largest parameter accepted by <see cref="LogAbs(double, double, double, double, out int)"/>.</summary>
    public const double MaxParameter = 1e7;

    private const double RelativeTolerance = 1e-15;
    private const double StepTolerance = 1e-17;
    private const double Rescale = 1e200;
    private const double DirectLimit = 0.6;
    private const long SeriesBudget = 4000;
    private const long ContinuationCap = 100_000_000;

    /// <summary>
    /// log ₂F₁(a, b; c; z) by the plain series for a, b, c &gt; 0 and 0 ≤ z &lt; 1 (every term positive); false when the
    /// series did not converge within <paramref name="maxTerms"/> terms.
    /// </summary>
    public static bool TryLogSeries(double a, double b, double c, double z, out double logValue, int maxTerms = DefaultMaxTerms)
    {
        if (TrySeries(a, b, c, z, maxTerms, withDerivative: false, out double sum, out _, out double logScale))
        {
            logValue = logScale + Math.Log(sum);
            return true;
        }

        logValue = double.NaN;
        return false;
    }

    /// <summary>log ₂F₁(a, b; c; z); NaN when the value is negative (possible only for z &lt; 0 and c &lt; min(a, b)).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside the domain (see <see cref="LogAbs(double, double, double, double, out int)"/>).</exception>
    public static double Log(double a, double b, double c, double z)
    {
        double log = LogAbs(a, b, c, z, out int sign);
        return sign > 0 ? log : double.NaN;
    }

    /// <summary>₂F₁(a, b; c; z) itself (may overflow to ±∞ where <see cref="LogAbs(double, double, double, double, out int)"/> does not).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside the domain.</exception>
    public static double Value(double a, double b, double c, double z)
    {
        double log = LogAbs(a, b, c, z, out int sign);
        return sign * Math.Exp(log);
    }

    /// <summary>log |₂F₁(a, b; c; z)| and the sign of the value.</summary>
    /// <param name="a">First numerator parameter; in (0, 10⁷].</param>
    /// <param name="b">Second numerator parameter; in (0, 10⁷].</param>
    /// <param name="c">Denominator parameter; in (0, 10⁷].</param>
    /// <param name="z">The argument; finite and at most 1 (z = 1 needs c &gt; a + b).</param>
    /// <param name="sign">+1, −1, or 0 when the value is exactly 0.</param>
    /// <returns>log |₂F₁(a, b; c; z)|; −∞ when the value is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside the domain.</exception>
    public static double LogAbs(double a, double b, double c, double z, out int sign) => LogAbs(a, b, c, z, 1 - z, out sign);

    /// <summary>
    /// As <see cref="LogAbs(double, double, double, double, out int)"/>, with 1 − z given separately so that it keeps its
    /// relative precision when z is within rounding of 1 (for example 1 − z = (β + t)/(α + t) for z = (α − β)/(α + t)).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside the domain, or <paramref name="oneMinusZ"/> does not match <paramref name="z"/>.</exception>
    public static double LogAbs(double a, double b, double c, double z, double oneMinusZ, out int sign)
    {
        CheckParameter(a, nameof(a));
        CheckParameter(b, nameof(b));
        CheckParameter(c, nameof(c));
        if (!double.IsFinite(z) || z > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, $"₂F₁ is evaluated for finite z ≤ 1 only (the series diverges beyond 1), but z was {z}.");
        }

        if (!(oneMinusZ >= 0) || Math.Abs(z + oneMinusZ - 1) > 1e-12 * Math.Max(1, Math.Abs(z)))
        {
            throw new ArgumentOutOfRangeException(nameof(oneMinusZ), oneMinusZ, $"1 − z must equal {1 - z} (z = {z}), but was {oneMinusZ}.");
        }

        sign = 1;
        if (z == 0)
        {
            return 0;
        }

        if (oneMinusZ == 0)
        {
            if (!(c > a + b))
            {
                throw new ArgumentOutOfRangeException(nameof(z), z, $"₂F₁(a, b; c; 1) is finite only when c > a + b, but a = {a}, b = {b}, c = {c}.");
            }

            return LogMath.LogGamma(c) + LogMath.LogGamma(c - a - b) - LogMath.LogGamma(c - a) - LogMath.LogGamma(c - b);
        }

        double logOneMinusZ = Math.Log(oneMinusZ);
        Span<Form> forms = stackalloc Form[2];
        int count = 0;
        double x, oneMinusX;
        Form continuation;
        if (z > 0)
        {
            x = z;
            oneMinusX = oneMinusZ;
            var direct = new Form(a, b, 0);
            var euler = new Form(c - a, c - b, (c - a - b) * logOneMinusZ);
            forms[count++] = direct;
            if (c >= a && c >= b)
            {
                forms[count++] = euler;
            }

            continuation = c - a - b <= 0 ? direct : euler;
        }
        else
        {
            x = -z / oneMinusZ;
            oneMinusX = 1 / oneMinusZ;
            var first = new Form(a, c - b, -a * logOneMinusZ);
            var second = new Form(c - a, b, -b * logOneMinusZ);
            if (c >= b)
            {
                forms[count++] = first;
            }

            if (c >= a)
            {
                forms[count++] = second;
            }

            continuation = b <= a ? first : second;
        }

        if (count == 2 && forms[1].Roughness(c) < forms[0].Roughness(c))
        {
            (forms[0], forms[1]) = (forms[1], forms[0]);
        }

        if (x <= DirectLimit)
        {
            Form chosen = count > 0 ? forms[0] : continuation;
            TrySeries(chosen.A, chosen.B, c, x, long.MaxValue, withDerivative: false, out double sum, out _, out double scale);
            return Finish(chosen.LogPrefactor + scale, sum, out sign);
        }

        for (int i = 0; i < count; i++)
        {
            if (TrySeries(forms[i].A, forms[i].B, c, x, SeriesBudget, withDerivative: false, out double sum, out _, out double scale))
            {
                return Finish(forms[i].LogPrefactor + scale, sum, out sign);
            }
        }

        double log = Continue(continuation.A, continuation.B, c, oneMinusX, out sign);
        return continuation.LogPrefactor + log;
    }

    private static double Finish(double logScale, double sum, out int sign)
    {
        sign = Math.Sign(sum);
        return logScale + Math.Log(Math.Abs(sum));
    }

    private static void CheckParameter(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0 || value > MaxParameter)
        {
            throw new ArgumentOutOfRangeException(name, value, $"₂F₁ is evaluated for parameters in (0, {MaxParameter:G}] only, but {name} was {value}.");
        }
    }

    /// <summary>
    /// Σₖ tₖ with t₀ = 1 and tₖ₊₁/tₖ = (a + k)(b + k) z / ((c + k)(k + 1)), as <paramref name="sum"/> · e^<paramref name="logScale"/>,
    /// and optionally Σₖ k tₖ (so that the derivative is that divided by z). Real a and b; c &gt; 0; |z| &lt; 1. Stops when a
    /// geometric bound on the remainder falls below the tolerance, or returns false after <paramref name="maxTerms"/> terms.
    /// </summary>
    private static bool TrySeries(double a, double b, double c, double z, long maxTerms, bool withDerivative, out double sum, out double derivativeSum, out double logScale)
    {
        sum = 1.0;
        derivativeSum = 0.0;
        logScale = 0.0;
        if (z == 0)
        {
            return true;
        }

        // Past k0 no factor changes sign any more, so the ratio is eventually monotone and the bound is valid.
        double k0 = Math.Max(0.0, Math.Max(-a, -b)) + 1;
        double term = 1.0;
        double absZ = Math.Abs(z);
        for (long k = 0; k < maxTerms; k++)
        {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
            double next = k + 1.0;
            sum += term;
            derivativeSum += next * term;
            if (Math.Abs(sum) > Rescale || Math.Abs(term) > Rescale)
            {
                sum /= Rescale;
                term /= Rescale;
                derivativeSum /= Rescale;
                logScale += Math.Log(Rescale);
            }

            if (next <= k0)
            {
                continue;
            }

            if (term == 0)
            {
                return true;
            }

            double ratio = Math.Max(Math.Abs((a + next) * (b + next) / ((c + next) * (next + 1.0)) * z), absZ);
            if (ratio < 1)
            {
                double bound = Math.Abs(term) * ratio / (1 - ratio);
                if (bound <= RelativeTolerance * Math.Abs(sum)
                    && (!withDerivative || (next + 1) * bound / (1 - ratio) <= RelativeTolerance * Math.Abs(derivativeSum)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// log |₂F₁(a, b; c; 1 − <paramref name="oneMinusX"/>)| by analytic continuation from 1/2 (see the class remarks); the
    /// form must have c − a − b ≤ 0.
    /// </summary>
    private static double Continue(double a, double b, double c, double oneMinusX, out int sign)
    {
        TrySeries(a, b, c, 0.5, long.MaxValue, withDerivative: true, out double f, out double e, out double logScale);

        // State: f(z₀) = value · e^logScale and e = f′(z₀) · (1 − z₀) · e^(−logScale), with z₀ = 1 − delta.
        // At z₀ = 1/2 the derivative sum Σ k tₖ equals f′ · z₀ = f′ · (1 − z₀).
        Normalize(ref f, ref e, ref logScale);
        double delta = 0.5;
        double zeroStep = c > 1 ? -LogMath.ExpM1(-2.0 / (c - 1)) : double.PositiveInfinity;
        long terms = 0;
        while (delta > oneMinusX)
        {
            double z0 = 1 - delta;
            double h = Math.Min(0.5 * delta, delta - oneMinusX);
            h = Math.Min(h, z0 * zeroStep);
            double p0 = z0 * delta;
            double p1 = (2 * delta) - 1;
            double q0 = c - ((a + b + 1) * z0);
            double d0 = f;
            double d1 = e * h / delta;
            double sum = d0 + d1;
            double derivativeSum = d1;
            for (int n = 0; ; n++)
            {
                double ca = (n + a) * (n + b) * h * h / (p0 * (n + 1.0) * (n + 2.0));
                double cb = ((p1 * n) + q0) * h / (p0 * (n + 2.0));
                double d2 = (ca * d0) - (cb * d1);
                sum += d2;
                derivativeSum += (n + 2.0) * d2;
                d0 = d1;
                d1 = d2;
                if (Math.Abs(sum) > Rescale || Math.Abs(derivativeSum) > Rescale || Math.Abs(d1) > Rescale)
                {
                    sum /= Rescale;
                    derivativeSum /= Rescale;
                    d0 /= Rescale;
                    d1 /= Rescale;
                    logScale += Math.Log(Rescale);
                }

                double tail = Math.Abs(d0) + Math.Abs(d1);
                if (n >= 1 && Math.Abs(ca) + Math.Abs(cb) < 0.95 && tail <= StepTolerance * Math.Abs(sum)
                    && (n + 2.0) * tail <= StepTolerance * (Math.Abs(derivativeSum) + Math.Abs(sum)))
                {
                    break;
                }

                if (++terms > ContinuationCap)
                {
                    throw new InvalidOperationException($"₂F₁({a}, {b}; {c}; 1 − {oneMinusX}) did not converge in the analytic continuation.");
                }
            }

            delta = h == delta - oneMinusX ? oneMinusX : delta - h;
            f = sum;
            e = derivativeSum / h * delta;
            Normalize(ref f, ref e, ref logScale);
        }

        sign = Math.Sign(f);
        return logScale + Math.Log(Math.Abs(f));
    }

    private static void Normalize(ref double f, ref double e, ref double logScale)
    {
        double m = Math.Abs(f);
        if (m > 0 && double.IsFinite(m))
        {
            logScale += Math.Log(m);
            f /= m;
            e /= m;
        }
    }

    /// <summary>One rewrite of ₂F₁(a, b; c; ·) as e^LogPrefactor · ₂F₁(A, B; c; argument).</summary>
    private readonly record struct Form(double A, double B, double LogPrefactor)
    {
        /// <summary>|A·B|/c: where the terms of the series peak, a proxy for its cost.</summary>
        public double Roughness(double c) => Math.Abs(A * B) / c;
    }
}
