namespace CustomerValue;

/// <summary>Compresses customer summaries into distinct (frequency, recency, T) rows with counts.</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class SummaryPatterns
{
    /// <summary>
    /// The distinct (frequency, recency, T) rows of <paramref name="customers"/> with the number of customers sharing each,
    /// ordered by frequency, then recency, then T. Counts add up to the number of customers.
    /// </summary>
    public static IReadOnlyList<SummaryPattern> Compress(ReadOnlySpan<CustomerSummary> customers)
    {
        var counts = new Dictionary<(int Frequency, double Recency, double T), int>();
        foreach (ref readonly CustomerSummary customer in customers)
        {
            var key = (customer.Frequency, customer.Recency, customer.T);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var patterns = new List<SummaryPattern>(counts.Count);
        foreach (((int frequency, double recency, double t), int count) in counts)
        {
            patterns.Add(new SummaryPattern(frequency, recency, t, count));
        }

        patterns.Sort(static (x, y) =>
        {
            int c = x.Frequency.CompareTo(y.Frequency);
            c = c != 0 ? c : x.Recency.CompareTo(y.Recency);
            return c != 0 ? c : x.T.CompareTo(y.T);
        });
        return patterns;
    }
}
