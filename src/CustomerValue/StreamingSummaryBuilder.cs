using System.Buffers;

namespace CustomerValue;

/// <summary>
/// Summarises a transaction log in one pass with constant memory per customer, when the observation end (and any
/// calibration end) is known up front and each customer's transactions arrive in time order, as in most logs. It gives
/// exactly the summaries and calibration/holdout rows of <see cref="CustomerSummaryBuilder"/> for the same log and options.
/// </summary>
/// <remarks>
/// <para>Per customer it keeps a small fixed-size state (the open period's totals; the count, first and last period and
/// repeat spend of the occasions so far; the same frozen at the calibration end; the holdout spend), so memory grows
/// with customers, not with transactions or purchase periods. Amounts are <see cref="decimal"/>, so the spends are exact.</para>
/// <para>The price: the options are fixed at construction, the state cannot be merged with that of another chunk of the
/// same customer's history (partition a log by customer instead, as <see cref="FromLog"/> does), and <see cref="Add"/>
/// needs each customer's transactions in period order (several in one period may come in any order; transactions of
/// different customers may interleave freely; transactions after the observation end are only counted). An earlier
/// period throws <see cref="TransactionOrderException"/>: the state no longer holds the per-period detail to place it.
/// <see cref="FromLog"/> has the whole log, so it instead summarises such a customer from a per-period
/// <see cref="CustomerHistory"/>, replaying the customer's earlier rows.</para>
/// <para>Not thread-safe. <see cref="FromLog"/> uses several cores internally.</para>
/// </remarks>
public sealed class StreamingSummaryBuilder
{
    /// <summary>Below this many rows per core, <see cref="FromLog"/> does not split the work unless asked to.</summary>
    private const int MinimumRowsPerPartition = 1 << 16;

    /// <summary>Partitions are numbered in a byte per row, <see cref="NoPartition"/> marking a row without a customer id.</summary>
    private const int MaximumPartitions = byte.MaxValue;

    private const byte NoPartition = byte.MaxValue;

    private readonly StreamingWindow _window;
    private readonly StreamingSummaryPartition[] _partitions;

    /// <summary>Creates an empty builder for <paramref name="options"/>.</summary>
    /// <param name="options">The aggregation period, unit, observation end and optional calibration end.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="options"/> has an unknown period or unit, or a calibration end that is not in an earlier period than the observation end.
    /// </exception>
    public StreamingSummaryBuilder(SummaryOptions options)
        : this(options, 1)
    {
    }

    private StreamingSummaryBuilder(SummaryOptions options, int partitions)
    {
        _window = new StreamingWindow(options);
        Options = options;
        _partitions = new StreamingSummaryPartition[partitions];
        for (int i = 0; i < partitions; i++)
        {
            _partitions[i] = new StreamingSummaryPartition();
        }
    }

    /// <summary>The options the summaries are built with.</summary>
    public SummaryOptions Options { get; }

    /// <summary>Customers seen so far.</summary>
    public int CustomerCount => _partitions.Sum(p => p.CustomerCount);

    /// <summary>Customers summarised from a per-period history because <see cref="FromLog"/> found their transactions out of order.</summary>
    public int OutOfOrderCustomerCount => _partitions.Sum(p => p.HistoryCount);

    /// <summary>Transactions accumulated so far.</summary>
    public long TransactionCount { get; private set; }

