namespace CustomerValue.IO;

/// <summary>
/// How the fields of a transaction-log line are separated: one character (comma, tab, semicolon…) with RFC 4180
/// quoting, or <see cref="Whitespace"/>, runs of spaces and tabs with no quoting (the CDNOW files).
/// </summary>
/// <remarks>Immutable and thread-safe. <c>default(FieldSeparator)</c> is not a valid separator.</remarks>
public readonly record struct FieldSeparator
{
    private readonly char _character;
    private readonly bool _isWhitespace;

    private FieldSeparator(char character, bool isWhitespace)
    {
        _character = character;
        _isWhitespace = isWhitespace;
    }

    /// <summary>A comma: ordinary CSV.</summary>
    public static FieldSeparator Comma => new(',', false);

    /// <summary>A tab: TSV.</summary>
    public static FieldSeparator Tab => new('\t', false);

    /// <summary>A semicolon, common in CSV files written with a decimal comma.</summary>
    public static FieldSeparator Semicolon => new(';', false);

    /// <summary>Runs of spaces and tabs; leading and trailing whitespace is ignored and there is no quoting.</summary>
    public static FieldSeparator Whitespace => new(' ', true);

    /// <summary>True for <see cref="Whitespace"/>.</summary>
    public bool IsWhitespace => _isWhitespace;

    /// <summary>The separator character; a space for <see cref="Whitespace"/>.</summary>
    public char Character => _character;

    /// <summary>True for <c>default(FieldSeparator)</c>, which separates nothing.</summary>
    internal bool IsDefault => _character == '\0';

    /// <summary>A single-character separator, with RFC 4180 quoting.</summary>
    /// <param name="character">The separator; not a double quote, a line break or U+0000.</param>
    /// <returns>The separator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="character"/> is a double quote, CR, LF or U+0000.</exception>
    public static FieldSeparator Of(char character)
    {
        if (character is '"' or '\r' or '\n' or '\0')
        {
            throw new ArgumentOutOfRangeException(nameof(character), character, "A field separator cannot be a double quote, a line break or U+0000.");
        }

        return new FieldSeparator(character, false);
    }

    /// <summary>A readable name: <c>whitespace</c>, <c>tab</c>, or the character in quotes.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => _isWhitespace ? "whitespace" : _character switch
    {
        '\t' => "tab",
        '\0' => "(none)",
        _ => $"'{_character}'",
    };
}
