namespace CustomerValue.Lifetime;

/// <summary>
/// BG/BB histories compressed to distinct (x, tₓ, n) rows with summed weights, in canonical order (by n, then x, then tₓ),
/// so that fits cost time per distinct row and do not depend on the order of the input. Rows of weight 0 are dropped.
/// </summary>
internal sealed class BgBbTable
{
    private BgBbTable(int[] x, int[] tx, int[] n, double[] weight)
    {
        X = x;
        Tx = tx;
        N = n;
        Weight = weight;
        foreach (double w in weight)
        {
            TotalWeight += w;
        }
    }

    public int[] X { get; }

    public int[] Tx { get; }

    public int[] N { get; }

    public double[] Weight { get; }

    public double TotalWeight { get; }

    public int Rows => X.Length;

    public static BgBbTable From(ReadOnlySpan<BgBbHistory> histories, string parameterName)
    {
        var rows = new List<BgBbHistory>(histories.Length);
        for (int i = 0; i < histories.Length; i++)
        {
            BgBbHistory h = histories[i];
            try
            {
                BgBbHistory.Check(h.Frequency, h.Recency, h.Opportunities, h.Weight);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new ArgumentException($"History {i}: {e.Message}", parameterName, e);
            }

            if (h.Weight > 0)
            {
                rows.Add(h);
            }
        }

        rows.Sort(static (a, b) =>
        {
            int c = a.Opportunities.CompareTo(b.Opportunities);
            c = c != 0 ? c : a.Frequency.CompareTo(b.Frequency);
            return c != 0 ? c : a.Recency.CompareTo(b.Recency);
        });

        var xs = new List<int>(rows.Count);
        var txs = new List<int>(rows.Count);
        var ns = new List<int>(rows.Count);
        var ws = new List<double>(rows.Count);
        foreach (BgBbHistory h in rows)
        {
            int last = xs.Count - 1;
            if (last >= 0 && xs[last] == h.Frequency && txs[last] == h.Recency && ns[last] == h.Opportunities)
            {
                ws[last] += h.Weight;
                continue;
            }

            xs.Add(h.Frequency);
            txs.Add(h.Recency);
            ns.Add(h.Opportunities);
            ws.Add(h.Weight);
        }

        return new BgBbTable(xs.ToArray(), txs.ToArray(), ns.ToArray(), ws.ToArray());
    }
}
