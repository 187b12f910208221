using System.Runtime.InteropServices;

namespace CustomerValue;

/// <summary>
/// The customers of one partition of a <see cref="StreamingSummaryBuilder"/>: a <see cref="StreamingCustomerState"/> per
/// customer, and a per-period <see cref="CustomerHistory"/> for the few customers whose transactions came out of order
/// (each with the log row at which it was demoted, so the rows before it can be replayed into the history).
/// </summary>
/// <remarks>Not thread-safe; each partition is filled by one thread.</remarks>
internal sealed class StreamingSummaryPartition
{
    private readonly Dictionary<string, StreamingCustomerState> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (CustomerHistory History, long DemotedAtRow)> _histories = new(StringComparer.Ordinal);

    /// <summary>Customers seen.</summary>
    public int CustomerCount => _states.Count;

    /// <summary>Customers summarised from a per-period history because their transactions came out of order.</summary>
    public int HistoryCount => _histories.Count;

    /// <summary>The latest row at which a customer was demoted; rows before it may need replaying (0 when none).</summary>
    public long LatestDemotionRow { get; private set; }

    /// <summary>
    /// Adds a transaction whose period index is <paramref name="index"/>; false, changing nothing, when the period comes
    /// before the customer's latest one (and the customer has no history yet).
    /// </summary>
    public bool TryAdd(in Transaction transaction, int index, in StreamingWindow window)
    {
        ref StreamingCustomerState state = ref CollectionsMarshal.GetValueRefOrAddDefault(_states, transaction.CustomerId, out _);
        if (state.UsesHistory)
        {
            _histories[transaction.CustomerId].History.Add(transaction);
            return true;
        }

        return state.TryAdd(index, transaction.Amount, transaction.IsReturn, window);
    }

    /// <summary>The start of the latest period of a customer that has transactions up to the end.</summary>
    public DateTime LatestPeriodStart(string customerId, TimePeriod period) =>
        TimePeriodCalendar.PeriodStart(_states[customerId].OpenIndex, period);

    /// <summary>
    /// Moves the customer of <paramref name="transaction"/>, which came out of order at log row <paramref name="row"/>, to
    /// a per-period history holding that transaction; its earlier rows must then be given to <see cref="Replay"/>.
    /// </summary>
    public void Demote(in Transaction transaction, long row, TimePeriod period)
    {
        ref StreamingCustomerState state = ref CollectionsMarshal.GetValueRefOrNullRef(_states, transaction.CustomerId);
        state = default;
        state.UsesHistory = true;
        var history = new CustomerHistory(transaction.CustomerId, period);
        history.Add(transaction);
        _histories.Add(transaction.CustomerId, (history, row));
        LatestDemotionRow = Math.Max(LatestDemotionRow, row);
    }

    /// <summary>Adds the transaction at log row <paramref name="row"/> to its customer's history when it was demoted at a later row.</summary>
    public void Replay(in Transaction transaction, long row)
    {
        if (_histories.TryGetValue(transaction.CustomerId, out (CustomerHistory History, long DemotedAtRow) entry) && row < entry.DemotedAtRow)
        {
            entry.History.Add(transaction);
        }
    }

    /// <summary>Every customer's summary up to the observation end, sorted, with the customers that have none counted.</summary>
    public SortedCustomerRows<CustomerSummary> Summaries(StreamingWindow window, SummaryOptions options) =>
        Collect(
            (id, state) => state.Summary(id, window),
            history => CustomerSummarizer.Summarize(history, options.ObservationEnd, options.Unit));

    /// <summary>Every customer's calibration/holdout row, sorted, with the customers that have none counted.</summary>
    public SortedCustomerRows<CalibrationHoldoutSummary> Splits(StreamingWindow window, SummaryOptions options, DateTime calibrationEnd) =>
        Collect(
            (id, state) => state.Split(id, window),
            history => CustomerSummarizer.Split(history, calibrationEnd, options.ObservationEnd, options.Unit));

    private SortedCustomerRows<T> Collect<T>(Func<string, StreamingCustomerState, T?> fromState, Func<CustomerHistory, T?> fromHistory)
        where T : struct
    {
        var keys = new CustomerIdSortKey[_states.Count];
        var rows = new T[_states.Count];
        int count = 0;
        int startingLater = 0;
        int withoutPurchases = 0;
        foreach ((string id, StreamingCustomerState state) in _states)
        {
            CustomerHistory? history = state.UsesHistory ? _histories[id].History : null;
            T? row = history is null ? fromState(id, state) : fromHistory(history);
            if (row is { } found)
            {
                keys[count] = new CustomerIdSortKey(id);
                rows[count++] = found;
            }
            else if (history is null ? !state.HasAnyPurchase : history.FirstPurchaseIndex() is null)
            {
                withoutPurchases++;
            }
            else
            {
                startingLater++;
            }
        }

        return new SortedCustomerRows<T>(keys, rows, count, startingLater, withoutPurchases);
    }
}
