using System.Globalization;

namespace CustomerValue.IO;

/// <summary>
/// Which column of a log holds a field: by header name (case-insensitive, surrounding whitespace ignored) or by
/// zero-based position. Strings and integers convert implicitly: <c>AmountColumn = "dollar_value"</c> or
/// <c>AmountColumn = 4</c>.
/// </summary>
/// <remarks>Immutable and thread-safe. <c>default(ColumnSelector)</c> selects nothing and is rejected by the options.</remarks>
public readonly record struct ColumnSelector
{
    private readonly string? _name;
    private readonly int _indexPlusOne;

    private ColumnSelector(string? name, int indexPlusOne)
    {
        _name = name;
        _indexPlusOne = indexPlusOne;
    }

    /// <summary>The header name, or null when the column is selected by position.</summary>
    public string? Name => _name;

    /// <summary>The zero-based position, or null when the column is selected by name.</summary>
    public int? Index => _indexPlusOne > 0 ? _indexPlusOne - 1 : null;

    /// <summary>True when the column is selected by header name.</summary>
    public bool IsByName => _name is not null;

    /// <summary>True for <c>default(ColumnSelector)</c>.</summary>
    internal bool IsDefault => _name is null && _indexPlusOne == 0;

    /// <summary>Selects the column whose header is <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">The header name; not null or blank.</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public static ColumnSelector ByName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new ColumnSelector(name.Trim(), 0);
    }

    /// <summary>Selects the column at a zero-based position.</summary>
    /// <param name="index">The position; zero or more.</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or <see cref="int.MaxValue"/>.</exception>
    public static ColumnSelector ByIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfEqual(index, int.MaxValue);
        return new ColumnSelector(null, index + 1);
    }

    /// <summary>Selects a column by header name; see <see cref="ByName"/>.</summary>
    /// <param name="name">The header name.</param>
    public static implicit operator ColumnSelector(string name) => ByName(name);

    /// <summary>Selects a column by zero-based position; see <see cref="ByIndex"/>.</summary>
    /// <param name="index">The position.</param>
    public static implicit operator ColumnSelector(int index) => ByIndex(index);

    /// <summary>The same as <see cref="ByName"/> (the named alternative to the implicit conversion).</summary>
    /// <param name="name">The header name.</param>
    /// <returns>The selector.</returns>
    public static ColumnSelector FromString(string name) => ByName(name);

    /// <summary>The same as <see cref="ByIndex"/> (the named alternative to the implicit conversion).</summary>
    /// <param name="index">The position.</param>
    /// <returns>The selector.</returns>
    public static ColumnSelector FromInt32(int index) => ByIndex(index);

    /// <summary>The name in quotes, or <c>position N</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => _name is not null
        ? $"'{_name}'"
        : _indexPlusOne > 0 ? "position " + (_indexPlusOne - 1).ToString(CultureInfo.InvariantCulture) : "(none)";
}