    /// <summary>
    /// Summarises an in-memory log in any order, on up to <paramref name="maxDegreeOfParallelism"/> cores: the customers
    /// are partitioned by a hash of their id, each partition is summarised on its own core with the constant-size state,
    /// and the sorted partitions are concatenated; no merge is needed, so the result is identical to one thread's.
    /// A customer whose transactions are out of period order is summarised from a per-period history instead (one
    /// extra pass over the rows before the latest such transaction), so nothing is lost.
    /// </summary>
    /// <param name="log">The transactions.</param>
    /// <param name="options">The aggregation period, unit, observation end and optional calibration end.</param>
    /// <param name="maxDegreeOfParallelism">Cores to use (and partitions to make, at most 255); null for all cores when the log has at least 65,536 rows per core.</param>
    /// <returns>A builder holding the log: call <see cref="Build"/> or <see cref="BuildCalibrationHoldout"/>, or add later transactions first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is a default <see cref="Transaction"/> without a customer id, or the options are invalid (see the constructor).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public static StreamingSummaryBuilder FromLog(ReadOnlyMemory<Transaction> log, SummaryOptions options, int? maxDegreeOfParallelism = null)
    {
        if (maxDegreeOfParallelism is { } degree)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1, nameof(maxDegreeOfParallelism));
        }

        int partitions = Math.Min(MaximumPartitions, maxDegreeOfParallelism ?? Math.Clamp(log.Length / MinimumRowsPerPartition, 1, Environment.ProcessorCount));
        var builder = new StreamingSummaryBuilder(options, partitions);
        if (partitions == 1)
        {
            builder.Fill(log.Span, default, 0);
        }
        else
        {
            // One hash per row, computed in parallel, so that each partition's pass reads only its own customers' ids.
            byte[] rented = ArrayPool<byte>.Shared.Rent(log.Length);
            try
            {
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = partitions };
                Parallel.For(0, partitions, parallel, p => builder.AssignPartitions(log.Span, rented.AsSpan(0, log.Length), p));
                int missingId = rented.AsSpan(0, log.Length).IndexOf(NoPartition);
                if (missingId >= 0)
                {
                    throw MissingCustomerId(missingId);
                }

                Parallel.For(0, partitions, parallel, p => builder.Fill(log.Span, rented.AsSpan(0, log.Length), p));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        builder.TransactionCount = log.Length;
        return builder;
    }

    /// <summary>Adds one transaction.</summary>
    /// <param name="transaction">The transaction; not in an earlier period than a transaction already added for its customer.</param>
    /// <exception cref="ArgumentException"><paramref name="transaction"/> is a default value without a customer id.</exception>
    /// <exception cref="TransactionOrderException">
    /// The transaction falls in an earlier period than one already added for its customer (and not after the observation
    /// end); it is not added and the builder is unchanged.
    /// </exception>
    public void Add(in Transaction transaction)
    {
        string customerId = transaction.CustomerId ?? throw new ArgumentException($"Transaction {TransactionCount + 1} is a default Transaction without a customer id.", nameof(transaction));
        StreamingSummaryPartition partition = _partitions[PartitionOf(customerId)];
        int index = (int)TimePeriodCalendar.PeriodIndex(transaction.Timestamp, _window.Period);
        if (!partition.TryAdd(transaction, index, _window))
        {
            throw new TransactionOrderException(customerId, TransactionCount + 1, transaction.Timestamp, partition.LatestPeriodStart(customerId, _window.Period), _window.Period);
        }

        TransactionCount++;
    }

    /// <summary>Adds every transaction of <paramref name="transactions"/>, streaming.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is null.</exception>
    /// <exception cref="ArgumentException">A transaction is a default value without a customer id.</exception>
    /// <exception cref="TransactionOrderException">A customer's transactions are out of order; the ones before it are added.</exception>
    public void AddRange(IEnumerable<Transaction> transactions)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        foreach (Transaction transaction in transactions)
        {
            Add(transaction);
        }
    }

    /// <summary>
    /// Builds every customer's summary up to <see cref="SummaryOptions.ObservationEnd"/> (ignoring any calibration end),
    /// exactly as <see cref="CustomerSummaryBuilder.Build"/>. The builder is unchanged and can take more transactions.
    /// </summary>
    public CustomerSummarySet Build()
    {
        SortedCustomerRows<CustomerSummary>[] parts = BuildParts(p => p.Summaries(_window, Options));
        return new CustomerSummarySet(SortedCustomerRows<CustomerSummary>.Merge(parts), Options, parts.Sum(p => p.StartingLater), parts.Sum(p => p.WithoutPurchases));
    }

    /// <summary>
    /// Builds the calibration/holdout split at <see cref="SummaryOptions.CalibrationEnd"/>, exactly as
    /// <see cref="CustomerSummaryBuilder.BuildCalibrationHoldout"/>. The builder is unchanged and can take more transactions.
    /// </summary>
    /// <exception cref="InvalidOperationException">The options have no calibration end.</exception>
    public CalibrationHoldoutSet BuildCalibrationHoldout()
    {
        DateTime calibrationEnd = Options.CalibrationEnd
            ?? throw new InvalidOperationException("A calibration/holdout split needs SummaryOptions.CalibrationEnd, which this builder's options do not set.");
        SortedCustomerRows<CalibrationHoldoutSummary>[] parts = BuildParts(p => p.Splits(_window, Options, calibrationEnd));
        return new CalibrationHoldoutSet(SortedCustomerRows<CalibrationHoldoutSummary>.Merge(parts), Options, parts.Sum(p => p.StartingLater), parts.Sum(p => p.WithoutPurchases));
    }

    private SortedCustomerRows<T>[] BuildParts<T>(Func<StreamingSummaryPartition, SortedCustomerRows<T>> build)
    {
        var parts = new SortedCustomerRows<T>[_partitions.Length];
        if (parts.Length == 1)
        {
            parts[0] = build(_partitions[0]);
        }
        else
        {
            Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = parts.Length }, p => parts[p] = build(_partitions[p]));
        }

        return parts;
    }

    /// <summary>
    /// Writes the partition of every row of <paramref name="slice"/> (one of as many slices as partitions), or
    /// <see cref="NoPartition"/> for a row without a customer id.
    /// </summary>
    private void AssignPartitions(ReadOnlySpan<Transaction> log, Span<byte> partitionOfRow, int slice)
    {
        int from = (int)((long)log.Length * slice / _partitions.Length);
        int to = (int)((long)log.Length * (slice + 1) / _partitions.Length);
        for (int i = from; i < to; i++)
        {
            partitionOfRow[i] = log[i].CustomerId is { } customerId ? (byte)PartitionOf(customerId) : NoPartition;
        }
    }

    /// <summary>
    /// Adds the rows of partition <paramref name="partitionIndex"/> (every row when <paramref name="partitionOfRow"/> is
    /// empty), demoting out-of-order customers to a history, then replays those customers' earlier rows.
    /// </summary>
    private void Fill(ReadOnlySpan<Transaction> log, ReadOnlySpan<byte> partitionOfRow, int partitionIndex)
    {
        StreamingSummaryPartition partition = _partitions[partitionIndex];
        bool everyRow = partitionOfRow.IsEmpty;
        for (int i = 0; i < log.Length; i++)
        {
            if (!everyRow && partitionOfRow[i] != partitionIndex)
            {
                continue;
            }

            ref readonly Transaction transaction = ref log[i];
            if (transaction.CustomerId is null)
            {
                throw MissingCustomerId(i);
            }

            int index = (int)TimePeriodCalendar.PeriodIndex(transaction.Timestamp, _window.Period);
            if (!partition.TryAdd(transaction, index, _window))
            {
                partition.Demote(transaction, i + 1, _window.Period);
            }
        }

        long replayRows = partition.LatestDemotionRow;
        for (int i = 0; i < replayRows; i++)
        {
            if (everyRow || partitionOfRow[i] == partitionIndex)
            {
                partition.Replay(log[i], i + 1);
            }
        }
    }

    private static ArgumentException MissingCustomerId(int row) =>
        new($"Row {row + 1} of the log is a default Transaction without a customer id.", "log");

    private int PartitionOf(string customerId) =>
        _partitions.Length == 1 ? 0 : (int)((uint)customerId.GetHashCode(StringComparison.Ordinal) % (uint)_partitions.Length);
}
