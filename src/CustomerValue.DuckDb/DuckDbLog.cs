using System.Data;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace CustomerValue.DuckDb;

/// <summary>
/// A transaction log opened in a fresh in-memory DuckDB database: the files found, DuckDB's settings applied, and the
/// columns resolved against the files' schema and type-checked. <see cref="Transactions"/> is the SQL of the log as typed
/// rows, with an error naming the file, column and value for any value that does not convert.
/// </summary>
/// <remarks>Not thread-safe: one instance per query.</remarks>
internal sealed class DuckDbLog : IDisposable
{
    /// <summary>Every error message about the log's data starts with this, so that it can be told from DuckDB's own.</summary>
    private const string ErrorStart = "Transaction log '";

    private const string Decimal = "DECIMAL(38,10)";

    private static readonly HashSet<string> Integers = new(StringComparer.Ordinal)
    {
        "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT",
    };

    private static readonly HashSet<string> Timestamps = new(StringComparer.Ordinal)
    {
        "DATE", "TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS",
    };

    private readonly DuckDBConnection _connection;
    private string _dateType = "VARCHAR";

    private DuckDbLog(string path, DuckDbLogOptions options, DuckDBConnection connection)
    {
        Path = path;
        Options = options;
        _connection = connection;
        CustomerIdColumn = options.CustomerIdColumn;
        DateColumn = options.DateColumn;
        AmountColumn = options.AmountColumn;
    }

    /// <summary>The file path or glob.</summary>
    public string Path { get; }

    /// <summary>How the log is read.</summary>
    public DuckDbLogOptions Options { get; }

    /// <summary>The customer id column as the files spell it.</summary>
    public string CustomerIdColumn { get; private set; }

    /// <summary>The date column as the files spell it.</summary>
    public string DateColumn { get; private set; }

    /// <summary>The amount column as the files spell it.</summary>
    public string AmountColumn { get; private set; }

    /// <summary>The quantity column as the files spell it, or null when it is not read.</summary>
    public string? QuantityColumn { get; private set; }

    /// <summary>The product id column as the files spell it, or null when it is not read.</summary>
    public string? ProductIdColumn { get; private set; }

    /// <summary>Checks the arguments every public method takes.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> or a required column name is blank, or an optional one is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The format is not a defined value.</exception>
    public static void CheckArguments(string path, DuckDbLogOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        foreach ((string? name, string property, bool required) in new (string?, string, bool)[]
        {
            (options.CustomerIdColumn, nameof(options.CustomerIdColumn), true),
            (options.DateColumn, nameof(options.DateColumn), true),
            (options.AmountColumn, nameof(options.AmountColumn), true),
            (options.QuantityColumn, nameof(options.QuantityColumn), false),
            (options.ProductIdColumn, nameof(options.ProductIdColumn), false),
        })
        {
            if ((required || name is not null) && string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"DuckDbLogOptions.{property} must name a column{(required ? "" : " or be null")}.", nameof(options));
            }
        }

