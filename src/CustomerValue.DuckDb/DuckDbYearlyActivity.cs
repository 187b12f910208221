using System.Data;
using System.Globalization;
using DuckDB.NET.Data;

namespace CustomerValue.DuckDb;

/// <summary>
/// Each customer's activity per calendar year (the a, b, c, d of the purchase-behaviour loyalty model) computed inside
/// DuckDB from CSV or Parquet files of any size, with exactly the definitions of <see cref="YearlyActivityBuilder"/>.
/// </summary>
/// <remarks>
/// DuckDB groups the log by customer and year; only one row per customer and year comes back to .NET. The purchase count
/// is the number of distinct aggregation periods with a purchase (a non-negative amount) in the year; a return subtracts
/// its quantity from units and its amount from spend and adds no product. Thread-safe: every call opens its own in-memory
/// DuckDB database. Errors are those of <see cref="DuckDbSummaries"/>, and a negative or non-numeric quantity is a
/// <see cref="FormatException"/>.
/// </remarks>
public static class DuckDbYearlyActivity
{
    /// <summary>Builds the same rows as <see cref="YearlyActivityBuilder.Build"/> would for the log.</summary>
    /// <param name="path">A file path or DuckDB glob (for example <c>logs/*.parquet</c>).</param>
    /// <param name="options">
    /// Where the columns are and how to read the files; the optional <see cref="DuckDbLogOptions.QuantityColumn"/> and
    /// <see cref="DuckDbLogOptions.ProductIdColumn"/> give units and products.
    /// </param>
    /// <param name="period">Purchases within one period of this length count as one purchase occasion.</param>
    /// <param name="until">The last day to count (inclusive), or null for the whole log.</param>
    /// <returns>Every (customer, year) with any transaction, ordered by customer (<see cref="CustomerIdComparer"/>) then year.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, or a column name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period or format is not a defined value.</exception>
    /// <exception cref="FileNotFoundException">No file has the path, or no file matches the glob.</exception>
    /// <exception cref="FormatException">A column is missing or of the wrong type, or a value does not convert.</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the files.</exception>
    public static IReadOnlyList<YearlyActivity> Build(string path, DuckDbLogOptions options, TimePeriod period = TimePeriod.Day, DateTime? until = null)
    {
        DuckDbLog.CheckArguments(path, options);
        string part = DuckDbLog.DatePart(period, nameof(period));
        using DuckDbLog log = DuckDbLog.Open(path, options, details: true);
        string filter = until is { } last ? string.Create(CultureInfo.InvariantCulture, $"WHERE CAST(ts AS DATE) <= DATE '{last:yyyy-MM-dd}'") : string.Empty;
        string sql = string.Create(CultureInfo.InvariantCulture, $"""
            WITH tx AS ({log.Transactions(details: true)})
            SELECT customer_id, year(ts) AS year,
                   count(DISTINCT date_trunc('{part}', CAST(ts AS DATE))) FILTER (WHERE amount >= 0) AS purchases,
                   count(DISTINCT product_id) FILTER (WHERE amount >= 0) AS products,
                   sum(CASE WHEN amount < 0 THEN -quantity ELSE quantity END) AS units,
                   sum(amount) AS spend
            FROM tx {filter} GROUP BY customer_id, year(ts)
            """);

        var rows = new List<YearlyActivity>();
        foreach (IDataRecord row in log.Rows(sql))
        {
            rows.Add(new YearlyActivity(row.GetString(0), checked((int)row.GetInt64(1)), checked((int)row.GetInt64(2)), checked((int)row.GetInt64(3)), row.GetDecimal(4), row.GetDecimal(5)));
        }

        rows.Sort(static (x, y) =>
        {
            int c = CustomerIdComparer.Instance.Compare(x.CustomerId, y.CustomerId);
            return c != 0 ? c : x.Year.CompareTo(y.Year);
        });
        return rows;
    }
}
