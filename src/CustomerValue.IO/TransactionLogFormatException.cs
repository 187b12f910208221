namespace CustomerValue.IO;

/// <summary>
/// A transaction log is malformed: a row that cannot be read (wrong number of columns, a date, amount or quantity that
/// does not parse, a negative quantity, a blank customer id) or a header without a required column. The message and
/// the properties name the file, the line, the column and the offending text, for example
/// <c>transactions.csv, line 17, column 'amount': '12,5x' is not a number.</c>
/// </summary>
public sealed class TransactionLogFormatException : FormatException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public TransactionLogFormatException()
        : this("The transaction log is malformed.")
    {
    }

    /// <summary>Creates the exception with a message and no location.</summary>
    /// <param name="message">The message.</param>
    public TransactionLogFormatException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message, no location, and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public TransactionLogFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
        FileName = ErrorText.StreamName;
    }

    /// <summary>Creates the exception for a bad row; the message is <see cref="BadRow.Message"/>.</summary>
    /// <param name="badRow">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="badRow"/> is null.</exception>
    public TransactionLogFormatException(BadRow badRow)
        : this(badRow, null)
    {
    }

    /// <summary>Creates the exception for a bad row with a message of its own.</summary>
    /// <param name="badRow">The row.</param>
    /// <param name="message">The message, or null for <see cref="BadRow.Message"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="badRow"/> is null.</exception>
    public TransactionLogFormatException(BadRow badRow, string? message)
        : base(message ?? (badRow ?? throw new ArgumentNullException(nameof(badRow))).Message)
    {
        BadRow = badRow;
        FileName = badRow.FileName;
        LineNumber = badRow.LineNumber;
        ColumnName = badRow.ColumnName;
        Text = badRow.Text;
    }

    /// <summary>The file, as given to the reader, or <c>&lt;stream&gt;</c>.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line number; 0 when unknown.</summary>
    public long LineNumber { get; }

    /// <summary>The column at fault, or null when the row (or header) as a whole is.</summary>
    public string? ColumnName { get; }

    /// <summary>The offending text (a field, a row or the header line), or null when unknown.</summary>
    public string? Text { get; }

    /// <summary>The row's full description, or null when the exception was not made from a row.</summary>
    public BadRow? BadRow { get; }
}