        if (!Enum.IsDefined(options.Format))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Format, "Unknown log format.");
        }
    }

    /// <summary>Opens the log: finds its files, applies the settings, reads the schema and checks the columns.</summary>
    /// <param name="path">A file path or glob.</param>
    /// <param name="options">How to read the log.</param>
    /// <param name="details">Whether the optional quantity and product id columns are wanted.</param>
    /// <exception cref="FileNotFoundException">No file has the path, or no file matches the glob.</exception>
    /// <exception cref="FormatException">A column is missing or of a type that cannot hold its values.</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the files.</exception>
    public static DuckDbLog Open(string path, DuckDbLogOptions options, bool details)
    {
        CheckArguments(path, options);
        bool remote = path.Contains("://", StringComparison.Ordinal);
        bool glob = path.IndexOfAny(['*', '?', '[']) >= 0;
        if (!remote && !glob && !File.Exists(path))
        {
            throw new FileNotFoundException($"The transaction log '{path}' does not exist.", path);
        }

        var connection = new DuckDBConnection("DataSource=:memory:");
        var log = new DuckDbLog(path, options, connection);
        try
        {
            connection.Open();
            if (options.MemoryLimit is { } limit)
            {
                log.Execute($"SET memory_limit = {Literal(limit)}");
            }

            if (options.TempDirectory is { } temp)
            {
                log.Execute($"SET temp_directory = {Literal(temp)}");
            }

            if (!remote && glob && log.Scalar($"SELECT count(*) FROM glob({Literal(path)})") == 0)
            {
                throw new FileNotFoundException($"No file matches the transaction log glob '{path}'.", path);
            }

            log.Bind(details);
            return log;
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The SQL of the log as typed rows: <c>customer_id</c> (VARCHAR), <c>ts</c> (TIMESTAMP), <c>amount</c> (DECIMAL(38,10)),
    /// and with <paramref name="details"/> <c>quantity</c> (DECIMAL(38,10), 1 when the log has no quantity column) and
    /// <c>product_id</c> (VARCHAR, null for none).
    /// </summary>
    public string Transactions(bool details)
    {
        string customer = $"CAST({Identifier(CustomerIdColumn)} AS VARCHAR)";
        string date = Identifier(DateColumn);
        string amount = Identifier(AmountColumn);
        var sql = new StringBuilder("SELECT ");
        sql.Append(CultureInfo.InvariantCulture, $"CASE WHEN trim({customer}) <> '' THEN {customer} ELSE {Error(CustomerIdColumn, null, "a row has a blank or missing customer id")} END AS customer_id, ");
        if (Options.DateFormat is { } format)
        {
            sql.Append(CultureInfo.InvariantCulture, $"coalesce(try_strptime(CAST({date} AS VARCHAR), {Literal(format)}), {Error(DateColumn, date, $"is not a date in the format {format}")}) AS ts, ");
        }
        else if (Timestamps.Contains(_dateType))
        {
            sql.Append(CultureInfo.InvariantCulture, $"coalesce(CAST({date} AS TIMESTAMP), {Error(DateColumn, null, "a row has no date")}) AS ts, ");
        }
        else
        {
            // As the in-memory reader's default: ISO 8601, else yyyyMMdd.
            string text = _dateType == "VARCHAR" ? date : $"CAST({date} AS VARCHAR)";
            sql.Append(CultureInfo.InvariantCulture, $"coalesce(TRY_CAST({text} AS TIMESTAMP), try_strptime({text}, '%Y%m%d'), {Error(DateColumn, text, "is not a date (expected a DATE or TIMESTAMP column, or text such as 2024-03-31, 2024-03-31 14:05:00 or 20240331)")}) AS ts, ");
        }

        sql.Append(CultureInfo.InvariantCulture, $"coalesce(TRY_CAST({amount} AS {Decimal}), {Error(AmountColumn, amount, $"is not a number (expected {Decimal}: a number column, or text such as -12.50)")}) AS amount");
        if (details)
        {
            if (QuantityColumn is { } name)
            {
                string quantity = Identifier(name);
                string value = $"TRY_CAST({quantity} AS {Decimal})";
                sql.Append(CultureInfo.InvariantCulture, $", CASE WHEN {value} >= 0 THEN {value} WHEN {value} < 0 THEN {Error(name, quantity, "is negative; a quantity must be zero or more")} ELSE {Error(name, quantity, $"is not a number (expected {Decimal}: a number column, or text such as 2)")} END AS quantity");
            }
            else
            {
                sql.Append(CultureInfo.InvariantCulture, $", CAST(1 AS {Decimal}) AS quantity");
            }

            sql.Append(ProductIdColumn is { } product ? $", NULLIF(CAST({Identifier(product)} AS VARCHAR), '') AS product_id" : ", CAST(NULL AS VARCHAR) AS product_id");
        }

        return sql.Append(" FROM ").Append(Source(typed: true)).ToString();
    }

    /// <summary>Runs a query and yields its reader once per row, turning errors about the log's data into <see cref="FormatException"/>s.</summary>
    /// <exception cref="FormatException">A value does not convert, or DuckDB finds the files malformed.</exception>
    /// <exception cref="DuckDBException">DuckDB fails for another reason.</exception>
    public IEnumerable<IDataRecord> Rows(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader reader = Translate(command.ExecuteReader);
        while (Translate(reader.Read))
        {
            yield return reader;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    /// <summary>A double-quoted SQL identifier.</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A single-quoted SQL string literal.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The DuckDB <c>date_trunc</c> part of a period (ISO weeks start on Monday, as <see cref="TimePeriodCalendar"/>'s do).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not a defined value.</exception>
    public static string DatePart(TimePeriod period, string parameter) => period switch
    {
        TimePeriod.Day => "day",
        TimePeriod.Week => "week",
        TimePeriod.Month => "month",
        TimePeriod.Quarter => "quarter",
        TimePeriod.Year => "year",
        _ => throw new ArgumentOutOfRangeException(parameter, period, "Unknown time period."),
    };

    private void Bind(bool details)
    {
        var columns = new List<(string Name, string Type)>();
        foreach (IDataRecord row in Rows($"DESCRIBE SELECT * FROM {Source(typed: false)}"))
        {
            columns.Add((row.GetString(0), row.GetString(1)));
        }

        bool csv = !IsParquet;
        string text = csv ? "" : " or text";
        CustomerIdColumn = Resolve(columns, Options.CustomerIdColumn, nameof(DuckDbLogOptions.CustomerIdColumn), required: true, csv, IsKey, "text, an integer or a UUID")!.Value.Name;
        (DateColumn, _dateType) = Resolve(columns, Options.DateColumn, nameof(DuckDbLogOptions.DateColumn), required: true, csv,
            Options.DateFormat is null ? static t => t == "VARCHAR" || Timestamps.Contains(t) || Integers.Contains(t) : static t => t == "VARCHAR" || Integers.Contains(t),
            Options.DateFormat is null ? "DATE, TIMESTAMP, or text or an integer such as 2024-03-31 or 20240331" : $"text or an integer in the format {Options.DateFormat}")!.Value;
        AmountColumn = Resolve(columns, Options.AmountColumn, nameof(DuckDbLogOptions.AmountColumn), required: true, csv, IsNumber, $"a number (an integer, DECIMAL, FLOAT or DOUBLE){text}")!.Value.Name;
        if (details)
        {
            QuantityColumn = Options.QuantityColumn is { } quantity
                ? Resolve(columns, quantity, nameof(DuckDbLogOptions.QuantityColumn), required: false, csv, IsNumber, $"a number (an integer, DECIMAL, FLOAT or DOUBLE){text}")?.Name
                : null;
            ProductIdColumn = Options.ProductIdColumn is { } product
                ? Resolve(columns, product, nameof(DuckDbLogOptions.ProductIdColumn), required: false, csv, IsKey, "text, an integer or a UUID")?.Name
                : null;
        }

        static bool IsKey(string type) => type is "VARCHAR" or "UUID" || Integers.Contains(type);

        static bool IsNumber(string type) => type is "VARCHAR" or "FLOAT" or "DOUBLE" || Integers.Contains(type) || type.StartsWith("DECIMAL", StringComparison.Ordinal);
    }

    /// <summary>The column as the files spell it (an exact match first, else one that differs in case only), or null for a missing optional column.</summary>
    private (string Name, string Type)? Resolve(List<(string Name, string Type)> columns, string name, string property, bool required, bool csv, Func<string, bool> accepts, string expected)
    {
        int index = columns.FindIndex(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        index = index >= 0 ? index : columns.FindIndex(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return required
                ? throw new FormatException($"{ErrorStart}{Path}' has no column '{name}' (DuckDbLogOptions.{property}); its columns are {string.Join(", ", columns.Select(c => $"'{c.Name}'"))}.")
                : null;
        }

        // CSV columns are read as text and converted row by row; Parquet columns must have a type that can hold the values.
        (string Name, string Type) column = columns[index];
        if (!csv && !accepts(column.Type))
        {
            throw new FormatException($"{ErrorStart}{Path}', column '{column.Name}' is {column.Type}; expected {expected}.");
        }

        return (column.Name, csv ? "VARCHAR" : column.Type);
    }

    private bool IsParquet => Options.Format == DuckDbLogFormat.Parquet
        || (Options.Format == DuckDbLogFormat.Auto && Path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase));

    private string Source(bool typed)
    {
        if (IsParquet)
        {
            return $"read_parquet({Literal(Path)})";
        }

        var options = new StringBuilder(", header = true");
        if (Options.Delimiter is { } delimiter)
        {
            options.Append(", delim = ").Append(Literal(delimiter));
        }

        if (typed)
        {
            // Every column read is text, converted by Transactions() so that a bad value names its column and text.
            IEnumerable<string?> read = [CustomerIdColumn, DateColumn, AmountColumn, QuantityColumn, ProductIdColumn];
            options.Append(", types = {").AppendJoin(", ", read.OfType<string>().Distinct(StringComparer.Ordinal).Select(c => $"{Literal(c)}: 'VARCHAR'")).Append('}');
        }

        return $"read_csv({Literal(Path)}{options})";
    }

    /// <summary>An SQL <c>error()</c> call whose message names the log, the column and (when <paramref name="value"/> is given) the offending text.</summary>
    private string Error(string column, string? value, string problem)
    {
        string start = $"{ErrorStart}{Path}', column '{column}': ";
        return value is null
            ? $"error({Literal(start + problem + ".")})"
            : $"error(CASE WHEN {value} IS NULL THEN {Literal(start + "a row has no value.")} ELSE {Literal(start + "'")} || CAST({value} AS VARCHAR) || {Literal("' " + problem + ".")} END)";
    }

    private void Execute(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        Translate(command.ExecuteNonQuery);
    }

    private long Scalar(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(Translate(command.ExecuteScalar), CultureInfo.InvariantCulture);
    }

    private T Translate<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DuckDBException e) when (e.Message.Contains(ErrorStart, StringComparison.Ordinal))
        {
            string message = e.Message[e.Message.IndexOf(ErrorStart, StringComparison.Ordinal)..];
            throw new FormatException(message.Split('\n')[0].TrimEnd(), e);
        }
        catch (DuckDBException e) when (e.ErrorType is DuckDBErrorType.InvalidInput or DuckDBErrorType.Conversion)
        {
            throw new FormatException($"{ErrorStart}{Path}' is malformed: {e.Message.Split('\n')[0].TrimEnd()}", e);
        }
    }
}
