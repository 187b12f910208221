using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace CustomerValue.DuckDb;

/// <summary>
/// Customer summaries (frequency, recency, T, monetary value) computed inside DuckDB from CSV or Parquet files of any size,
/// with exactly the definitions of <see cref="CustomerSummaryBuilder"/>: purchase occasions per aggregation period, the
/// returns rule, and times between period starts in <see cref="SummaryOptions.Unit"/>.
/// </summary>
/// <remarks>
/// DuckDB groups the log into one row per customer and period and then per customer; only one row per customer
/// comes back to .NET, where the times are converted with <see cref="TimePeriodCalendar"/>. The log itself is never
/// materialised in .NET memory; DuckDB spills to disk beyond its memory limit. Thread-safe: every call opens its own
/// in-memory DuckDB database.
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
    /// <exception cref="FileNotFoundException"><paramref name="path"/> has no wildcard and no such file exists (on enumeration).</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the files or convert a column (on enumeration).</exception>
    public static IEnumerable<CustomerSummary> Stream(string path, DuckDbLogOptions options, SummaryOptions summary)
    {
        string sql = Prepare(path, options, summary);
        return Iterate(path, sql, options, summary);

        static IEnumerable<CustomerSummary> Iterate(string path, string sql, DuckDbLogOptions options, SummaryOptions summary)
        {
            foreach (Row row in Run(path, sql, options, summary))
            {
                if (row.Summary is { } found)
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
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, or a column name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period, unit or format is not a defined value.</exception>
    /// <exception cref="FileNotFoundException"><paramref name="path"/> has no wildcard and no such file exists.</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the files or convert a column.</exception>
    public static CustomerSummarySet Build(string path, DuckDbLogOptions options, SummaryOptions summary)
    {
        string sql = Prepare(path, options, summary);
        var customers = new List<CustomerSummary>();
        int startingAfterEnd = 0;
        int withoutPurchases = 0;
        foreach (Row row in Run(path, sql, options, summary))
        {
            if (row.Summary is { } found)
            {
                customers.Add(found);
            }
            else if (row.HasPurchases)
            {
                startingAfterEnd++;
            }
            else
            {
                withoutPurchases++;
            }
        }

        customers.Sort(static (x, y) => CustomerIdComparer.Instance.Compare(x.CustomerId, y.CustomerId));
        return new CustomerSummarySet(customers, summary, startingAfterEnd, withoutPurchases);
    }

    /// <summary>The SQL that <see cref="Stream"/> and <see cref="Build"/> run, for inspection or use in other tools.</summary>
    /// <param name="path">A file path or DuckDB glob.</param>
    /// <param name="options">Where the columns are and how to read the files.</param>
    /// <param name="summary">Aggregation period and observation end.</param>
    /// <returns>
    /// A query with one row per customer: <c>customer_id</c>, <c>first_start</c> (start of the first purchase period, null for
    /// returns only), <c>frequency</c>, <c>last_start</c> and <c>repeat_spend</c> (null when the first purchase is after the end).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, or a column name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period, unit or format is not a defined value.</exception>
    public static string Sql(string path, DuckDbLogOptions options, SummaryOptions summary) => Prepare(path, options, summary);

    private static string Prepare(string path, DuckDbLogOptions options, SummaryOptions summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.CustomerIdColumn, nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DateColumn, nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AmountColumn, nameof(options));
        if (!Enum.IsDefined(options.Format))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Format, "Unknown log format.");
        }

        if (!Enum.IsDefined(summary.Unit))
        {
            throw new ArgumentOutOfRangeException(nameof(summary), summary.Unit, "Unknown time unit.");
        }

        string period = summary.Period switch
        {
            TimePeriod.Day => "day",
            TimePeriod.Week => "week", // ISO weeks start on Monday, as TimePeriodCalendar's weeks do.
            TimePeriod.Month => "month",
            TimePeriod.Quarter => "quarter",
            TimePeriod.Year => "year",
            _ => throw new ArgumentOutOfRangeException(nameof(summary), summary.Period, "Unknown time period."),
        };

        string customer = Identifier(options.CustomerIdColumn);
        string date = Identifier(options.DateColumn);
        string amount = Identifier(options.AmountColumn);
        string dateExpression = options.DateFormat is { } format
            ? $"CAST(strptime(CAST({date} AS VARCHAR), {Literal(format)}) AS DATE)"
            : $"CAST(CAST({date} AS TIMESTAMP) AS DATE)";
        string end = summary.ObservationEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string endStart = $"CAST(date_trunc('{period}', DATE '{end}') AS DATE)";

        var sql = new StringBuilder();
        sql.Append("WITH tx AS (SELECT ")
            .Append(CultureInfo.InvariantCulture, $"coalesce(CAST({customer} AS VARCHAR), error('A row has no customer id ({Escape(options.CustomerIdColumn)}).')) AS customer_id, ")
            .Append(CultureInfo.InvariantCulture, $"coalesce({dateExpression}, error('A row has no date ({Escape(options.DateColumn)}).')) AS day, ")
            .Append(CultureInfo.InvariantCulture, $"coalesce(CAST({amount} AS DECIMAL(38,10)), error('A row has no amount ({Escape(options.AmountColumn)}).')) AS amount ")
            .Append("FROM ").Append(Source(path, options)).Append("),\n")
            .Append(CultureInfo.InvariantCulture, $"p AS (SELECT customer_id, CAST(date_trunc('{period}', day) AS DATE) AS ps, ")
            .Append("count(*) FILTER (WHERE amount >= 0) AS purchases, sum(amount) AS amount FROM tx GROUP BY ALL),\n")
            .Append("c AS (SELECT customer_id, min(ps) FILTER (WHERE purchases > 0) AS first_start FROM p GROUP BY customer_id),\n")
            .Append("w AS (SELECT p.customer_id AS customer_id, c.first_start AS first_start, p.amount AS amount, ")
            .Append("coalesce(max(CASE WHEN p.purchases > 0 THEN p.ps END) OVER (PARTITION BY p.customer_id ORDER BY p.ps ")
            .Append("ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), c.first_start) AS occasion ")
            .Append("FROM p JOIN c ON p.customer_id = c.customer_id ")
            .Append(CultureInfo.InvariantCulture, $"WHERE c.first_start <= {endStart} AND p.ps <= {endStart}),\n")
            .Append("o AS (SELECT customer_id, first_start, occasion, sum(amount) AS spend FROM w GROUP BY customer_id, first_start, occasion),\n")
            .Append("s AS (SELECT customer_id, count(*) - 1 AS frequency, max(occasion) AS last_start, ")
            .Append("coalesce(sum(spend) FILTER (WHERE occasion > first_start), CAST(0 AS DECIMAL(38,10))) AS repeat_spend ")
            .Append("FROM o GROUP BY customer_id)\n")
            .Append("SELECT c.customer_id, c.first_start, s.frequency, s.last_start, s.repeat_spend ")
            .Append("FROM c LEFT JOIN s ON c.customer_id = s.customer_id ORDER BY c.customer_id");
        return sql.ToString();
    }

    private static IEnumerable<Row> Run(string path, string sql, DuckDbLogOptions options, SummaryOptions summary)
    {
        if (path.IndexOfAny(['*', '?', '[', '{']) < 0 && !path.Contains("://", StringComparison.Ordinal) && !File.Exists(path))
        {
            throw new FileNotFoundException($"The transaction log '{path}' does not exist.", path);
        }

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (DuckDBCommand settings = connection.CreateCommand())
        {
            if (options.MemoryLimit is { } limit)
            {
                settings.CommandText = $"SET memory_limit = {Literal(limit)}";
                settings.ExecuteNonQuery();
            }

            if (options.TempDirectory is { } temp)
            {
                settings.CommandText = $"SET temp_directory = {Literal(temp)}";
                settings.ExecuteNonQuery();
            }
        }

        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader reader = command.ExecuteReader();
        long endIndex = TimePeriodCalendar.PeriodIndex(summary.ObservationEnd, summary.Period);
        while (reader.Read())
        {
            string id = reader.GetString(0);
            if (reader.IsDBNull(1))
            {
                yield return new Row(false, null);
                continue;
            }

            if (reader.IsDBNull(2))
            {
                yield return new Row(true, null);
                continue;
            }

            long first = TimePeriodCalendar.PeriodIndex(reader.GetDateTime(1), summary.Period);
            long last = TimePeriodCalendar.PeriodIndex(reader.GetDateTime(3), summary.Period);
            int frequency = checked((int)reader.GetInt64(2));
            decimal repeatSpend = reader.GetDecimal(4);
            yield return new Row(true, new CustomerSummary(
                id,
                frequency,
                TimePeriodCalendar.Elapsed(first, last, summary.Period, summary.Unit),
                TimePeriodCalendar.Elapsed(first, endIndex, summary.Period, summary.Unit),
                frequency == 0 ? 0.0 : (double)(repeatSpend / frequency)));
        }
    }

    private static string Source(string path, DuckDbLogOptions options)
    {
        bool parquet = options.Format == DuckDbLogFormat.Parquet
            || (options.Format == DuckDbLogFormat.Auto && path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase));
        if (parquet)
        {
            return $"read_parquet({Literal(path)})";
        }

        var types = new StringBuilder();
        types.Append(CultureInfo.InvariantCulture, $"{Literal(options.CustomerIdColumn)}: 'VARCHAR', {Literal(options.AmountColumn)}: 'VARCHAR'");
        if (options.DateFormat is not null)
        {
            types.Append(CultureInfo.InvariantCulture, $", {Literal(options.DateColumn)}: 'VARCHAR'");
        }

        string delimiter = options.Delimiter is { } d ? $", delim = {Literal(d)}" : string.Empty;
        return $"read_csv({Literal(path)}, header = true, types = {{{types}}}{delimiter})";
    }

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string text) => "'" + Escape(text) + "'";

    private static string Escape(string text) => text.Replace("'", "''", StringComparison.Ordinal);

    private readonly record struct Row(bool HasPurchases, CustomerSummary? Summary);
}
