namespace CustomerValue.IO;

/// <summary>A row of a transaction log that could not be read, and why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="FileName">The file the row is in, as given to the reader, or <c>&lt;stream&gt;</c>.</param>
/// <param name="LineNumber">The 1-based line on which the row starts.</param>
/// <param name="ColumnName">
/// The column at fault, as named in the header (or the field's role, such as <c>amount</c>, in a log without a header);
/// null when the row as a whole is at fault (wrong number of columns, a broken quoted field).
/// </param>
/// <param name="ColumnIndex">The zero-based position of the column at fault, or null.</param>
/// <param name="Text">The offending text: the field, or the whole row when <paramref name="ColumnName"/> is null; cut to 200 characters.</param>
/// <param name="Reason">What is wrong with <paramref name="Text"/>, phrased to follow it (for example <c>is not a number</c>).</param>
public sealed record BadRow(string FileName, long LineNumber, string? ColumnName, int? ColumnIndex, string Text, string Reason)
{
    /// <summary>The full message, for example <c>transactions.csv, line 17, column 'amount': '12,5x' is not a number.</c></summary>
    public string Message => ErrorText.Message(FileName, LineNumber, ColumnName, Text, Reason);

    /// <summary>The same as <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
