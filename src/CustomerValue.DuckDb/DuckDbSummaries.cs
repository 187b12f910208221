using System.Data;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace CustomerValue.DuckDb;

/// <summary>
/// Customer summaries (frequency, recency, T, monetary value), calibration/holdout splits and the compressed form computed
/// inside DuckDB from CSV or Parquet files of any size, with exactly the definitions of <see cref="CustomerSummaryBuilder"/>:
/// purchase occasions per aggregation period, the returns rule, and times between period starts in
/// <see cref="SummaryOptions.Unit"/>.
/// </summary>
/// <remarks>
/// DuckDB groups the log into one row per customer and period and then per customer; only one row per customer (or, for
/// <see cref="Compress"/>, per distinct pattern) comes back to .NET, where the times are converted with
/// <see cref="TimePeriodCalendar"/>. The log itself is never materialised in .NET memory; DuckDB spills to disk beyond its
/// memory limit. Thread-safe: every call opens its own in-memory DuckDB database.
/// <para>
/// Errors: a path without wildcards that does not exist, or a glob that matches no file, is a
/// <see cref="FileNotFoundException"/>; a missing column, a column of a type that cannot hold its values (a Parquet
/// <c>BOOLEAN</c> amount, say), a value that does not convert (text in the amount) or a blank customer id is a
/// <see cref="FormatException"/> whose message names the path, the column, the text and the type expected.
/// </para>
/// </remarks>
public static class DuckDbSummaries
{
    /// <summary>
    /// Streams the summary of every customer whose first purchase is on or before <see cref="SummaryOptions.ObservationEnd"/>,
    /// in ordinal order of customer identifier. <see cref="SummaryOptions.CalibrationEnd"/> is ignored.
    /// </summary>
    /// <param name="path">A file path or DuckDB glob (for example <c>logs/*.parquet</c>).</param>
    /// <param name="options">Where the columns are and how to read the files.</param>
    /// <param name="summary">Aggregation period, unit and observation end.</param>
    /// <returns>A lazy sequence: the query runs when it is enumerated, and each enumeration runs it again.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, or a column name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period, unit or format is not a defined value.</exception>
    /// <exception cref="FileNotFoundException">No file has the path, or no file matches the glob (on enumeration).</exception>
    /// <exception cref="FormatException">A column is missing or of the wrong type, or a value does not convert (on enumeration).</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the files (on enumeration).</exception>
    public static IEnumerable<CustomerSummary> Stream(string path, DuckDbLogOptions options, SummaryOptions summary)
    {
        Check(path, options, summary);
        return Iterate(path, options, summary);

        static IEnumerable<CustomerSummary> Iterate(string path, DuckDbLogOptions options, SummaryOptions summary)
        {
            using DuckDbLog log = DuckDbLog.Open(path, options, details: false);
            foreach (IDataRecord row in log.Rows(Query(log, summary, ordered: true)))
            {
                if (Summary(row, summary, summary.ObservationEnd) is { } found)
                {
                    yield return found;
                }
            }
        }
    }

    /// <summary>
    /// Builds the same <see cref="CustomerSummarySet"/> as <see cref="CustomerSummaryBuilder.Build"/> would for the log, with the
    /// customers that start after the end or have returns only counted. Only the summaries (one per customer) are held in memory.
    /// <see cref="SummaryOptions.CalibrationEnd"/> is ignored.
    /// </summary>
    /// <param name="path">A file path or DuckDB glob (for example <c>logs/*.parquet</c>).</param>
    /// <param name="options">Where the columns are and how to read the files.</param>
    /// <param name="summary">Aggregation period, unit and observation end.</param>
    /// <returns>The summaries, ordered by <see cref="CustomerIdComparer"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, or a column name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period, unit or format is not a defined value.</exception>
    /// <exception cref="FileNotFoundException">No file has the path, or no file matches the glob.</exception>
    /// <exception cref="FormatException">A column is missing or of the wrong type, or a value does not convert.</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the files.</exception>
    public static CustomerSummarySet Build(string path, DuckDbLogOptions options, SummaryOptions summary)
    {
        Check(path, options, summary);
        using DuckDbLog log = DuckDbLog.Open(path, options, details: false);
        var customers = new List<CustomerSummary>();
        int startingAfterEnd = 0;
        int withoutPurchases = 0;
        foreach (IDataRecord row in log.Rows(Query(log, summary, ordered: false)))
        {
            if (Summary(row, summary, summary.ObservationEnd) is { } found)
            {
                customers.Add(found);
            }
            else if (row.IsDBNull(1))
            {
                withoutPurchases++;
            }
            else
            {
                startingAfterEnd++;
            }
        }

        customers.Sort(static (x, y) => CustomerIdComparer.Instance.Compare(x.CustomerId, y.CustomerId));
        return new CustomerSummarySet(customers, summary, startingAfterEnd, withoutPurchases);
    }

