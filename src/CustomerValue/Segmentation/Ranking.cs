namespace CustomerValue.Segmentation;

/// <summary>
/// The ranking and tie rules shared by the strategies: rank by value, highest first, ties in natural id order; quantile
/// scores with tied values sharing one score; tiers cut by customer share or by cumulative value share.
/// </summary>
internal static class Ranking
{
    /// <summary>Relative slack when comparing a cumulative value share with a cut point, to absorb rounding of the running sum.</summary>
    private const double ShareTolerance = 1e-12;

    /// <summary>Customer indices by value, highest first; equal values in natural id order (<paramref name="idRank"/>).</summary>
    public static int[] ByValueDescending(double[] values, int[] idRank)
    {
        int[] order = CustomerOrder.Identity(values.Length);
        order.AsSpan().Sort(new DescendingComparer(values, idRank));
        return order;
    }

    /// <summary>
    /// Quantile scores 1..<paramref name="levels"/>, higher for higher values. A value with b customers below it and e
    /// customers equal to it (itself included) has mid-rank share p = (b + e / 2) / n and scores ⌈levels · p⌉, so tied
    /// customers share one score and n distinct values fill the scores as evenly as possible. Exact integer arithmetic.
    /// </summary>
    public static int[] QuantileScores(double[] values, int levels)
    {
        int n = values.Length;
        double[] keys = [.. values];
        int[] index = CustomerOrder.Identity(n);
        Array.Sort(keys, index);
        var scores = new int[n];
        long twiceN = 2L * n;
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            long numerator = levels * ((2L * start) + (end - start));
            int score = (int)Math.Max(1, (numerator + twiceN - 1) / twiceN);
            for (int j = start; j < end; j++)
            {
                scores[index[j]] = score;
            }

            start = end;
        }

        return scores;
    }

    /// <summary>
    /// Tier of each customer when <paramref name="rankOrder"/> is cut at shares of the customers: the customer at 0-based
    /// rank r is in the tier whose interval holds r / n (the share of customers ranked before it), that is, the number of
    /// cut points at or below r / n.
    /// </summary>
    public static int[] TiersByCustomerShare(int[] rankOrder, double[] cutPoints)
    {
        int n = rankOrder.Length;
        var tiers = new int[n];
        int tier = 0;
        for (int r = 0; r < n; r++)
        {
            double before = (double)r / n;
            while (tier < cutPoints.Length && cutPoints[tier] <= before)
            {
                tier++;
            }

            tiers[rankOrder[r]] = tier;
        }

        return tiers;
    }

    /// <summary>
    /// Tier of each customer when <paramref name="rankOrder"/> is cut at shares of the total value (values 0 or more): a
    /// customer is in the tier whose interval holds the value share of the customers ranked before it (up to rounding); when
    /// the total is 0 every customer is in the last tier.
    /// </summary>
    public static int[] TiersByValueShare(int[] rankOrder, double[] values, double[] cutPoints)
    {
        int n = rankOrder.Length;
        double total = 0;
        foreach (int i in rankOrder)
        {
            total += values[i];
        }

        var tiers = new int[n];
        int tier = 0;
        double cumulative = 0;
        for (int r = 0; r < n; r++)
        {
            int i = rankOrder[r];
            double before = total > 0 ? cumulative / total : 1.0;
            while (tier < cutPoints.Length && cutPoints[tier] <= before + ShareTolerance)
            {
                tier++;
            }

            tiers[i] = tier;
            cumulative += values[i];
        }

        return tiers;
    }

    private readonly struct DescendingComparer(double[] values, int[] idRank) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            int byValue = values[y].CompareTo(values[x]);
            return byValue != 0 ? byValue : idRank[x].CompareTo(idRank[y]);
        }
    }
}
