using System.Buffers;
using System.Runtime.Intrinsics;

namespace CustomerValue.Lifetime;

/// <summary>
/// The discounted expected purchases over a lifetime-value horizon of a BG/NBD customer known to be alive,
/// D = Σ_{h=1..H} (E_h − E_{h−1}) / (1 + d)^h with E_h = E[X(h s)] at posterior parameters (r, α, a, b) (Fader, Hardie
/// &amp; Lee 2005), as one series over the number of purchases instead of one per step.
/// </summary>
/// <remarks>
/// <para>
/// Summing by parts, D = Σ_h c_h E_h with positive weights c_h = d/(1 + d)^(h+1) for h &lt; H and c_H = 1/(1 + d)^H.
/// Each E_h = Σ_n P_h(N = n) W_n is the series of <see cref="BuyTillYouDieKernels.BgExpected"/> at t_h = h s, where
/// P_h is the NBD law with z_h = t_h/(α + t_h). Against the last step, P_h(N = n) = P_H(N = n) (P_h(0)/P_H(0)) ρ_h^n with
/// ρ_h = z_h/z_H = h (α + t_H)/(H (α + t_h)), and since the purchases counted by t_H fall before t_h independently with
/// probability h/H, P_h(0) = Σ_n P_H(N = n) (1 − h/H)^n. So the series of the last step, with its probabilities
/// P_H(N = n) and terms P_H(N = n) W_n kept, gives every step by two polynomials evaluated by Horner's rule. All terms are
/// positive, and the last step's stopping rule bounds the remainders of the others (their terms fall faster).
/// </para>
/// <para>
/// Four customers are summed at once, in the lanes of a <see cref="Vector256{T}"/> (<see cref="BgExpectedBatch.Sum"/>);
/// one customer is summed in every lane of the same code, so its value does not depend on how it is called (a series
/// estimated to need <see cref="BgExpectedBatch.VectorTermLimit"/> terms or more is summed alone, not with three
/// others). Where the last step's series would start in log space, need <see cref="MaxTerms"/> terms or more (or
/// quadrature) or a + b scaled, or runs more than <see cref="TermMargin"/> terms past its estimate, D is Σ_h c_h E_h
/// with each E_h from <see cref="BuyTillYouDieKernels.BgExpected"/>.
/// </para>
/// </remarks>
internal static class BgDiscountedPurchases
{
    /// <summary>How many terms past its estimate a series may run before it is summed step by step instead.</summary>
    private const int TermMargin = 64;

    /// <summary>
    /// A series estimated to need this many terms or more is summed step by step: its kept terms would need a buffer of
    /// megabytes, which the shared pool would then hold on to.
    /// </summary>
    private const double MaxTerms = 10_000;

    /// <summary>D for one customer.</summary>
    /// <param name="r">Posterior r + x.</param>
    /// <param name="alpha">Posterior α + T.</param>
    /// <param name="a">a.</param>
    /// <param name="b">Posterior b + x (+ 1 for MBG/NBD).</param>
    /// <param name="options">Horizon steps, step length and discount rate.</param>
    public static double Single(double r, double alpha, double a, double b, ClvOptions options)
    {
        if (!TryStart(r, alpha, a, b, options, out double z, out double probability, out double terms))
        {
            return ByStep(r, alpha, a, b, options);
        }

        Vector256<double> values = Sum(
            Vector256.Create(r), Vector256.Create(alpha), Vector256.Create(z), Vector256.Create(probability), a, Vector256.Create(b), Vector256.Create(Limit(terms)), options);
        return double.IsNaN(values[0]) ? ByStep(r, alpha, a, b, options) : values[0];
    }

