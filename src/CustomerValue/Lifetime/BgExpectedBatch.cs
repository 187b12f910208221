using System.Runtime.Intrinsics;

namespace CustomerValue.Lifetime;

/// <summary>
/// <see cref="BuyTillYouDieKernels.BgExpected"/> for four customers at once: the same positive series, summed in the four
/// lanes of a <see cref="Vector256{T}"/> with the same operations in the same order, so each lane's result is bit for bit
/// the scalar one. A lane stops contributing once its own stopping rule holds; the loop ends when every lane has stopped.
/// </summary>
/// <remarks>
/// Lanes the vector loop would serve badly are computed by the scalar kernel instead: a start that underflows
/// (log P(N = 0) ≤ −700, which the scalar kernel begins in log space), or a series estimated to need more than
/// <see cref="VectorTermLimit"/> terms (it would hold the other three lanes back). Without hardware acceleration every
/// lane is scalar.
/// </remarks>
internal static class BgExpectedBatch
{
    /// <summary>Customers per call.</summary>
    public const int Width = 4;

    private const double VectorTermLimit = 1000;

    /// <summary>
    /// E[X(t)] of the BG/NBD process for four parameter sets that share a and t (for instance four customers' posteriors
    /// r + x, α + T, b + x + shift at one horizon).
    /// </summary>
    /// <param name="r">Four values of r.</param>
    /// <param name="alpha">Four values of α.</param>
    /// <param name="a">The shared a.</param>
    /// <param name="b">Four values of b.</param>
    /// <param name="t">The shared time t.</param>
    /// <param name="destination">Receives the four expectations.</param>
    public static void Compute(ReadOnlySpan<double> r, ReadOnlySpan<double> alpha, double a, ReadOnlySpan<double> b, double t, Span<double> destination)
    {
        if (!Vector256.IsHardwareAccelerated || t == 0)
        {
            for (int lane = 0; lane < Width; lane++)
            {
                destination[lane] = BuyTillYouDieKernels.BgExpected(r[lane], alpha[lane], a, b[lane], t);
            }

            return;
        }

        // Lanes left to the scalar kernel get a neutral start (probability 0, z = 1/2) that stops at the first check.
        Span<double> z = stackalloc double[Width];
        Span<double> probability = stackalloc double[Width];
        Span<double> rate = stackalloc double[Width];
        Span<double> beta = stackalloc double[Width];
        Span<bool> scalar = stackalloc bool[Width];
        for (int lane = 0; lane < Width; lane++)
        {
            BuyTillYouDieKernels.SeriesStart(r[lane], alpha[lane], t, out double laneZ, out _, out double logP, out double terms);
            scalar[lane] = !(terms < VectorTermLimit && logP > -700);
            z[lane] = scalar[lane] ? 0.5 : laneZ;
            probability[lane] = scalar[lane] ? 0 : Math.Exp(logP);
            rate[lane] = scalar[lane] ? 0 : r[lane];
            beta[lane] = scalar[lane] ? 1 : b[lane];
        }

        Vector256<double> sums = Sum(Vector256.Create(rate), Vector256.Create(z), Vector256.Create(probability), a, Vector256.Create(beta));
        for (int lane = 0; lane < Width; lane++)
        {
            destination[lane] = scalar[lane] ? BuyTillYouDieKernels.BgExpected(r[lane], alpha[lane], a, b[lane], t) : sums[lane];
        }
    }

    /// <summary>The series loop of <see cref="BuyTillYouDieKernels.BgExpected"/>, lane-wise (see there for the recursions).</summary>
    private static Vector256<double> Sum(Vector256<double> r, Vector256<double> z, Vector256<double> probability, double a, Vector256<double> b)
    {
        Vector256<double> one = Vector256<double>.One;
        Vector256<double> ab = Vector256.Create(a) + b;
        Vector256<double> w = one;
        Vector256<double> cumulative = Vector256<double>.Zero;
        Vector256<double> sum = Vector256<double>.Zero;
        Vector256<double> result = Vector256<double>.Zero;
        Vector256<double> active = Vector256<double>.AllBitsSet;
        for (int k = 1; ; k++)
        {
            Vector256<double> kd = Vector256.Create((double)k);
            Vector256<double> inverse = one / (kd * (ab + kd - one));
            probability *= (r + kd - one) * z * (ab + kd - one) * inverse;
            cumulative += w;
            w *= (b + kd - one) * kd * inverse;
            Vector256<double> term = probability * cumulative;
            sum += term;
            if ((k & 3) == 0)
            {
                Vector256<double> ratio = (r + kd) * z / kd;
                Vector256<double> stopped = Vector256.LessThan(ratio, one)
                    & Vector256.LessThanOrEqual(term * ratio / (one - ratio), Vector256.Create(1e-16) * sum)
                    & active;
                result = Vector256.ConditionalSelect(stopped, sum, result);
                active = Vector256.AndNot(active, stopped);
                if (active == Vector256<double>.Zero)
                {
                    return result;
                }
            }

            if (k > 4 * BuyTillYouDieKernels.MaxSeriesTerms)
            {
                return Vector256.ConditionalSelect(active, sum, result);
            }
        }
    }
}
