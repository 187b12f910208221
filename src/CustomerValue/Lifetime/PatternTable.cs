namespace CustomerValue.Lifetime;

/// <summary>
/// Compressed (frequency, recency, T, count) rows in canonical order — sorted by frequency, recency, T, with duplicates
/// merged — grouped by frequency so that the Gamma-function terms are computed once per distinct frequency. Summing the
/// likelihood over this table makes fits independent of the order of the input rows.
/// </summary>
internal sealed class PatternTable
{
    private PatternTable(int[] x, double[] tx, double[] t, double[] weight, int[] groupStart, int customers)
    {
        X = x;
        Tx = tx;
        T = t;
        Weight = weight;
        GroupStart = groupStart;
        Customers = customers;
    }

    public int[] X { get; }

    public double[] Tx { get; }

    public double[] T { get; }

    public double[] Weight { get; }

    /// <summary>Start index of each run of equal frequency, plus a final entry equal to the row count.</summary>
    public int[] GroupStart { get; }

    public int Customers { get; }

    public int Rows => X.Length;

    public static PatternTable FromCustomers(ReadOnlySpan<CustomerSummary> customers) => FromPatterns(SummaryPatterns.Compress(customers), "customers");

    public static PatternTable FromPatterns(IReadOnlyList<SummaryPattern> patterns, string parameterName = "patterns")
    {
        ArgumentNullException.ThrowIfNull(patterns, parameterName);
        var rows = new List<SummaryPattern>(patterns.Count);
        for (int i = 0; i < patterns.Count; i++)
        {
            SummaryPattern p = patterns[i];
            if (p.Count < 1)
            {
                throw new ArgumentException($"Pattern {i}: the count must be at least 1, but was {p.Count}.", parameterName);
            }

            Validation.History(p.Frequency, p.Recency, p.T, parameterName, i);
            rows.Add(p);
        }

        rows.Sort(static (x, y) =>
        {
            int c = x.Frequency.CompareTo(y.Frequency);
            c = c != 0 ? c : x.Recency.CompareTo(y.Recency);
            return c != 0 ? c : x.T.CompareTo(y.T);
        });

        var xs = new List<int>(rows.Count);
        var txs = new List<double>(rows.Count);
        var ts = new List<double>(rows.Count);
        var ws = new List<double>(rows.Count);
        var groups = new List<int>();
        long customers = 0;
        foreach (SummaryPattern p in rows)
        {
            customers += p.Count;
            int last = xs.Count - 1;
            if (last >= 0 && xs[last] == p.Frequency && txs[last] == p.Recency && ts[last] == p.T)
            {
                ws[last] += p.Count;
                continue;
            }

            if (last < 0 || xs[last] != p.Frequency)
            {
                groups.Add(xs.Count);
            }

            xs.Add(p.Frequency);
            txs.Add(p.Recency);
            ts.Add(p.T);
            ws.Add(p.Count);
        }

        groups.Add(xs.Count);
        if (customers > int.MaxValue)
        {
            throw new ArgumentException($"At most {int.MaxValue} customers can be fitted at once.", parameterName);
        }

        return new PatternTable(xs.ToArray(), txs.ToArray(), ts.ToArray(), ws.ToArray(), groups.ToArray(), (int)customers);
    }
}
