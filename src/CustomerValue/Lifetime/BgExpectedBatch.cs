using System.Runtime.Intrinsics;

namespace CustomerValue.Lifetime;

/// <summary>
/// <see cref="BuyTillYouDieKernels.BgExpected"/> for four customers at once: the same positive series, summed in the four
/// lanes of a <see cref="Vector256{T}"/> with the same operations in the same order, so each lane's result is bit for bit
/// the scalar one. A lane stops contributing once its own stopping rule holds; the loop ends when every lane has stopped.
/// </summary>
/// <remarks>
/// Lanes the vector loop would serve badly are computed by the scalar kernel instead (<see cref="IsVectorLane"/>): a
/// start that underflows (log P(N = 0) ≤ <see cref="BuyTillYouDieKernels.LinearStart"/>, which the scalar kernel begins
/// in log space), a series estimated to need more than <see cref="VectorTermLimit"/> terms (it would hold the other
/// three lanes back), or a + b so large that the scalar kernel scales it. Without hardware acceleration every lane is
/// scalar.
/// </remarks>
internal static class BgExpectedBatch
{
    /// <summary>Customers per call.</summary>
    public const int Width = 4;

    /// <summary>A lane whose series is estimated to need this many terms or more is summed on its own.</summary>
    public const double VectorTermLimit = 1000;

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

        // Lanes left to the scalar kernel get a neutral start (r = 0: every term is 0) that stops at the first check.
        Span<double> z = stackalloc double[Width];
        Span<double> probability = stackalloc double[Width];
        Span<double> rate = stackalloc double[Width];
        Span<double> beta = stackalloc double[Width];
        Span<bool> scalar = stackalloc bool[Width];
        for (int lane = 0; lane < Width; lane++)
        {
            BuyTillYouDieKernels.SeriesStart(r[lane], alpha[lane], t, out double laneZ, out double logP, out double terms);
            scalar[lane] = !IsVectorLane(a + b[lane], logP, terms);
            z[lane] = scalar[lane] ? 0.5 : laneZ;
            probability[lane] = scalar[lane] ? 1 : Math.Exp(logP);
            rate[lane] = scalar[lane] ? 0 : r[lane];
            beta[lane] = scalar[lane] ? 1 : b[lane];
        }

