using CustomerValue.Segmentation;

namespace CustomerValue.Orleans;

/// <summary>
/// Computes the exact value distribution from the partitions' snapshots by distributed counting: only counts, sums and the
/// ids of customers tied at a boundary value cross to the aggregator.
/// </summary>
/// <remarks>
/// <para>
/// Ranking is by value, highest first, equal values in natural id order, as in <see cref="TierStrategy"/> and
/// <see cref="ConcentrationStrategy"/>. The customer at rank r is found in two steps: its value v is the smallest value with at
/// most r values above it, found by bisection over the doubles' order-preserving 64-bit keys (at most 64 rounds, all ranks at
/// once, each round one count per partition); then, with a values above v, it is the (r − a)-th id in natural order among the
/// customers valued exactly v, and each partition sends at most r − a + 1 of those ids.
/// </para>
/// <para>
/// The decile of rank r is the number of cut points c of <see cref="TierOptions.CustomerDeciles"/> with c ≤ r / n, so each
/// decile starts at the first rank r with c ≤ r / n. The Pareto share is that of <see cref="ConcentrationAnalysis.ShareOfTop"/>:
/// with k = min(n − 1, ⌊(1 − s) n⌋), it interpolates the Lorenz curve between the sums of the k and k + 1 lowest values, each
/// the sum of the values ranked at or after a rank found as above.
/// </para>
/// </remarks>
internal sealed class ValueDistributionBuilder(IReadOnlyList<ICustomerPartitionGrain> partitions, Guid snapshot)
{
    public async Task<ValueDistribution> BuildAsync()
    {
        PartitionValues[] parts = await Task.WhenAll(partitions.Select(p => p.SnapshotValuesAsync(snapshot)));
        TierOptions deciles = TierOptions.CustomerDeciles;
        double topCustomerShare = ConcentrationStrategy.Default.TopCustomerShare;
        long n = 0;
        double total = 0;
        long lowest = long.MaxValue, highest = long.MinValue;
        foreach (PartitionValues part in parts.Where(static p => p.Count > 0))
        {
            n += part.Count;
            total += part.Sum;
            lowest = Math.Min(lowest, RankKey.ToOrdered(part.Min));
            highest = Math.Max(highest, RankKey.ToOrdered(part.Max));
        }

        if (n == 0)
        {
            return new ValueDistribution(0, 0, topCustomerShare, 0, deciles.Names, []);
        }

        var starts = new List<(string Segment, long Rank)>();
        for (int j = 0; j < deciles.CutPoints.Count; j++)
        {
            long rank = FirstRankFrom(deciles.CutPoints[j], n);
            if (rank < n)
            {
                starts.Add((deciles.Names[j + 1], rank));
            }
        }

        double position = (1 - topCustomerShare) * n;
        long k = Math.Min(n - 1, (long)Math.Floor(position));
        long[] ranks = [.. starts.Select(static s => s.Rank).Append(n - k - 1).Concat(k > 0 ? [n - k] : []).Distinct()];
        Dictionary<long, (double Value, string Id)> keys = await SelectAsync(ranks, lowest, highest);

        // The k lowest values are those ranked at or after rank n − k; the k + 1 lowest, at or after n − k − 1.
        (double Value, string Id)[] lorenzKeys = k > 0 ? [keys[n - k], keys[n - k - 1]] : [keys[n - k - 1]];
        double[] sums = await SumFromAsync(lorenzKeys);
        double lowK = k > 0 ? sums[0] : 0;
        double lowNext = sums[^1];
        double below = Lorenz(k, lowK, total, n) + ((position - k) * (Lorenz(k + 1, lowNext, total, n) - Lorenz(k, lowK, total, n)));
        double topValueShare = Math.Clamp(1 - below, 0, 1);

        DecileBoundary[] boundaries = [.. starts.Select(s => new DecileBoundary(s.Segment, s.Rank, keys[s.Rank].Id, keys[s.Rank].Value))];
        return new ValueDistribution(n, total, topCustomerShare, topValueShare, deciles.Names, boundaries);
    }

    /// <summary>The first 0-based rank r with <paramref name="cut"/> ≤ r / n (n when there is none), in the doubles TierStrategy compares.</summary>
    private static long FirstRankFrom(double cut, long n)
    {
        long rank = Math.Max(0, (long)Math.Floor(cut * n) - 1);
        while (rank < n && cut > (double)rank / n)
        {
            rank++;
        }

        return rank;
    }

    /// <summary>The Lorenz curve at k of n: 0 at 0, 1 at n, the share of the k lowest values in between (k / n when the total is 0).</summary>
    private static double Lorenz(long k, double lowestSum, double total, long n)
    {
        if (k == 0)
        {
            return 0;
        }

        if (k == n)
        {
            return 1;
        }

        return Math.Min(1, total > 0 ? lowestSum / total : (double)k / n);
    }

    /// <summary>The (value, id) of the customer at each rank.</summary>
    private async Task<Dictionary<long, (double Value, string Id)>> SelectAsync(long[] ranks, long lowest, long highest)
    {
        long[] low = [.. ranks.Select(_ => lowest)];
        long[] high = [.. ranks.Select(_ => highest)];
        while (true)
        {
            int[] open = [.. Enumerable.Range(0, ranks.Length).Where(i => low[i] < high[i])];
            if (open.Length == 0)
            {
                break;
            }

            long[] middles = [.. open.Select(i => (low[i] >> 1) + (high[i] >> 1) + (low[i] & high[i] & 1))];
            long[] above = await CountAboveAsync([.. middles.Select(RankKey.FromOrdered)]);
            for (int j = 0; j < open.Length; j++)
            {
                // Smallest value with at most r values above it: the value at rank r.
                if (above[j] <= ranks[open[j]])
                {
                    high[open[j]] = middles[j];
                }
                else
                {
                    low[open[j]] = middles[j] + 1;
                }
            }
        }

        double[] values = [.. low.Select(RankKey.FromOrdered)];
        long[] aboveValue = await CountAboveAsync(values);
        var keys = new Dictionary<long, (double Value, string Id)>(ranks.Length);
        for (int i = 0; i < ranks.Length; i++)
        {
            int position = checked((int)(ranks[i] - aboveValue[i]));
            string[][] tied = await Task.WhenAll(partitions.Select(p => p.TiedIdsAsync(snapshot, values[i], position + 1)));
            string[] merged = [.. tied.SelectMany(static t => t).Order(CustomerIdComparer.Instance)];
            keys[ranks[i]] = (values[i], merged[position]);
        }

        return keys;
    }

    /// <summary>Per threshold, the number of values above it over all partitions.</summary>
    private async Task<long[]> CountAboveAsync(double[] thresholds)
    {
        long[][] counts = await Task.WhenAll(partitions.Select(p => p.CountAboveAsync(snapshot, thresholds)));
        return [.. Enumerable.Range(0, thresholds.Length).Select(i => counts.Sum(c => c[i]))];
    }

    /// <summary>Per rank key, the sum over all partitions of the values ranked at or after it.</summary>
    private async Task<double[]> SumFromAsync((double Value, string Id)[] keys)
    {
        double[] values = [.. keys.Select(static k => k.Value)];
        string[] ids = [.. keys.Select(static k => k.Id)];
        double[][] sums = await Task.WhenAll(partitions.Select(p => p.SumFromAsync(snapshot, values, ids)));
        return [.. Enumerable.Range(0, keys.Length).Select(i => sums.Sum(s => s[i]))];
    }
}
