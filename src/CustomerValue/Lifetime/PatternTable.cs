namespace CustomerValue.Lifetime;

/// <summary>
/// Compressed (frequency, recency, T, count) rows in canonical order — sorted by frequency, recency, T, with duplicates
/// merged — grouped by frequency so that the Gamma-function terms are computed once per distinct frequency. Summing the
/// likelihood over this table makes fits independent of the order of the input rows. The distinct ages and recencies are
/// indexed too, so that terms depending only on T (or only on tₓ), such as log(α + T), are computed once per distinct
/// value: real data have few distinct ages (whole days), far fewer than rows.
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
        (Ages, AgeIndex) = Distinct(t);
        (Recencies, RecencyIndex) = Distinct(tx);
    }

    public int[] X { get; }

    public double[] Tx { get; }

    public double[] T { get; }

    public double[] Weight { get; }

    /// <summary>Start index of each run of equal frequency, plus a final entry equal to the row count.</summary>
    public int[] GroupStart { get; }

    public int Customers { get; }

    /// <summary>The distinct values of T, ascending.</summary>
    public double[] Ages { get; }

    /// <summary>For each row, the index of its T in <see cref="Ages"/>.</summary>
    public int[] AgeIndex { get; }

    /// <summary>The distinct values of tₓ, ascending.</summary>
    public double[] Recencies { get; }

    /// <summary>For each row, the index of its tₓ in <see cref="Recencies"/>.</summary>
    public int[] RecencyIndex { get; }

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

    /// <summary>The sorted distinct values of <paramref name="values"/> and, for each value, its index among them.</summary>
    private static (double[] Distinct, int[] Index) Distinct(double[] values)
    {
        double[] sorted = (double[])values.Clone();
        Array.Sort(sorted);
        int count = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (count == 0 || sorted[i] != sorted[count - 1])
            {
                sorted[count++] = sorted[i];
            }
        }

        double[] distinct = sorted[..count];
        int[] index = new int[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            index[i] = Array.BinarySearch(distinct, values[i]);
        }

        return (distinct, index);
    }
}
