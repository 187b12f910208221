namespace CustomerValue.IO;

/// <summary>
/// A customer-summary CSV is malformed: a header without a required column, a row with the wrong number of columns, a
/// number that does not parse, or values a <see cref="CustomerSummary"/> rejects. The message and the properties name
/// the file, the line, the column and the offending text, for example
/// <c>summary.csv, line 5, column 'recency': Customer '7': recency must be finite and between 0 and T = 3, but was 5.</c>
/// </summary>
public sealed class CustomerSummaryFormatException : FormatException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public CustomerSummaryFormatException()
        : this("The customer summary file is malformed.")
    {
    }

    /// <summary>Creates the exception with a message and no location.</summary>
    /// <param name="message">The message.</param>
    public CustomerSummaryFormatException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message, no location, and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public CustomerSummaryFormatException(string message, Exception? innerException)
        : this(message, ErrorText.StreamName, 0, null, null, innerException)
    {
    }

    /// <summary>Creates the exception with a message and a location.</summary>
    /// <param name="message">The message.</param>
    /// <param name="fileName">The file, or <c>&lt;stream&gt;</c>.</param>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="columnName">The column at fault, or null for the row as a whole.</param>
    /// <param name="text">The offending text, or null.</param>
    /// <param name="innerException">The cause (for example the <see cref="ArgumentException"/> from <see cref="CustomerSummary"/>), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
    public CustomerSummaryFormatException(string message, string fileName, long lineNumber, string? columnName, string? text, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        FileName = fileName;
        LineNumber = lineNumber;
        ColumnName = columnName;
        Text = text;
    }

    /// <summary>The file, as given to the reader, or <c>&lt;stream&gt;</c>.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line number; 0 when unknown.</summary>
    public long LineNumber { get; }

    /// <summary>The column at fault, as named in the header, or null when the row (or header) as a whole is.</summary>
    public string? ColumnName { get; }

    /// <summary>The offending text (a field, a row or the header line), or null when unknown.</summary>
    public string? Text { get; }
}
