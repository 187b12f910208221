using FsCheck;
using FsCheck.Xunit;

namespace CustomerValue.Tests.Summaries;

/// <summary>Invariants of summaries over random logs (the log is drawn from the FsCheck-supplied seed).</summary>
public sealed class SummaryProperties
{
    private static readonly DateTime Start = new(2024, 1, 1);
    private static readonly SummaryOptions Options = new(Start.AddDays(200)) { Unit = TimePeriod.Week, CalibrationEnd = Start.AddDays(120) };

    private static List<Transaction> RandomLog(int seed, int size)
    {
        var random = new Random(seed);
        var log = new List<Transaction>();
        int rows = random.Next(size * 4 + 1);
        for (int i = 0; i < rows; i++)
        {
            decimal amount = random.Next(-20, 200) + (random.Next(100) / 100m);
            log.Add(new Transaction($"c{random.Next(1 + (size / 3))}", Start.AddDays(random.Next(230)).AddMinutes(random.Next(1440)), amount, random.Next(1, 4), $"p{random.Next(5)}"));
        }

        return log;
    }

    private static CustomerSummaryBuilder Build(IEnumerable<Transaction> log)
    {
        var builder = new CustomerSummaryBuilder();
        builder.AddRange(log);
        return builder;
    }

    [Property(MaxTest = 200)]
    public bool Merging_chunks_in_any_grouping_equals_the_summary_of_the_whole(int seed, PositiveInt size, PositiveInt chunks)
    {
        List<Transaction> log = RandomLog(seed, size.Get % 60);
        var random = new Random(seed ^ 0x5bd1e995);
        var parts = Enumerable.Range(0, 1 + (chunks.Get % 6)).Select(_ => new List<Transaction>()).ToList();
        foreach (Transaction t in log)
        {
            parts[random.Next(parts.Count)].Add(t);
        }

        // Merge right to left, then compare with one builder over the whole log.
        CustomerSummaryBuilder merged = Build(parts[^1]);
        for (int i = parts.Count - 2; i >= 0; i--)
        {
            CustomerSummaryBuilder left = Build(parts[i]);
            left.Merge(merged);
            merged = left;
        }

        CustomerSummaryBuilder whole = Build(log);
        return merged.Build(Options).Customers.SequenceEqual(whole.Build(Options).Customers)
            && merged.BuildCalibrationHoldout(Options).Customers.SequenceEqual(whole.BuildCalibrationHoldout(Options).Customers)
            && merged.TransactionCount == log.Count;
    }

    [Property(MaxTest = 200)]
    public bool Row_order_does_not_matter(int seed, PositiveInt size)
    {
        List<Transaction> log = RandomLog(seed, size.Get % 60);
        List<Transaction> shuffled = [.. log];
        new Random(seed + 1).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        return Build(log).Build(Options).Customers.SequenceEqual(Build(shuffled).Build(Options).Customers);
    }

    [Property(MaxTest = 200)]
    public bool Recency_is_at_most_T_frequency_is_never_negative_and_every_buyer_is_accounted_for(int seed, PositiveInt size)
    {
        List<Transaction> log = RandomLog(seed, size.Get % 60);
        CustomerSummarySet set = Build(log).Build(Options);
        int customers = log.Select(t => t.CustomerId).Distinct().Count();
        return set.Customers.All(c => c.Frequency >= 0 && c.Recency >= 0 && c.Recency <= c.T)
            && set.Customers.Count + set.CustomersStartingAfterEnd + set.CustomersWithoutPurchases == customers
            && set.Customers.Select(c => c.CustomerId).Distinct().Count() == set.Customers.Count;
    }

    [Property(MaxTest = 100)]
    public bool Compressed_counts_add_up_to_the_customers(int seed, PositiveInt size)
    {
        CustomerSummary[] customers = [.. Build(RandomLog(seed, size.Get % 60)).Build(Options).Customers];
        return SummaryPatterns.Compress(customers).Sum(p => p.Count) == customers.Length;
    }

    [Property(MaxTest = 100)]
    public bool Yearly_activity_merges_exactly_and_keeps_the_spend_total(int seed, PositiveInt size)
    {
        List<Transaction> log = RandomLog(seed, size.Get % 60);
        var whole = new YearlyActivityBuilder();
        whole.AddRange(log);
        var first = new YearlyActivityBuilder();
        var second = new YearlyActivityBuilder();
        first.AddRange(log.Where((_, i) => i % 2 == 0));
        second.AddRange(log.Where((_, i) => i % 2 == 1));
        second.Merge(first);
        IReadOnlyList<YearlyActivity> rows = whole.Build();
        return rows.SequenceEqual(second.Build()) && rows.Sum(r => r.Spend) == log.Sum(t => t.Amount);
    }
}