        Vector256<double> sums = Sum(Vector256.Create(rate), Vector256.Create(z), Vector256.Create(probability), a, Vector256.Create(beta), default, default, default, out _);
        for (int lane = 0; lane < Width; lane++)
        {
            destination[lane] = scalar[lane] ? BuyTillYouDieKernels.BgExpected(r[lane], alpha[lane], a, b[lane], t) : sums[lane];
        }
    }

    /// <summary>
    /// Whether a series is summed in a vector lane: it starts directly (not in log space), is estimated to need fewer than
    /// <see cref="VectorTermLimit"/> terms, and a + b is below <see cref="BuyTillYouDieKernels.UnscaledLimit"/>.
    /// </summary>
    /// <param name="ab">a + b.</param>
    /// <param name="logP">log P(N = 0).</param>
    /// <param name="terms">The estimated number of terms.</param>
    private static bool IsVectorLane(double ab, double logP, double terms) =>
        terms < VectorTermLimit && logP > BuyTillYouDieKernels.LinearStart && ab < BuyTillYouDieKernels.UnscaledLimit;

    /// <summary>
    /// The series loop of <see cref="BuyTillYouDieKernels.BgExpected"/> from its first term, lane-wise, with the
    /// operations of its scalar loop in the same order (see there for the recursions), for lanes whose a + b is below
    /// <see cref="BuyTillYouDieKernels.UnscaledLimit"/> (the scalar loop scales beyond).
    /// </summary>
    /// <param name="r">Four values of r.</param>
    /// <param name="z">Four values of z = t/(α + t).</param>
    /// <param name="probability">Four values of P(N = 0).</param>
    /// <param name="a">The shared a.</param>
    /// <param name="b">Four values of b.</param>
    /// <param name="limit">
    /// Used only with <paramref name="terms"/>: a lane still summing after this many terms gives up and returns NaN, so
    /// that the loop writes no index beyond the largest limit + 3.
    /// </param>
    /// <param name="probabilities">Empty, or receives P(N = k) at [k] for each k ≥ 1 the loop runs, 0 in a lane after it has stopped.</param>
    /// <param name="terms">Empty, or receives the k-th term P(N = k) W_k at [k], like <paramref name="probabilities"/>.</param>
    /// <param name="count">The number of terms the loop ran (the last index written).</param>
    /// <returns>The four sums.</returns>
    public static Vector256<double> Sum(
        Vector256<double> r, Vector256<double> z, Vector256<double> probability, double a, Vector256<double> b,
        Vector256<double> limit, Span<Vector256<double>> probabilities, Span<Vector256<double>> terms, out int count)
    {
        bool record = !terms.IsEmpty;
        Vector256<double> one = Vector256<double>.One;
        Vector256<double> two = Vector256.Create(2.0), three = Vector256.Create(3.0);
        Vector256<double> ab = Vector256.Create(a) + b;
        Vector256<double> w = one;
        Vector256<double> cumulative = Vector256<double>.Zero;
        Vector256<double> sum = Vector256<double>.Zero;
        Vector256<double> result = Vector256<double>.Zero;
        Vector256<double> active = Vector256<double>.AllBitsSet;
        for (int k = 1; ; k += 4)
        {
            // As BuyTillYouDieKernels.BgSeries with scale 1 (these lanes have a + b below UnscaledLimit); the offsets are
            // whole numbers, so j0 + 1 is exactly k.
            Vector256<double> j0 = Vector256.Create((double)(k - 1)), j1 = j0 + one, j2 = j0 + two, j3 = j0 + three;
            Vector256<double> d0 = ab + j0, d1 = ab + j1, d2 = ab + j2, d3 = ab + j3;
            Vector256<double> d01 = d0 * d1, d23 = d2 * d3;
            Vector256<double> inverse = one / (d01 * d23);
            Vector256<double> inverse01 = d23 * inverse, inverse23 = d01 * inverse;

            Vector256<double> p0 = probability * ((r + j0) * (z * Vector256.Create(BuyTillYouDieKernels.Reciprocal(k))));
            Vector256<double> c0 = cumulative + w;
            w *= (b + j0) * (d1 * inverse01);
            sum = Vector256.FusedMultiplyAdd(p0, c0, sum);

            Vector256<double> p1 = p0 * ((r + j1) * (z * Vector256.Create(BuyTillYouDieKernels.Reciprocal(k + 1))));
            Vector256<double> c1 = c0 + w;
            w *= (b + j1) * (d0 * inverse01);
            sum = Vector256.FusedMultiplyAdd(p1, c1, sum);

            Vector256<double> p2 = p1 * ((r + j2) * (z * Vector256.Create(BuyTillYouDieKernels.Reciprocal(k + 2))));
            Vector256<double> c2 = c1 + w;
            w *= (b + j2) * (d3 * inverse23);
            sum = Vector256.FusedMultiplyAdd(p2, c2, sum);

            probability = p2 * ((r + j3) * (z * Vector256.Create(BuyTillYouDieKernels.Reciprocal(k + 3))));
            cumulative = c2 + w;
            w *= (b + j3) * (d2 * inverse23);
            sum = Vector256.FusedMultiplyAdd(probability, cumulative, sum);
            Vector256<double> term = probability * cumulative;
            if (record)
            {
                // A lane that has stopped carries probability 0 (below), so its later entries are 0.
                probabilities[k] = p0;
                probabilities[k + 1] = p1;
                probabilities[k + 2] = p2;
                probabilities[k + 3] = probability;
                terms[k] = p0 * c0;
                terms[k + 1] = p1 * c1;
                terms[k + 2] = p2 * c2;
                terms[k + 3] = term;
            }

            // BuyTillYouDieKernels.TailIsNegligible, lane-wise.
            Vector256<double> n = Vector256.Create((double)(k + 3));
            Vector256<double> q = (r + n) * z;
            Vector256<double> stopped = Vector256.LessThan(q, n)
                & Vector256.LessThanOrEqual(term * q, Vector256.Create(1e-16) * sum * (n - q))
                & active;
            result = Vector256.ConditionalSelect(stopped, sum, result);
            active = Vector256.AndNot(active, stopped);
            if (record)
            {
                Vector256<double> over = Vector256.GreaterThanOrEqual(n, limit) & active;
                result = Vector256.ConditionalSelect(over, Vector256.Create(double.NaN), result);
                active = Vector256.AndNot(active, over);
                probability &= active;
            }

            count = k + 3;
            if (active == Vector256<double>.Zero)
            {
                return result;
            }

            if (k > 4 * BuyTillYouDieKernels.MaxSeriesTerms)
            {
                return Vector256.ConditionalSelect(active, sum, result);
            }
        }
    }
}