    /// <summary>D for <see cref="BgExpectedBatch.Width"/> customers, each bit for bit its <see cref="Single"/> value.</summary>
    /// <param name="r">Posterior r + x per customer.</param>
    /// <param name="alpha">Posterior α + T per customer.</param>
    /// <param name="a">a.</param>
    /// <param name="b">Posterior b + x (+ 1 for MBG/NBD) per customer.</param>
    /// <param name="options">Horizon steps, step length and discount rate.</param>
    /// <param name="destination">Receives one value per customer.</param>
    public static void Compute(ReadOnlySpan<double> r, ReadOnlySpan<double> alpha, double a, ReadOnlySpan<double> b, ClvOptions options, Span<double> destination)
    {
        // Lanes whose series is short are summed together; the others are neutral there (r = 0: every term is 0) and
        // computed alone.
        Span<double> rates = stackalloc double[BgExpectedBatch.Width];
        Span<double> z = stackalloc double[BgExpectedBatch.Width];
        Span<double> probabilities = stackalloc double[BgExpectedBatch.Width];
        Span<double> betas = stackalloc double[BgExpectedBatch.Width];
        Span<double> limits = stackalloc double[BgExpectedBatch.Width];
        Span<bool> alone = stackalloc bool[BgExpectedBatch.Width];
        int together = 0;
        for (int lane = 0; lane < BgExpectedBatch.Width; lane++)
        {
            alone[lane] = !(TryStart(r[lane], alpha[lane], a, b[lane], options, out double laneZ, out double probability, out double terms)
                && terms < BgExpectedBatch.VectorTermLimit);
            together += alone[lane] ? 0 : 1;
            rates[lane] = alone[lane] ? 0 : r[lane];
            z[lane] = alone[lane] ? 0.5 : laneZ;
            probabilities[lane] = alone[lane] ? 1 : probability;
            betas[lane] = alone[lane] ? 1 : b[lane];
            limits[lane] = alone[lane] ? 0 : Limit(terms);
        }

        Vector256<double> values = together == 0
            ? default
            : Sum(Vector256.Create(rates), Vector256.Create(alpha), Vector256.Create(z), Vector256.Create(probabilities), a, Vector256.Create(betas), Vector256.Create(limits), options);
        for (int lane = 0; lane < BgExpectedBatch.Width; lane++)
        {
            destination[lane] = alone[lane] ? Single(r[lane], alpha[lane], a, b[lane], options)
                : double.IsNaN(values[lane]) ? ByStep(r[lane], alpha[lane], a, b[lane], options)
                : values[lane];
        }
    }

    /// <summary>
    /// The start of the last step's series (see <see cref="BuyTillYouDieKernels.SeriesStart"/>): z_H, P_H(N = 0) and the
    /// estimated number of terms; false when D is not summed as one series (the series would start in log space, be
    /// longer than <see cref="MaxTerms"/>, or need a + b scaled).
    /// </summary>
    private static bool TryStart(double r, double alpha, double a, double b, ClvOptions options, out double z, out double probability, out double terms)
    {
        BuyTillYouDieKernels.SeriesStart(r, alpha, options.HorizonSteps * options.StepLength, out z, out double logP, out terms);
        probability = Math.Exp(logP);
        return logP > BuyTillYouDieKernels.LinearStart && terms < MaxTerms && a + b < BuyTillYouDieKernels.UnscaledLimit;
    }

    /// <summary>The number of terms after which a series gives up: its estimate and <see cref="TermMargin"/>.</summary>
    private static double Limit(double terms) => Math.Floor(terms) + TermMargin;

    /// <summary>
    /// D lane-wise: the last step's series with its probabilities and terms kept in a pooled buffer, then every earlier
    /// step from two Horner evaluations, four steps at a time; NaN in a lane whose series ran past its limit.
    /// </summary>
    private static Vector256<double> Sum(
        Vector256<double> r, Vector256<double> alpha, Vector256<double> z, Vector256<double> probability, double a, Vector256<double> b, Vector256<double> limit, ClvOptions options)
    {
        // The loop writes no index past the largest limit + 3 (neutral lanes stop after 4 terms).
        int length = (int)Math.Max(Math.Max(limit[0], limit[1]), Math.Max(limit[2], limit[3])) + 8;
        Vector256<double>[] buffer = ArrayPool<Vector256<double>>.Shared.Rent(2 * length);
        try
        {
            Span<Vector256<double>> probabilities = buffer.AsSpan(0, length);
            Span<Vector256<double>> terms = buffer.AsSpan(length, length);
            probabilities[0] = probability;
            terms[0] = Vector256<double>.Zero;
            Vector256<double> last = BgExpectedBatch.Sum(r, z, probability, a, b, limit, probabilities, terms, out int count);
            return Discount(alpha, probabilities[..(count + 1)], terms[..(count + 1)], last, options);
        }
        finally
        {
            ArrayPool<Vector256<double>>.Shared.Return(buffer);
        }
    }

