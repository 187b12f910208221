using System.Globalization;

namespace CustomerValue.IO;

/// <summary>
/// Reads a comma-separated file with a header whose columns are found by name (case-insensitive; required and optional
/// ones) and whose fields are numbers: the shared machinery of the small model-input files (BG/BB histories, cohort
/// survival counts). Every error names the file, line, column and text.
/// </summary>
internal sealed class NumericTableSession
{
    private readonly string _fileName;
    private readonly string[] _columns;
    private readonly bool[] _required;
    private readonly int[] _index;
    private string[] _header = [];

    /// <summary>Creates a session over <paramref name="reader"/> for the given columns; optional ones are marked with <paramref name="required"/> false.</summary>
    public NumericTableSession(TextReader reader, string fileName, string[] columns, bool[] required)
    {
        _fileName = fileName;
        _columns = columns;
        _required = required;
        _index = [.. columns.Select(_ => -1)];
        Tokenizer = new RecordTokenizer(reader, FieldSeparator.Comma);
    }

    /// <summary>The tokenizer.</summary>
    public RecordTokenizer Tokenizer { get; }

    /// <summary>The 1-based line number of the current row.</summary>
    public long LineNumber => Tokenizer.LineNumber;

    /// <summary>Reads the rows; for each, <paramref name="row"/> receives the session, positioned on it.</summary>
    public static IEnumerable<T> Rows<T>(TextReader reader, string fileName, bool owned, string[] columns, bool[] required, Func<NumericTableSession, T> row)
    {
        try
        {
            var session = new NumericTableSession(reader, fileName, columns, required);
            bool bound = false;
            Func<Exception> tooLong = session.RecordTooLong; // one delegate, not one per row
            while (session.Tokenizer.MoveNext(tooLong))
            {
                if (!bound)
                {
                    session.Bind();
                    bound = true;
                    continue;
                }

                session.CheckShape();
                yield return row(session);
            }
        }
        finally
        {
            if (owned)
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>The error for a record longer than <see cref="RecordTokenizer.MaxRecordLength"/>.</summary>
    public CustomerSummaryFormatException RecordTooLong() =>
        Error(-1, "", string.Create(CultureInfo.InvariantCulture, $"is longer than {RecordTokenizer.MaxRecordLength} characters (a quoted field with no closing quote?)"));

    /// <summary>True when the optional column <paramref name="column"/> is in the header.</summary>
    public bool Has(int column) => _index[column] >= 0;

    /// <summary>The field of <paramref name="column"/> as a finite number.</summary>
    public double Number(int column)
    {
        ReadOnlySpan<char> text = Tokenizer[_index[column]];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d)
            ? d
            : throw Error(column, text, "is not a finite number");
    }

    /// <summary>The field of <paramref name="column"/> as a whole number of zero or more (2.0 is accepted).</summary>
    public int Count(int column)
    {
        ReadOnlySpan<char> text = Tokenizer[_index[column]];
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 0)
        {
            return n;
        }

        double d = Number(column);
        return d >= 0 && d <= int.MaxValue && d == Math.Floor(d) ? (int)d : throw Error(column, text, "is not a whole number of zero or more");
    }

    /// <summary>An error on the current row: in <paramref name="column"/> (or the whole row when negative).</summary>
    public CustomerSummaryFormatException Error(int column, ReadOnlySpan<char> text, string reason)
    {
        string? name = column < 0 ? null : _header[_index[column]];
        string clipped = ErrorText.Clip(column < 0 && text.IsEmpty ? Tokenizer.RawRecord : text);
        return new CustomerSummaryFormatException(ErrorText.Message(_fileName, LineNumber, name, clipped, reason), _fileName, LineNumber, name, clipped);
    }

    /// <summary>A rule broken by the current row as a whole (for example periods out of order), wrapped with the location.</summary>
    public CustomerSummaryFormatException Error(int column, ArgumentException problem)
    {
        string? name = column < 0 ? null : _header[_index[column]];
        string text = ErrorText.Clip(column < 0 ? Tokenizer.RawRecord : Tokenizer[_index[column]]);
        return new CustomerSummaryFormatException($"{ErrorText.Location(_fileName, LineNumber, name)}: {problem.Message}", _fileName, LineNumber, name, text, problem);
    }

    private void CheckShape()
    {
        if (Tokenizer.RecordError is { } recordError)
        {
            throw Error(-1, Tokenizer.RawRecord, recordError);
        }

        if (Tokenizer.FieldCount != _header.Length)
        {
            throw Error(-1, Tokenizer.RawRecord, string.Create(CultureInfo.InvariantCulture, $"has {Tokenizer.FieldCount} columns, expected {_header.Length}"));
        }
    }

    private void Bind()
    {
        if (Tokenizer.RecordError is { } recordError)
        {
            throw Error(-1, Tokenizer.RawRecord, recordError);
        }

        _header = new string[Tokenizer.FieldCount];
        for (int i = 0; i < _header.Length; i++)
        {
            _header[i] = Tokenizer[i].Trim().ToString();
        }

        for (int c = 0; c < _columns.Length; c++)
        {
            _index[c] = Array.FindIndex(_header, h => string.Equals(h, _columns[c], StringComparison.OrdinalIgnoreCase));
            if (_index[c] < 0 && _required[c])
            {
                string found = string.Join(", ", _header.Select(n => $"'{n}'"));
                throw new CustomerSummaryFormatException(
                    $"{ErrorText.Location(_fileName, LineNumber, null)}: the header has no column '{_columns[c]}'; the columns found are {found}.",
                    _fileName,
                    LineNumber,
                    _columns[c],
                    ErrorText.Clip(Tokenizer.RawRecord));
            }
        }
    }
}
