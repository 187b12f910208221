using CustomerValue.Segmentation;

namespace CustomerValue.Analysis;

/// <summary>
/// Everything <see cref="CustomerAnalysis"/> reads from a transaction log, already aggregated: the summaries and the
/// calibration/holdout split, each customer's total spend, the customer base for segmentation, and the yearly activity for
/// loyalty. Built from transactions in memory (<see cref="FromTransactions"/>) or by an out-of-core engine (the
/// CustomerValue.DuckDb package), so that the analysis itself never needs the log.
/// </summary>
/// <remarks>Immutable once built; the collections are the caller's and must not change afterwards.</remarks>
public sealed class AnalysisInput
{
    /// <summary>The settings, with <see cref="AnalysisOptions.ObservationEnd"/> and <see cref="AnalysisOptions.CalibrationEnd"/> resolved (<see cref="AnalysisOptions.Resolve"/>).</summary>
    public required AnalysisOptions Options { get; init; }

    /// <summary>Transactions in the log (purchases and returns).</summary>
    public required long TransactionCount { get; init; }

    /// <summary>The first and last transaction time stamps of the log.</summary>
    public required (DateTime First, DateTime Last) DateRange { get; init; }

    /// <summary>Every customer's summary up to the observation end.</summary>
    public required CustomerSummarySet Summaries { get; init; }

    /// <summary>The calibration/holdout split at the calibration end.</summary>
    public required CalibrationHoldoutSet Split { get; init; }

    /// <summary>Each customer's net spend over the whole log, by customer id (every customer of <see cref="Summaries"/>).</summary>
    public required IReadOnlyDictionary<string, decimal> TotalSpend { get; init; }

    /// <summary>The customer base up to the observation end, with its purchase days (for the life-cycle windows).</summary>
    public required CustomerBase Customers { get; init; }

    /// <summary>Every (customer, year) of activity up to the observation end (<see cref="YearlyActivityBuilder"/>).</summary>
    public required IReadOnlyList<YearlyActivity> YearlyActivity { get; init; }

    /// <summary>Aggregates a transaction log in memory.</summary>
    /// <param name="transactions">The log, in any order; enumerated once and held in memory while the customer base is built.</param>
    /// <param name="options">The settings; null for the defaults.</param>
    /// <returns>The input of <see cref="CustomerAnalysis.Run(AnalysisInput, IProgress{string}?)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is null.</exception>
    /// <exception cref="ArgumentException">The log is empty, or no customer has a purchase on or before the observation end.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static AnalysisInput FromTransactions(IEnumerable<Transaction> transactions, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        options ??= new AnalysisOptions();
        options.Validate();
        IReadOnlyList<Transaction> log = transactions as IReadOnlyList<Transaction> ?? [.. transactions];
        var builder = new CustomerSummaryBuilder(options.Period);
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        DateTime first = DateTime.MaxValue;
        DateTime last = DateTime.MinValue;
        foreach (Transaction t in log)
        {
            builder.Add(t);
            totals[t.CustomerId] = totals.GetValueOrDefault(t.CustomerId) + t.Amount;
            first = t.Timestamp < first ? t.Timestamp : first;
            last = t.Timestamp > last ? t.Timestamp : last;
        }

        if (builder.TransactionCount == 0)
        {
            throw new ArgumentException("The transaction log is empty.", nameof(transactions));
        }

        options = options.Resolve(first, last);
        DateTime end = options.ObservationEnd!.Value;
        SummaryOptions summaryOptions = options.SummaryOptions();
        IEnumerable<Transaction> observed = log.Where(t => t.Timestamp.Date <= end);
        var yearly = new YearlyActivityBuilder(options.Period);
        yearly.AddRange(observed);
        return new AnalysisInput
        {
            Options = options,
            TransactionCount = builder.TransactionCount,
            DateRange = (first, last),
            Summaries = builder.Build(summaryOptions),
            Split = builder.BuildCalibrationHoldout(summaryOptions),
            TotalSpend = totals,
            Customers = CustomerBase.FromTransactions(observed, end),
            YearlyActivity = yearly.Build(),
        };
    }
}
