using System.Globalization;

namespace CustomerValue;

/// <summary>Persisting a history: its per-period totals out, and an exact history back from them.</summary>
public sealed partial class CustomerHistory
{
    /// <summary>The accumulated totals, one per period that had a transaction, ordered by period index.</summary>
    /// <returns>A new list; the history is not changed.</returns>
    public IReadOnlyList<CustomerPeriodTotals> ToPeriodTotals()
    {
        var totals = new List<CustomerPeriodTotals>(_periods.Count);
        foreach ((long index, PeriodTotals period) in _periods)
        {
            totals.Add(new CustomerPeriodTotals(index, period.Purchases, period.Amount));
        }

        totals.Sort(static (x, y) => x.PeriodIndex.CompareTo(y.PeriodIndex));
        return totals;
    }

    /// <summary>
    /// Rebuilds a history from persisted totals (<see cref="ToPeriodTotals"/>) and its transaction count: the result
    /// summarises, splits and merges exactly as the history that was persisted.
    /// </summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <param name="period">The aggregation period the totals were accumulated by.</param>
    /// <param name="totals">The totals; each period index at most once, purchases 0 or more.</param>
    /// <param name="transactionCount">Transactions accumulated; at least the total number of purchases.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="totals"/> is null.</exception>
    /// <exception cref="ArgumentException">A period index repeats, or <paramref name="customerId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A purchase count is negative, the transaction count is below the purchases, or <paramref name="period"/> is undefined.</exception>
    public static CustomerHistory FromPeriodTotals(string customerId, TimePeriod period, IEnumerable<CustomerPeriodTotals> totals, long transactionCount)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var history = new CustomerHistory(customerId, period);
        long purchases = 0;
        foreach (CustomerPeriodTotals entry in totals)
        {
            if (entry.Purchases < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(totals), entry.Purchases, string.Create(CultureInfo.InvariantCulture, $"Customer '{customerId}': period {entry.PeriodIndex} has a negative purchase count."));
            }

            if (!history._periods.TryAdd(entry.PeriodIndex, new PeriodTotals(entry.Purchases, entry.Amount)))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Customer '{customerId}': period {entry.PeriodIndex} appears more than once."), nameof(totals));
            }

            purchases += entry.Purchases;
        }

        if (transactionCount < purchases)
        {
            throw new ArgumentOutOfRangeException(nameof(transactionCount), transactionCount, string.Create(CultureInfo.InvariantCulture, $"Customer '{customerId}': {transactionCount} transactions cannot hold {purchases} purchases."));
        }

        history.TransactionCount = transactionCount;
        return history;
    }
}
