using System.Data;
using DuckDB.NET.Data;

namespace CustomerValue.DuckDb;

/// <summary>
/// Reads a transaction log with DuckDB: CSV or Parquet files, or globs over many files, with typed columns, for the code
/// that needs the transactions themselves (the in-memory analysis, segmentation by trajectory).
/// </summary>
/// <remarks>Thread-safe: every enumeration opens its own in-memory DuckDB database. Errors are those of <see cref="DuckDbYearlyActivity"/>.</remarks>
public static class DuckDbTransactions
{
    /// <summary>Streams the transactions of the log, in the order DuckDB reads them.</summary>
    /// <param name="path">A file path or DuckDB glob (for example <c>logs/*.parquet</c>).</param>
    /// <param name="options">Where the columns are and how to read the files, including the optional quantity and product id.</param>
    /// <returns>A lazy sequence: the files are read as it is enumerated, and each enumeration reads them again.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, or a column name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The format is not a defined value.</exception>
    /// <exception cref="FileNotFoundException">No file has the path, or no file matches the glob (on enumeration).</exception>
    /// <exception cref="FormatException">A column is missing or of the wrong type, or a value does not convert (on enumeration).</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the files (on enumeration).</exception>
    public static IEnumerable<Transaction> Stream(string path, DuckDbLogOptions options)
    {
        DuckDbLog.CheckArguments(path, options);
        return Iterate(path, options);

        static IEnumerable<Transaction> Iterate(string path, DuckDbLogOptions options)
        {
            using DuckDbLog log = DuckDbLog.Open(path, options, details: true);
            foreach (IDataRecord row in log.Rows(log.Transactions(details: true)))
            {
                yield return new Transaction(row.GetString(0), row.GetDateTime(1), row.GetDecimal(2), row.GetDecimal(3), row.IsDBNull(4) ? null : row.GetString(4));
            }
        }
    }
}
