namespace CustomerValue;

/// <summary>
/// Accumulates a transaction log into each customer's activity per calendar year: purchase occasions, distinct products,
/// net units and net spend (the a, b, c, d of the purchase-behaviour loyalty model). Builders over chunks of a log merge
/// exactly, in any order.
/// </summary>
/// <remarks>
/// Not thread-safe: use one builder per thread and <see cref="Merge"/> them. A return (negative amount) subtracts its
/// quantity from units and its amount from spend; it is not a purchase occasion and adds no product.
/// </remarks>
public sealed class YearlyActivityBuilder
{
    private readonly Dictionary<(string CustomerId, int Year), YearTotals> _years = [];

    /// <summary>Creates an empty builder.</summary>
    /// <param name="period">Purchases within one period of this length count as one purchase occasion.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not a defined value.</exception>
    public YearlyActivityBuilder(TimePeriod period = TimePeriod.Day)
    {
        if (!Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown time period.");
        }

        Period = period;
    }

    /// <summary>The period that defines one purchase occasion.</summary>
    public TimePeriod Period { get; }

    /// <summary>Adds one transaction.</summary>
    public void Add(in Transaction transaction)
    {
        var key = (transaction.CustomerId, transaction.Timestamp.Year);
        if (!_years.TryGetValue(key, out YearTotals? totals))
        {
            totals = new YearTotals();
            _years.Add(key, totals);
        }

        if (transaction.IsReturn)
        {
            totals.Units -= transaction.Quantity;
        }
        else
        {
            totals.Occasions.Add(TimePeriodCalendar.PeriodIndex(transaction.Timestamp, Period));
            totals.Units += transaction.Quantity;
            if (transaction.ProductId is { } product)
            {
                totals.Products.Add(product);
            }
        }

        totals.Spend += transaction.Amount;
    }

    /// <summary>Adds every transaction of <paramref name="transactions"/>, streaming.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is null.</exception>
    public void AddRange(IEnumerable<Transaction> transactions)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        foreach (Transaction transaction in transactions)
        {
            Add(transaction);
        }
    }

    /// <summary>Adds everything accumulated by <paramref name="other"/> to this builder.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> uses another period.</exception>
    public void Merge(YearlyActivityBuilder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Period != Period)
        {
            throw new ArgumentException($"A builder by {other.Period} cannot be merged into one by {Period}.", nameof(other));
        }

        foreach ((var key, YearTotals theirs) in other._years)
        {
            if (!_years.TryGetValue(key, out YearTotals? mine))
            {
                mine = new YearTotals();
                _years.Add(key, mine);
            }

            mine.Occasions.UnionWith(theirs.Occasions);
            mine.Products.UnionWith(theirs.Products);
            mine.Units += theirs.Units;
            mine.Spend += theirs.Spend;
        }
    }

    /// <summary>Every (customer, year) with any transaction, ordered by customer (<see cref="CustomerIdComparer"/>) then year.</summary>
    public IReadOnlyList<YearlyActivity> Build()
    {
        var rows = new List<YearlyActivity>(_years.Count);
        foreach (((string customerId, int year), YearTotals totals) in _years)
        {
            rows.Add(new YearlyActivity(customerId, year, totals.Occasions.Count, totals.Products.Count, totals.Units, totals.Spend));
        }

        rows.Sort(static (x, y) =>
        {
            int c = CustomerIdComparer.Instance.Compare(x.CustomerId, y.CustomerId);
            return c != 0 ? c : x.Year.CompareTo(y.Year);
        });
        return rows;
    }

    private sealed class YearTotals
    {
        public HashSet<long> Occasions { get; } = [];

        public HashSet<string> Products { get; } = new(StringComparer.Ordinal);

        public decimal Units { get; set; }

        public decimal Spend { get; set; }
    }
}
