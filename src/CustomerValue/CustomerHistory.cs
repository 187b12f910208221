namespace CustomerValue;

/// <summary>
/// A mergeable accumulator of one customer's transactions, bucketed by aggregation period: the per-period purchase
/// count and net amount. Merging is associative and commutative and exact (amounts are <see cref="decimal"/>), so a
/// log cut into any chunks, accumulated chunk by chunk and merged gives exactly the history of the whole log.
/// </summary>
/// <remarks>
/// Not thread-safe: accumulate on one thread, or one history per thread and <see cref="Merge"/> them.
/// <para>Returns rule: a transaction with a negative amount is a return. It never makes a purchase occasion, so it
/// does not change frequency, recency or T. Its amount is netted into the spend of the latest purchase period at or
/// before it (or of the first purchase period when it precedes every purchase), so total spend is preserved.</para>
/// </remarks>
public sealed partial class CustomerHistory
{
    private readonly Dictionary<long, PeriodTotals> _periods = [];

    /// <summary>Creates an empty history for a customer.</summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <param name="period">The aggregation period of the buckets.</param>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not a defined value.</exception>
    public CustomerHistory(string customerId, TimePeriod period)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        if (!Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown time period.");
        }

        CustomerId = customerId;
        Period = period;
    }

    /// <summary>The customer's identifier.</summary>
    public string CustomerId { get; }

    /// <summary>The aggregation period of the buckets.</summary>
    public TimePeriod Period { get; }

    /// <summary>Transactions accumulated so far (purchases and returns).</summary>
    public long TransactionCount { get; private set; }

    /// <summary>Adds one transaction of this customer.</summary>
    /// <exception cref="ArgumentException">The transaction belongs to another customer.</exception>
    public void Add(in Transaction transaction)
    {
        if (!string.Equals(transaction.CustomerId, CustomerId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Transaction of customer '{transaction.CustomerId}' cannot be added to the history of customer '{CustomerId}'.", nameof(transaction));
        }

        long index = TimePeriodCalendar.PeriodIndex(transaction.Timestamp, Period);
        _periods.TryGetValue(index, out PeriodTotals totals);
        _periods[index] = totals.Add(transaction.IsReturn ? 0 : 1, transaction.Amount);
        TransactionCount++;
    }

    /// <summary>Adds everything in <paramref name="other"/> to this history.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is of another customer or period.</exception>
    public void Merge(CustomerHistory other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(other.CustomerId, CustomerId, StringComparison.Ordinal) || other.Period != Period)
        {
            throw new ArgumentException($"History of customer '{other.CustomerId}' by {other.Period} cannot be merged into that of '{CustomerId}' by {Period}.", nameof(other));
        }

        foreach ((long index, PeriodTotals totals) in other._periods)
        {
            _periods.TryGetValue(index, out PeriodTotals mine);
            _periods[index] = mine.Add(totals.Purchases, totals.Amount);
        }

        TransactionCount += other.TransactionCount;
    }

    /// <summary>
    /// The purchase occasions with index in [<paramref name="fromIndex"/>, <paramref name="toIndex"/>], in order, each with
    /// its spend after the returns of that window are netted in (see the returns rule in the remarks).
    /// </summary>
    internal List<(long Index, decimal Spend)> PurchaseOccasions(long fromIndex, long toIndex)
    {
        var inWindow = new List<KeyValuePair<long, PeriodTotals>>(_periods.Count);
        foreach (KeyValuePair<long, PeriodTotals> entry in _periods)
        {
            if (entry.Key >= fromIndex && entry.Key <= toIndex)
            {
                inWindow.Add(entry);
            }
        }

        inWindow.Sort(static (x, y) => x.Key.CompareTo(y.Key));
        var occasions = new List<(long Index, decimal Spend)>(inWindow.Count);
        decimal returnsBeforeFirstPurchase = 0m;
        foreach ((long index, PeriodTotals totals) in inWindow)
        {
            if (totals.Purchases > 0)
            {
                occasions.Add((index, totals.Amount));
            }
            else if (occasions.Count > 0)
            {
                (long lastIndex, decimal lastSpend) = occasions[^1];
                occasions[^1] = (lastIndex, lastSpend + totals.Amount);
            }
            else
            {
                returnsBeforeFirstPurchase += totals.Amount;
            }
        }

        if (occasions.Count > 0 && returnsBeforeFirstPurchase != 0m)
        {
            occasions[0] = (occasions[0].Index, occasions[0].Spend + returnsBeforeFirstPurchase);
        }

        return occasions;
    }

    /// <summary>The first period index with a purchase, or null when the customer has only returns.</summary>
    internal long? FirstPurchaseIndex()
    {
        long? first = null;
        foreach ((long index, PeriodTotals totals) in _periods)
        {
            if (totals.Purchases > 0 && (first is null || index < first))
            {
                first = index;
            }
        }

        return first;
    }

    private readonly record struct PeriodTotals(int Purchases, decimal Amount)
    {
        public PeriodTotals Add(int purchases, decimal amount) => new(Purchases + purchases, Amount + amount);
    }
}