    /// <summary>
    /// Builds the same <see cref="CalibrationHoldoutSet"/> as <see cref="CustomerSummaryBuilder.BuildCalibrationHoldout"/> would
    /// for the log: each customer's summary up to <see cref="SummaryOptions.CalibrationEnd"/>, with its purchase periods and
    /// mean spend in the holdout period after it, up to <see cref="SummaryOptions.ObservationEnd"/>.
    /// </summary>
    /// <param name="path">A file path or DuckDB glob (for example <c>logs/*.parquet</c>).</param>
    /// <param name="options">Where the columns are and how to read the files.</param>
    /// <param name="summary">Aggregation period, unit, calibration end and observation end.</param>
    /// <returns>One row per customer whose first purchase is on or before the calibration end, ordered by <see cref="CustomerIdComparer"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="path"/> or a column name is blank, or <paramref name="summary"/> has no calibration end or one that is
    /// not in an earlier period than the observation end.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The period, unit or format is not a defined value.</exception>
    /// <exception cref="FileNotFoundException">No file has the path, or no file matches the glob.</exception>
    /// <exception cref="FormatException">A column is missing or of the wrong type, or a value does not convert.</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the files.</exception>
    public static CalibrationHoldoutSet BuildCalibrationHoldout(string path, DuckDbLogOptions options, SummaryOptions summary)
    {
        Check(path, options, summary);
        if (summary.CalibrationEnd is not { } calibrationEnd)
        {
            throw new ArgumentException("A calibration/holdout split needs SummaryOptions.CalibrationEnd.", nameof(summary));
        }

        long calibrationIndex = TimePeriodCalendar.PeriodIndex(calibrationEnd, summary.Period);
        long endIndex = TimePeriodCalendar.PeriodIndex(summary.ObservationEnd, summary.Period);
        if (calibrationIndex >= endIndex)
        {
            throw new ArgumentException($"The calibration end {calibrationEnd:yyyy-MM-dd} must fall in a {summary.Period} before the observation end {summary.ObservationEnd:yyyy-MM-dd}.", nameof(summary));
        }

        using DuckDbLog log = DuckDbLog.Open(path, options, details: false);
        string part = DuckDbLog.DatePart(summary.Period, nameof(summary));
        var sql = new StringBuilder(Chain(log, part, PeriodStart(part, calibrationEnd)));
        sql.Append(",\nh AS (SELECT customer_id, count(*) FILTER (WHERE purchases > 0) AS holdout_frequency, sum(amount) AS holdout_spend FROM p ")
            .Append(CultureInfo.InvariantCulture, $"WHERE ps > {PeriodStart(part, calibrationEnd)} AND ps <= {PeriodStart(part, summary.ObservationEnd)} GROUP BY customer_id)\n")
            .Append("SELECT c.customer_id, c.first_start, s.frequency, s.last_start, s.repeat_spend, h.holdout_frequency, h.holdout_spend ")
            .Append("FROM c LEFT JOIN s ON c.customer_id = s.customer_id LEFT JOIN h ON c.customer_id = h.customer_id");

        double duration = TimePeriodCalendar.Elapsed(calibrationIndex, endIndex, summary.Period, summary.Unit);
        var customers = new List<CalibrationHoldoutSummary>();
        int startingAfterCalibration = 0;
        int withoutPurchases = 0;
        foreach (IDataRecord row in log.Rows(sql.ToString()))
        {
            if (Summary(row, summary, calibrationEnd) is { } calibration)
            {
                int frequency = row.IsDBNull(5) ? 0 : checked((int)row.GetInt64(5));
                double spend = frequency == 0 ? 0.0 : (double)(row.GetDecimal(6) / frequency);
                customers.Add(new CalibrationHoldoutSummary(calibration, frequency, spend, duration));
            }
            else if (row.IsDBNull(1))
            {
                withoutPurchases++;
            }
            else
            {
                startingAfterCalibration++;
            }
        }

        customers.Sort(static (x, y) => CustomerIdComparer.Instance.Compare(x.Calibration.CustomerId, y.Calibration.CustomerId));
        return new CalibrationHoldoutSet(customers, summary, startingAfterCalibration, withoutPurchases);
    }

