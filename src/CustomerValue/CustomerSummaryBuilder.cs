namespace CustomerValue;

/// <summary>
/// Accumulates a transaction log, customer by customer, into mergeable <see cref="CustomerHistory"/> accumulators, and
/// builds summaries and calibration/holdout splits from them. Builders over chunks of a log can be merged in any order
/// and grouping: the result is exactly that of one builder over the whole log.
/// </summary>
/// <remarks>
/// Not thread-safe: use one builder per thread and <see cref="Merge"/> them. Memory grows with distinct customer-periods;
/// when the options are known up front and each customer's transactions come in time order,
/// <see cref="StreamingSummaryBuilder"/> gives the same summaries with a fixed-size state per customer.
/// </remarks>
public sealed class CustomerSummaryBuilder
{
    private readonly Dictionary<string, CustomerHistory> _histories = new(StringComparer.Ordinal);

    /// <summary>Creates an empty builder.</summary>
    /// <param name="period">Purchases within one period of this length merge into one purchase occasion.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not a defined value.</exception>
    public CustomerSummaryBuilder(TimePeriod period = TimePeriod.Day)
    {
        if (!Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown time period.");
        }

        Period = period;
    }

    /// <summary>The aggregation period.</summary>
    public TimePeriod Period { get; }

    /// <summary>Customers seen so far.</summary>
    public int CustomerCount => _histories.Count;

    /// <summary>Transactions accumulated so far.</summary>
    public long TransactionCount { get; private set; }

    /// <summary>The accumulated histories, in no particular order.</summary>
    public IEnumerable<CustomerHistory> Histories => _histories.Values;

    /// <summary>Adds one transaction.</summary>
    public void Add(in Transaction transaction)
    {
        if (!_histories.TryGetValue(transaction.CustomerId, out CustomerHistory? history))
        {
            history = new CustomerHistory(transaction.CustomerId, Period);
            _histories.Add(transaction.CustomerId, history);
        }

        history.Add(transaction);
        TransactionCount++;
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
    /// <exception cref="ArgumentException"><paramref name="other"/> aggregates by another period.</exception>
    public void Merge(CustomerSummaryBuilder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Period != Period)
        {
            throw new ArgumentException($"A builder by {other.Period} cannot be merged into one by {Period}.", nameof(other));
        }

        foreach ((string id, CustomerHistory theirs) in other._histories)
        {
            if (!_histories.TryGetValue(id, out CustomerHistory? mine))
            {
                mine = new CustomerHistory(id, Period);
                _histories.Add(id, mine);
            }

            mine.Merge(theirs);
        }

        TransactionCount += other.TransactionCount;
    }

    /// <summary>Builds every customer's summary up to <see cref="SummaryOptions.ObservationEnd"/> (ignoring any calibration end).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> aggregates by another period than this builder.</exception>
    public CustomerSummarySet Build(SummaryOptions options)
    {
        CheckPeriod(options);
        var customers = new List<CustomerSummary>(_histories.Count);
        int startingAfterEnd = 0;
        int withoutPurchases = 0;
        foreach (CustomerHistory history in _histories.Values)
        {
            CustomerSummary? summary = CustomerSummarizer.Summarize(history, options.ObservationEnd, options.Unit);
            if (summary is { } found)
            {
                customers.Add(found);
            }
            else if (history.FirstPurchaseIndex() is null)
            {
                withoutPurchases++;
            }
            else
            {
                startingAfterEnd++;
            }
        }

        customers.Sort(static (x, y) => CustomerIdComparer.Instance.Compare(x.CustomerId, y.CustomerId));
        return new CustomerSummarySet(customers, options, startingAfterEnd, withoutPurchases);
    }

    /// <summary>Builds the calibration/holdout split at <see cref="SummaryOptions.CalibrationEnd"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="options"/> has no calibration end, a calibration end not before the observation end, or another period than this builder.
    /// </exception>
    public CalibrationHoldoutSet BuildCalibrationHoldout(SummaryOptions options)
    {
        CheckPeriod(options);
        if (options.CalibrationEnd is not { } calibrationEnd)
        {
            throw new ArgumentException("A calibration/holdout split needs SummaryOptions.CalibrationEnd.", nameof(options));
        }

        var customers = new List<CalibrationHoldoutSummary>(_histories.Count);
        int startingAfterCalibration = 0;
        int withoutPurchases = 0;
        foreach (CustomerHistory history in _histories.Values)
        {
            CalibrationHoldoutSummary? row = CustomerSummarizer.Split(history, calibrationEnd, options.ObservationEnd, options.Unit);
            if (row is { } found)
            {
                customers.Add(found);
            }
            else if (history.FirstPurchaseIndex() is null)
            {
                withoutPurchases++;
            }
            else
            {
                startingAfterCalibration++;
            }
        }

        customers.Sort(static (x, y) => CustomerIdComparer.Instance.Compare(x.Calibration.CustomerId, y.Calibration.CustomerId));
        return new CalibrationHoldoutSet(customers, options, startingAfterCalibration, withoutPurchases);
    }

    private void CheckPeriod(SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Period != Period)
        {
            throw new ArgumentException($"The options aggregate by {options.Period}, but this builder aggregates by {Period}.", nameof(options));
        }
    }
}
