namespace CustomerValue.DuckDb;

/// <summary>Where the columns of a transaction log are and how DuckDB should read it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DuckDbLogOptions
{
    /// <summary>
    /// The default options: CSV or Parquet chosen by extension, columns <c>customer_id</c>, <c>date</c>, <c>amount</c>, and
    /// the optional <c>quantity</c> and <c>product_id</c>.
    /// </summary>
    public static DuckDbLogOptions Default { get; } = new();

    /// <summary>The file format; <see cref="DuckDbLogFormat.Auto"/> chooses by the extension of the path or glob.</summary>
    public DuckDbLogFormat Format { get; init; } = DuckDbLogFormat.Auto;

    /// <summary>The column with the customer identifier (read as text, so leading zeros are kept).</summary>
    public string CustomerIdColumn { get; init; } = "customer_id";

    /// <summary>The column with the transaction date or timestamp (only the calendar date is used).</summary>
    public string DateColumn { get; init; } = "date";

    /// <summary>The column with the amount; a negative amount is a return.</summary>
    /// <remarks>Amounts are read as <c>DECIMAL(38,10)</c>: sums are exact, and digits past the tenth decimal place are rounded.</remarks>
    public string AmountColumn { get; init; } = "amount";

    /// <summary>
    /// The column with the units bought (zero or more; for a return, the units returned), used by
    /// <see cref="DuckDbYearlyActivity"/> and <see cref="DuckDbTransactions"/>. Optional: it is read when the log has it;
    /// when it is absent, or this is null, every transaction has quantity 1.
    /// </summary>
    public string? QuantityColumn { get; init; } = "quantity";

    /// <summary>
    /// The column with the product or SKU id, used by <see cref="DuckDbYearlyActivity"/> and <see cref="DuckDbTransactions"/>.
    /// Optional: it is read when the log has it; an empty or null value means no product.
    /// </summary>
    public string? ProductIdColumn { get; init; } = "product_id";

    /// <summary>
    /// A DuckDB <c>strptime</c> format for the date column (for example <c>%d/%m/%Y</c>), or null for the in-memory reader's
    /// default: <c>DATE</c> and <c>TIMESTAMP</c> columns as they are, text (or integers) in ISO 8601 form
    /// (<c>2024-03-31</c>, <c>2024-03-31 14:05:00</c>) or else as <c>yyyyMMdd</c>.
    /// </summary>
    public string? DateFormat { get; init; }

    /// <summary>The CSV delimiter, or null to let DuckDB detect it. Ignored for Parquet.</summary>
    public string? Delimiter { get; init; }

    /// <summary>DuckDB's memory limit (for example <c>"1GB"</c>), or null for DuckDB's default; beyond it DuckDB spills to disk.</summary>
    public string? MemoryLimit { get; init; }

    /// <summary>The folder DuckDB spills to, or null for DuckDB's default.</summary>
    public string? TempDirectory { get; init; }
}