    /// <summary>
    /// The compressed form of the summaries up to <see cref="SummaryOptions.ObservationEnd"/>: the same rows as
    /// <see cref="SummaryPatterns.Compress"/> of <see cref="Build"/>'s customers, grouped inside DuckDB so that only the
    /// distinct (frequency, first period, last period) rows come back, however many customers there are.
    /// </summary>
    /// <param name="path">A file path or DuckDB glob (for example <c>logs/*.parquet</c>).</param>
    /// <param name="options">Where the columns are and how to read the files.</param>
    /// <param name="summary">Aggregation period, unit and observation end.</param>
    /// <returns>The distinct (frequency, recency, T) rows with their customer counts, ordered by frequency, then recency, then T.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, or a column name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period, unit or format is not a defined value.</exception>
    /// <exception cref="FileNotFoundException">No file has the path, or no file matches the glob.</exception>
    /// <exception cref="FormatException">A column is missing or of the wrong type, or a value does not convert.</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the files.</exception>
    public static IReadOnlyList<SummaryPattern> Compress(string path, DuckDbLogOptions options, SummaryOptions summary)
    {
        Check(path, options, summary);
        using DuckDbLog log = DuckDbLog.Open(path, options, details: false);
        string part = DuckDbLog.DatePart(summary.Period, nameof(summary));
        string sql = Chain(log, part, PeriodStart(part, summary.ObservationEnd)) + "\nSELECT frequency, first_start, last_start, count(*) FROM s GROUP BY ALL";

        // Distinct period pairs map to distinct (recency, T) pairs, but they are added up again so that equality with
        // SummaryPatterns.Compress never depends on that.
        long endIndex = TimePeriodCalendar.PeriodIndex(summary.ObservationEnd, summary.Period);
        var counts = new Dictionary<(int Frequency, double Recency, double T), int>();
        foreach (IDataRecord row in log.Rows(sql))
        {
            long first = TimePeriodCalendar.PeriodIndex(row.GetDateTime(1), summary.Period);
            var key = (
                checked((int)row.GetInt64(0)),
                TimePeriodCalendar.Elapsed(first, TimePeriodCalendar.PeriodIndex(row.GetDateTime(2), summary.Period), summary.Period, summary.Unit),
                TimePeriodCalendar.Elapsed(first, endIndex, summary.Period, summary.Unit));
            counts[key] = checked(counts.GetValueOrDefault(key) + (int)row.GetInt64(3));
        }

        var patterns = new List<SummaryPattern>(counts.Count);
        foreach (((int frequency, double recency, double t), int count) in counts)
        {
            patterns.Add(new SummaryPattern(frequency, recency, t, count));
        }

        patterns.Sort(static (x, y) =>
        {
            int c = x.Frequency.CompareTo(y.Frequency);
            c = c != 0 ? c : x.Recency.CompareTo(y.Recency);
            return c != 0 ? c : x.T.CompareTo(y.T);
        });
        return patterns;
    }

    /// <summary>The SQL that <see cref="Stream"/> runs, for inspection or use in other tools.</summary>
    /// <param name="path">A file path or DuckDB glob.</param>
    /// <param name="options">Where the columns are and how to read the files.</param>
    /// <param name="summary">Aggregation period and observation end.</param>
    /// <returns>
    /// A query with one row per customer, in ordinal order of <c>customer_id</c>: <c>customer_id</c>, <c>first_start</c> (start
    /// of the first purchase period, null for returns only), <c>frequency</c>, <c>last_start</c> and <c>repeat_spend</c> (null
    /// when the first purchase is after the end).
    /// </returns>
    /// <remarks>The files' schema is read to resolve and check the columns; the log itself is not.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, or a column name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period, unit or format is not a defined value.</exception>
    /// <exception cref="FileNotFoundException">No file has the path, or no file matches the glob.</exception>
    /// <exception cref="FormatException">A column is missing or of the wrong type.</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the files' schema.</exception>
    public static string Sql(string path, DuckDbLogOptions options, SummaryOptions summary)
    {
        Check(path, options, summary);
        using DuckDbLog log = DuckDbLog.Open(path, options, details: false);
        return Query(log, summary, ordered: true);
    }

