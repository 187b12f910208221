using FsCheck.Xunit;

namespace CustomerValue.Tests.Summaries;

/// <summary>Persisting a history as its per-period totals and rebuilding it loses nothing.</summary>
public sealed class CustomerHistorySnapshotTests
{
    private static readonly DateTime Start = new(2024, 1, 1);

    private static CustomerHistory RandomHistory(int seed, TimePeriod period)
    {
        var random = new Random(seed);
        var history = new CustomerHistory("c1", period);
        int rows = 1 + random.Next(40);
        for (int i = 0; i < rows; i++)
        {
            decimal amount = random.Next(-30, 200) + (random.Next(100) / 100m);
            history.Add(new Transaction("c1", Start.AddDays(random.Next(300)).AddHours(random.Next(24)), amount));
        }

        return history;
    }

    [Property(MaxTest = 200)]
    public void A_rebuilt_history_summarises_splits_and_merges_like_the_original(int seed, bool weekly)
    {
        TimePeriod period = weekly ? TimePeriod.Week : TimePeriod.Day;
        CustomerHistory original = RandomHistory(seed, period);
        IReadOnlyList<CustomerPeriodTotals> totals = original.ToPeriodTotals();
        CustomerHistory rebuilt = CustomerHistory.FromPeriodTotals("c1", period, totals, original.TransactionCount);

        Assert.Equal(original.TransactionCount, rebuilt.TransactionCount);
        Assert.Equal(totals, rebuilt.ToPeriodTotals());
        Assert.True(totals.Zip(totals.Skip(1)).All(p => p.First.PeriodIndex < p.Second.PeriodIndex));
        DateTime end = Start.AddDays(320);
        Assert.Equal(CustomerSummarizer.Summarize(original, end, TimePeriod.Week), CustomerSummarizer.Summarize(rebuilt, end, TimePeriod.Week));
        Assert.Equal(CustomerSummarizer.Split(original, Start.AddDays(150), end, TimePeriod.Week), CustomerSummarizer.Split(rebuilt, Start.AddDays(150), end, TimePeriod.Week));

        CustomerHistory other = RandomHistory(seed + 1, period);
        original.Merge(other);
        rebuilt.Merge(other);
        Assert.Equal(original.ToPeriodTotals(), rebuilt.ToPeriodTotals());
    }

    [Fact]
    public void Bad_totals_are_refused_with_the_period_named()
    {
        CustomerPeriodTotals[] repeated = [new(3, 1, 10m), new(3, 1, 5m)];
        Assert.Contains("period 3 appears more than once", Assert.Throws<ArgumentException>("totals", () => CustomerHistory.FromPeriodTotals("c", TimePeriod.Day, repeated, 2)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("totals", () => CustomerHistory.FromPeriodTotals("c", TimePeriod.Day, [new(3, -1, 10m)], 2));
        Assert.Throws<ArgumentOutOfRangeException>("transactionCount", () => CustomerHistory.FromPeriodTotals("c", TimePeriod.Day, [new(3, 2, 10m)], 1));
        Assert.Throws<ArgumentNullException>("totals", () => CustomerHistory.FromPeriodTotals("c", TimePeriod.Day, null!, 1));
    }
}
