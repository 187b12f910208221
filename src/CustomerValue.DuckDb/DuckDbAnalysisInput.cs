using System.Data;
using System.Globalization;
using CustomerValue.Analysis;
using CustomerValue.Segmentation;
using DuckDB.NET.Data;

namespace CustomerValue.DuckDb;

/// <summary>
/// The input of <see cref="CustomerAnalysis.Run(AnalysisInput, IProgress{string}?)"/> computed inside DuckDB from CSV or
/// Parquet files of any size: the analysis then runs exactly as on the log in memory, without the log in .NET memory.
/// </summary>
/// <remarks>
/// <para>
/// DuckDB computes the date range and count, each customer's total spend, the summaries and the calibration/holdout split
/// (<see cref="DuckDbSummaries"/>) and the yearly activity (<see cref="DuckDbYearlyActivity"/>). The customer base of the
/// segmentations needs each customer's purchase days for its life-cycle windows, so one row per customer, day and sign
/// (purchases, returns) comes back to .NET: memory grows with customers and their purchase days, not with transactions.
/// Those day rows give the customer base exactly as the transactions would (a purchase occasion is a day with a
/// purchase; amounts only add up).
/// </para>
/// <para>Thread-safe: every query opens its own in-memory DuckDB database.</para>
/// </remarks>
public static class DuckDbAnalysisInput
{
    /// <summary>Aggregates the log for the analysis.</summary>
    /// <param name="path">A file path or DuckDB glob (for example <c>logs/*.parquet</c>).</param>
    /// <param name="options">Where the columns are and how to read the files.</param>
    /// <param name="analysis">The analysis settings; null for the defaults. Unset dates are resolved from the log (<see cref="AnalysisOptions.Resolve"/>).</param>
    /// <returns>The same input as <see cref="AnalysisInput.FromTransactions"/> gives for the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, a column name is blank, the log is empty, or no customer has a purchase by the observation end.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="FileNotFoundException">No file has the path, or no file matches the glob.</exception>
    /// <exception cref="FormatException">A column is missing or of the wrong type, or a value does not convert.</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the files.</exception>
    public static AnalysisInput Build(string path, DuckDbLogOptions options, AnalysisOptions? analysis = null)
    {
        DuckDbLog.CheckArguments(path, options);
        analysis ??= new AnalysisOptions();
        analysis.Validate();

        using DuckDbLog log = DuckDbLog.Open(path, options, details: false);
        string transactions = log.Transactions(details: false);
        (DateTime first, DateTime last, long count) = Range(log, transactions);
        if (count == 0)
        {
            throw new ArgumentException($"The transaction log '{path}' is empty.", nameof(path));
        }

        AnalysisOptions resolved = analysis.Resolve(first, last);
        DateTime end = resolved.ObservationEnd!.Value;
        SummaryOptions summary = resolved.SummaryOptions();
        return new AnalysisInput
        {
            Options = resolved,
            TransactionCount = count,
            DateRange = (first, last),
            Summaries = DuckDbSummaries.Build(path, options, summary),
            Split = DuckDbSummaries.BuildCalibrationHoldout(path, options, summary),
            TotalSpend = TotalSpend(log, transactions),
            Customers = CustomerBase.FromTransactions(PurchaseDays(log, transactions, end), end),
            YearlyActivity = DuckDbYearlyActivity.Build(path, options, resolved.Period, end),
        };
    }

    private static (DateTime First, DateTime Last, long Count) Range(DuckDbLog log, string transactions)
    {
        foreach (IDataRecord row in log.Rows($"WITH tx AS ({transactions}) SELECT min(ts), max(ts), count(*) FROM tx"))
        {
            long count = row.GetInt64(2);
            return count == 0 ? (default, default, 0) : (row.GetDateTime(0), row.GetDateTime(1), count);
        }

        return (default, default, 0);
    }

    private static Dictionary<string, decimal> TotalSpend(DuckDbLog log, string transactions)
    {
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (IDataRecord row in log.Rows($"WITH tx AS ({transactions}) SELECT customer_id, sum(amount) FROM tx GROUP BY customer_id"))
        {
            totals.Add(row.GetString(0), row.GetDecimal(1));
        }

        return totals;
    }

    /// <summary>One transaction per customer, day and sign up to the end: the day's purchases, and apart from them its returns.</summary>
    private static IEnumerable<Transaction> PurchaseDays(DuckDbLog log, string transactions, DateTime end)
    {
        string sql = string.Create(CultureInfo.InvariantCulture, $"""
            WITH tx AS ({transactions})
            SELECT customer_id, CAST(ts AS DATE) AS day, sum(amount) AS amount
            FROM tx WHERE CAST(ts AS DATE) <= DATE '{end:yyyy-MM-dd}'
            GROUP BY customer_id, CAST(ts AS DATE), amount < 0
            """);
        foreach (IDataRecord row in log.Rows(sql))
        {
            yield return new Transaction(row.GetString(0), row.GetDateTime(1), row.GetDecimal(2));
        }
    }
}
