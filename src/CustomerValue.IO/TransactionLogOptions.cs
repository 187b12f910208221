using System.Collections.ObjectModel;

namespace CustomerValue.IO;

/// <summary>
/// How a <see cref="TransactionLogReader"/> reads a transaction log: the separator, whether there is a header, which
/// column holds which field, the accepted date formats and what to do with bad rows.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe; change it with <c>with</c>:
/// <c>TransactionLogOptions.Default with { Separator = FieldSeparator.Tab }</c>. Simple checks (no null, no
/// <c>default</c> selector) run when a property is set; checks that involve several properties (a column selected by
/// name in a log without a header) run when the reader is created.</para>
/// <para>Numbers and dates are always read with the invariant culture: a decimal point, no thousands separators.</para>
/// </remarks>
public sealed record TransactionLogOptions
{
    private static readonly ReadOnlyCollection<string> IsoAndCompactDates = Array.AsReadOnly(
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyyMMdd",
    ]);

    /// <summary>
    /// The date formats accepted by default (invariant culture): <c>yyyy-MM-dd</c>, <c>yyyy-MM-dd HH:mm:ss</c> and
    /// <c>yyyy-MM-ddTHH:mm:ss</c> (both with optional fractional seconds and an optional <c>Z</c> or UTC offset) and
    /// <c>yyyyMMdd</c>.
    /// </summary>
    public static IReadOnlyList<string> DefaultDateFormats => IsoAndCompactDates;

    /// <summary>A comma-separated log with a header <c>customer_id,date,amount</c> and optional <c>quantity</c> and <c>product_id</c> columns.</summary>
    public static TransactionLogOptions Default { get; } = new();

    /// <summary>
    /// The CDNOW master log (<c>CDNOW_master.txt</c>): whitespace-separated, header
    /// <c>customer_id date number_of_cds dollar_value</c>, dates <c>yyyyMMdd</c>.
    /// </summary>
    public static TransactionLogOptions CdnowMaster { get; } = new()
    {
        Separator = FieldSeparator.Whitespace,
        QuantityColumn = "number_of_cds",
        AmountColumn = "dollar_value",
        ProductIdColumn = null,
        DateFormats = ["yyyyMMdd"],
    };

    /// <summary>
    /// The CDNOW 1/10 sample (<c>CDNOW_sample.txt</c>): whitespace-separated, no header, columns master id, sample id,
    /// date <c>yyyyMMdd</c>, number of CDs, dollars. The customer id is the master id (position 0).
    /// </summary>
    public static TransactionLogOptions CdnowSample { get; } = new()
    {
        Separator = FieldSeparator.Whitespace,
        HasHeader = false,
        CustomerIdColumn = 0,
        DateColumn = 2,
        QuantityColumn = 3,
        AmountColumn = 4,
        ProductIdColumn = null,
        DateFormats = ["yyyyMMdd"],
    };

    /// <summary>How fields are separated.</summary>
    /// <value>Default <see cref="FieldSeparator.Comma"/>.</value>
    /// <exception cref="ArgumentException">Set to <c>default(FieldSeparator)</c>.</exception>
    public FieldSeparator Separator
    {
        get;
        init => field = value.IsDefault ? throw new ArgumentException("The separator must be set (for example FieldSeparator.Comma).", nameof(Separator)) : value;
    } = FieldSeparator.Comma;

    /// <summary>
    /// True when the first non-blank line is a header naming the columns. Without a header, every column must be selected
    /// by position, and the first row fixes the number of columns.
    /// </summary>
    /// <value>Default true.</value>
    public bool HasHeader { get; init; } = true;

    /// <summary>The column holding the customer id (required; read as a string, so leading zeros stay).</summary>
    /// <value>Default <c>customer_id</c>.</value>
    /// <exception cref="ArgumentException">Set to <c>default(ColumnSelector)</c>.</exception>
    public ColumnSelector CustomerIdColumn { get; init => field = Required(value, nameof(CustomerIdColumn)); } = "customer_id";

    /// <summary>The column holding the date or timestamp (required), in one of <see cref="DateFormats"/>.</summary>
    /// <value>Default <c>date</c>.</value>
    /// <exception cref="ArgumentException">Set to <c>default(ColumnSelector)</c>.</exception>
    public ColumnSelector DateColumn { get; init => field = Required(value, nameof(DateColumn)); } = "date";

    /// <summary>The column holding the amount of money (required; negative for a return or refund).</summary>
    /// <value>Default <c>amount</c>.</value>
    /// <exception cref="ArgumentException">Set to <c>default(ColumnSelector)</c>.</exception>
    public ColumnSelector AmountColumn { get; init => field = Required(value, nameof(AmountColumn)); } = "amount";

    /// <summary>
    /// The column holding the number of units (optional; zero or more). Selected by name, it is read when the header has
    /// it; when it is absent, or this is null, every transaction has quantity 1. Selected by position, it is required.
    /// </summary>
    /// <value>Default <c>quantity</c>.</value>
    /// <exception cref="ArgumentException">Set to <c>default(ColumnSelector)</c>.</exception>
    public ColumnSelector? QuantityColumn { get; init => field = Optional(value, nameof(QuantityColumn)); } = "quantity";

    /// <summary>
    /// The column holding the product or SKU id (optional; an empty field means none). Selected by name, it is read when
    /// the header has it; selected by position, it is required.
    /// </summary>
    /// <value>Default <c>product_id</c>.</value>
    /// <exception cref="ArgumentException">Set to <c>default(ColumnSelector)</c>.</exception>
    public ColumnSelector? ProductIdColumn { get; init => field = Optional(value, nameof(ProductIdColumn)); } = "product_id";

    /// <summary>
    /// The accepted date formats (.NET custom format strings, invariant culture), tried in order, the last one that
    /// matched first. A UTC offset or <c>Z</c> matched by a <c>K</c> or <c>zzz</c> specifier is accepted but not applied:
    /// the timestamp is the date and time as written.
    /// </summary>
    /// <value>Default <see cref="DefaultDateFormats"/>.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to an empty list, or a list with a null or blank format.</exception>
    public IReadOnlyList<string> DateFormats { get; init => field = Formats(value); } = IsoAndCompactDates;

    /// <summary>What to do with a malformed row.</summary>
    /// <value>Default <see cref="BadRowHandling.Throw"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not defined.</exception>
    public BadRowHandling BadRowHandling
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(BadRowHandling), value, "Unknown bad-row handling.");
    } = BadRowHandling.Throw;

    /// <summary>
    /// Under <see cref="BadRowHandling.Collect"/>, the most bad rows to collect in one read; one more throws a
    /// <see cref="TransactionLogFormatException"/> (so a file in the wrong format fails instead of filling memory). Null
    /// means no limit.
    /// </summary>
    /// <value>Default null (no limit).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int? MaxBadRows
    {
        get;
        init => field = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(MaxBadRows), value, "MaxBadRows must be zero or more (or null for no limit).") : value;
    }

    /// <summary>True when every setting is the same, the date formats compared item by item.</summary>
    /// <param name="other">The options to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TransactionLogOptions? other) =>
        other is not null
        && Separator == other.Separator
        && HasHeader == other.HasHeader
        && CustomerIdColumn == other.CustomerIdColumn
        && DateColumn == other.DateColumn
        && AmountColumn == other.AmountColumn
        && QuantityColumn == other.QuantityColumn
        && ProductIdColumn == other.ProductIdColumn
        && DateFormats.SequenceEqual(other.DateFormats, StringComparer.Ordinal)
        && BadRowHandling == other.BadRowHandling
        && MaxBadRows == other.MaxBadRows;

    /// <summary>A hash consistent with <see cref="Equals(TransactionLogOptions?)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Separator);
        hash.Add(HasHeader);
        hash.Add(CustomerIdColumn);
        hash.Add(DateColumn);
        hash.Add(AmountColumn);
        hash.Add(QuantityColumn);
        hash.Add(ProductIdColumn);
        foreach (string format in DateFormats)
        {
            hash.Add(format, StringComparer.Ordinal);
        }

        hash.Add(BadRowHandling);
        hash.Add(MaxBadRows);
        return hash.ToHashCode();
    }

    /// <summary>Every problem that involves more than one property, or an empty list.</summary>
    internal List<string> Problems()
    {
        var problems = new List<string>();
        if (!HasHeader)
        {
            RequirePosition(CustomerIdColumn, nameof(CustomerIdColumn));
            RequirePosition(DateColumn, nameof(DateColumn));
            RequirePosition(AmountColumn, nameof(AmountColumn));
        }

        return problems;

        void RequirePosition(ColumnSelector column, string property)
        {
            if (column.IsByName)
            {
                problems.Add($"{property} selects the column by name ({column}), but the log has no header (HasHeader is false): select it by position.");
            }
        }
    }

    private static ColumnSelector Required(ColumnSelector value, string property) =>
        value.IsDefault ? throw new ArgumentException($"{property} must select a column by name or position.", property) : value;

    private static ColumnSelector? Optional(ColumnSelector? value, string property) =>
        value is { IsDefault: true } ? throw new ArgumentException($"{property} must select a column by name or position, or be null.", property) : value;

    private static ReadOnlyCollection<string> Formats(IReadOnlyList<string> value)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(DateFormats));
        if (value is ReadOnlyCollection<string> same && ReferenceEquals(same, IsoAndCompactDates))
        {
            return same;
        }

        string[] copy = [.. value];
        if (copy.Length == 0)
        {
            throw new ArgumentException("At least one date format is needed.", nameof(DateFormats));
        }

        foreach (string format in copy)
        {
            if (string.IsNullOrWhiteSpace(format))
            {
                throw new ArgumentException("A date format cannot be null or blank.", nameof(DateFormats));
            }
        }

        return Array.AsReadOnly(copy);
    }
}