    /// <summary>Σ_h c_h E_h from the last step's series (see the remarks of the class), four steps at a time.</summary>
    private static Vector256<double> Discount(
        Vector256<double> alpha, ReadOnlySpan<Vector256<double>> probabilities, ReadOnlySpan<Vector256<double>> terms, Vector256<double> last, ClvOptions options)
    {
        int steps = options.HorizonSteps;
        double d = options.DiscountRate;
        double perStep = 1.0 / (1.0 + d);
        double factor = perStep;
        Vector256<double> alphaHorizon = alpha + Vector256.Create(steps * options.StepLength);
        Vector256<double> inverseStart = Vector256<double>.One / probabilities[0];
        Vector256<double> total = Vector256<double>.Zero;
        Span<double> weights = stackalloc double[4];
        Span<double> thinning = stackalloc double[4];
        Span<Vector256<double>> ratios = stackalloc Vector256<double>[4];
        Span<Vector256<double>> sums = stackalloc Vector256<double>[8];
        for (int h = 1; d > 0 && h < steps; h += 4)
        {
            // Steps h … h + 3 (those past H − 1 get weight 0): c_h, the thinning factor 1 − h/H and ρ_h.
            for (int i = 0; i < 4; i++)
            {
                int step = h + i;
                bool real = step < steps;
                factor = real ? factor * perStep : factor;
                weights[i] = real ? d * factor : 0;
                thinning[i] = real ? (double)(steps - step) / steps : 0;
                ratios[i] = real ? Vector256.Create((double)step) * alphaHorizon / (Vector256.Create((double)steps) * (alpha + Vector256.Create(step * options.StepLength))) : Vector256<double>.Zero;
            }

            // E_h = (P_h(0)/P_H(0)) Σ_n P_H(N = n) W_n ρ_h^n.
            Horner4(probabilities, terms, thinning, ratios, sums);
            for (int i = 0; i < 4; i++)
            {
                total += Vector256.Create(weights[i]) * (sums[i] * inverseStart * sums[4 + i]);
            }
        }

        return total + (Vector256.Create(factor) * last);
    }

    /// <summary>
    /// For four steps i: Σ_n P_H(N = n) yᵢ^n into sums[i] and Σ_n P_H(N = n) W_n ρᵢ^n into sums[4 + i], by Horner's rule
    /// from the last index down (the terms hold 0 at index 0, so the second sum ends multiplied by ρᵢ).
    /// </summary>
    private static void Horner4(
        ReadOnlySpan<Vector256<double>> probabilities, ReadOnlySpan<Vector256<double>> terms, ReadOnlySpan<double> thinning, ReadOnlySpan<Vector256<double>> ratios, Span<Vector256<double>> sums)
    {
        Vector256<double> y0 = Vector256.Create(thinning[0]), y1 = Vector256.Create(thinning[1]), y2 = Vector256.Create(thinning[2]), y3 = Vector256.Create(thinning[3]);
        Vector256<double> q0 = ratios[0], q1 = ratios[1], q2 = ratios[2], q3 = ratios[3];

        // Locals carry the eight chains, so that they stay in registers.
        Vector256<double> a0 = default, a1 = default, a2 = default, a3 = default, b0 = default, b1 = default, b2 = default, b3 = default;
        for (int n = probabilities.Length - 1; n >= 0; n--)
        {
            Vector256<double> p = probabilities[n], t = terms[n];
            a0 = Vector256.FusedMultiplyAdd(a0, y0, p);
            a1 = Vector256.FusedMultiplyAdd(a1, y1, p);
            a2 = Vector256.FusedMultiplyAdd(a2, y2, p);
            a3 = Vector256.FusedMultiplyAdd(a3, y3, p);
            b0 = Vector256.FusedMultiplyAdd(b0, q0, t);
            b1 = Vector256.FusedMultiplyAdd(b1, q1, t);
            b2 = Vector256.FusedMultiplyAdd(b2, q2, t);
            b3 = Vector256.FusedMultiplyAdd(b3, q3, t);
        }

        (sums[0], sums[1], sums[2], sums[3]) = (a0, a1, a2, a3);
        (sums[4], sums[5], sums[6], sums[7]) = (b0, b1, b2, b3);
    }

    /// <summary>D = Σ_h c_h E_h with every E_h from its own series (or quadrature).</summary>
    private static double ByStep(double r, double alpha, double a, double b, ClvOptions options)
    {
        double d = options.DiscountRate;
        double perStep = 1.0 / (1.0 + d);
        double factor = perStep;
        double total = 0;
        for (int h = 1; d > 0 && h < options.HorizonSteps; h++)
        {
            factor *= perStep;
            total += d * factor * BuyTillYouDieKernels.BgExpected(r, alpha, a, b, h * options.StepLength);
        }

        return total + (factor * BuyTillYouDieKernels.BgExpected(r, alpha, a, b, options.HorizonSteps * options.StepLength));
    }
}