    private static void Check(string path, DuckDbLogOptions options, SummaryOptions summary)
    {
        DuckDbLog.CheckArguments(path, options);
        ArgumentNullException.ThrowIfNull(summary);
        if (!Enum.IsDefined(summary.Unit))
        {
            throw new ArgumentOutOfRangeException(nameof(summary), summary.Unit, "Unknown time unit.");
        }

        _ = DuckDbLog.DatePart(summary.Period, nameof(summary));
    }

    private static string Query(DuckDbLog log, SummaryOptions summary, bool ordered)
    {
        string part = DuckDbLog.DatePart(summary.Period, nameof(summary));
        return Chain(log, part, PeriodStart(part, summary.ObservationEnd)) +
            "\nSELECT c.customer_id, c.first_start, s.frequency, s.last_start, s.repeat_spend FROM c LEFT JOIN s ON c.customer_id = s.customer_id" +
            (ordered ? " ORDER BY c.customer_id" : "");
    }

    /// <summary>
    /// The common table expressions of the summaries up to the period starting at <paramref name="end"/>: <c>p</c> (per customer
    /// and period: purchases and net amount), <c>c</c> (per customer: the first purchase period) and <c>s</c> (per customer
    /// starting by the end: frequency, first and last purchase period, repeat spend after the returns rule).
    /// </summary>
    private static string Chain(DuckDbLog log, string part, string end)
    {
        var sql = new StringBuilder();
        sql.Append("WITH tx AS (").Append(log.Transactions(details: false)).Append("),\n")
            .Append(CultureInfo.InvariantCulture, $"p AS (SELECT customer_id, CAST(date_trunc('{part}', CAST(ts AS DATE)) AS DATE) AS ps, ")
            .Append("count(*) FILTER (WHERE amount >= 0) AS purchases, sum(amount) AS amount FROM tx GROUP BY ALL),\n")
            .Append("c AS (SELECT customer_id, min(ps) FILTER (WHERE purchases > 0) AS first_start FROM p GROUP BY customer_id),\n")

            // A period with returns only is netted into the latest purchase period at or before it, else into the first.
            .Append("w AS (SELECT p.customer_id AS customer_id, c.first_start AS first_start, p.amount AS amount, ")
            .Append("coalesce(max(CASE WHEN p.purchases > 0 THEN p.ps END) OVER (PARTITION BY p.customer_id ORDER BY p.ps ")
            .Append("ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), c.first_start) AS occasion ")
            .Append("FROM p JOIN c ON p.customer_id = c.customer_id ")
            .Append(CultureInfo.InvariantCulture, $"WHERE c.first_start <= {end} AND p.ps <= {end}),\n")
            .Append("o AS (SELECT customer_id, first_start, occasion, sum(amount) AS spend FROM w GROUP BY customer_id, first_start, occasion),\n")
            .Append("s AS (SELECT customer_id, first_start, count(*) - 1 AS frequency, max(occasion) AS last_start, ")
            .Append("coalesce(sum(spend) FILTER (WHERE occasion > first_start), CAST(0 AS DECIMAL(38,10))) AS repeat_spend ")
            .Append("FROM o GROUP BY customer_id, first_start)");
        return sql.ToString();
    }

    private static string PeriodStart(string part, DateTime day) =>
        string.Create(CultureInfo.InvariantCulture, $"CAST(date_trunc('{part}', DATE '{day:yyyy-MM-dd}') AS DATE)");

    /// <summary>The summary of a row (id, first start, frequency, last start, repeat spend) up to <paramref name="end"/>, or null when the customer has none.</summary>
    private static CustomerSummary? Summary(IDataRecord row, SummaryOptions summary, DateTime end)
    {
        if (row.IsDBNull(1) || row.IsDBNull(2))
        {
            return null;
        }

        long first = TimePeriodCalendar.PeriodIndex(row.GetDateTime(1), summary.Period);
        long last = TimePeriodCalendar.PeriodIndex(row.GetDateTime(3), summary.Period);
        long endIndex = TimePeriodCalendar.PeriodIndex(end, summary.Period);
        int frequency = checked((int)row.GetInt64(2));
        decimal repeatSpend = row.GetDecimal(4);
        return new CustomerSummary(
            row.GetString(0),
            frequency,
            TimePeriodCalendar.Elapsed(first, last, summary.Period, summary.Unit),
            TimePeriodCalendar.Elapsed(first, endIndex, summary.Period, summary.Unit),
            frequency == 0 ? 0.0 : (double)(repeatSpend / frequency));
    }
}
