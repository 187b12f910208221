using System.Globalization;

namespace CustomerValue.IO;

/// <summary>
/// One pass over one customer-summary CSV: maps the header (with the published aliases) and turns each record into
/// the fields of a <see cref="CustomerSummary"/> (and, when asked, of a <see cref="CalibrationHoldoutSummary"/>).
/// Not thread-safe.
/// </summary>
internal sealed class SummaryCsvSession
{
    private const int Id = 0;
    private const int Frequency = 1;
    private const int Recency = 2;
    private const int Age = 3;
    private const int Monetary = 4;
    private const int FrequencyHoldout = 5;
    private const int MonetaryHoldout = 6;
    private const int DurationHoldout = 7;

    /// <summary>The accepted header names of each field, first the one the writer uses; matched case-insensitively.</summary>
    private static readonly string[][] Aliases =
    [
        ["customer_id", "id"],
        ["frequency", "x"],
        ["recency", "t_x"],
        ["T"],
        ["monetary_value", "zbar"],
        ["frequency_holdout"],
        ["monetary_value_holdout"],
        ["duration_holdout"],
    ];

    private static readonly string[] Roles =
        ["customer id", "frequency", "recency", "age T", "monetary value", "holdout frequency", "holdout monetary value", "holdout duration"];

    private readonly string _fileName;
    private readonly bool _holdout;
    private readonly int[] _index = [-1, -1, -1, -1, -1, -1, -1, -1];
    private string[] _columnNames = [];
    private bool _bound;

    public SummaryCsvSession(TextReader reader, string fileName, bool holdout)
    {
        _fileName = fileName;
        _holdout = holdout;
        Tokenizer = new RecordTokenizer(reader, FieldSeparator.Comma);
    }

    public RecordTokenizer Tokenizer { get; }

    public CustomerSummaryFormatException RecordTooLong() => new(
        string.Create(CultureInfo.InvariantCulture, $"{ErrorText.Location(_fileName, Tokenizer.NextLineNumber, null)}: the row is longer than {RecordTokenizer.MaxRecordLength} characters (a quoted field with no closing quote?)."),
        _fileName,
        Tokenizer.NextLineNumber,
        null,
        null);

    /// <summary>Reads the current record; false for the header.</summary>
    /// <exception cref="CustomerSummaryFormatException">The record or the header is malformed.</exception>
    public bool TryProcess(out CalibrationHoldoutSummary row)
    {
        row = default;
        RecordTokenizer t = Tokenizer;
        if (!_bound)
        {
            Bind();
            _bound = true;
            return false;
        }

        if (t.RecordError is not null)
        {
            throw Error(-1, t.RawRecord, t.RecordError);
        }

        if (t.FieldCount != _columnNames.Length)
        {
            throw Error(-1, t.RawRecord, string.Create(CultureInfo.InvariantCulture, $"has {t.FieldCount} columns, expected {_columnNames.Length}"));
        }

        ReadOnlySpan<char> id = t[_index[Id]];
        if (id.IsWhiteSpace())
        {
            throw Error(Id, id, "is blank; a customer id is required");
        }

        int frequency = ReadCount(Frequency);
        double recency = ReadNumber(Recency);
        double age = ReadNumber(Age);
        double monetary = _index[Monetary] >= 0 ? ReadNumber(Monetary) : 0.0;
        CustomerSummary summary;
        try
        {
            summary = new CustomerSummary(id.ToString(), frequency, recency, age, monetary);
        }
        catch (ArgumentException ex)
        {
            int field = ex.ParamName switch
            {
                "frequency" => Frequency,
                "recency" => Recency,
                "t" => Age,
                "monetaryValue" => Monetary,
                _ => Id,
            };
            string column = _columnNames[_index[field]];
            throw new CustomerSummaryFormatException(
                $"{ErrorText.Location(_fileName, t.LineNumber, column)}: {WithoutParameter(ex)}",
                _fileName,
                t.LineNumber,
                column,
                ErrorText.Clip(t[_index[field]]),
                ex);
        }

        if (!_holdout)
        {
            row = new CalibrationHoldoutSummary(summary, 0, 0.0, 0.0);
            return true;
        }

        int frequencyHoldout = ReadCount(FrequencyHoldout);
        double monetaryHoldout = _index[MonetaryHoldout] >= 0 ? ReadNumber(MonetaryHoldout) : 0.0;
        double duration = ReadNumber(DurationHoldout);
        if (!double.IsFinite(monetaryHoldout))
        {
            throw Error(MonetaryHoldout, t[_index[MonetaryHoldout]], "is not a finite number");
        }

        if (!double.IsFinite(duration) || duration < 0)
        {
            throw Error(DurationHoldout, t[_index[DurationHoldout]], "is not a finite number of zero or more");
        }

        row = new CalibrationHoldoutSummary(summary, frequencyHoldout, monetaryHoldout, duration);
        return true;
    }

    /// <summary>The message of an <see cref="ArgumentException"/> without the " (Parameter 'x')" and "Actual value was" tails.</summary>
    private static string WithoutParameter(ArgumentException ex)
    {
        string message = ex.Message;
        if (ex.ParamName is { } name)
        {
            int cut = message.IndexOf($" (Parameter '{name}')", StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        return message;
    }

    private int ReadCount(int field)
    {
        ReadOnlySpan<char> text = Tokenizer[_index[field]];
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n))
        {
            // A negative calibration frequency is left to CustomerSummary, whose message says what is wrong.
            return n >= 0 || field != FrequencyHoldout ? n : throw Error(field, text, "is negative; a count must be zero or more");
        }

        // Tools such as pandas write counts as 2.0.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
        {
            if (d >= int.MinValue && d <= int.MaxValue && d == Math.Floor(d) && (d >= 0 || field != FrequencyHoldout))
            {
                return (int)d;
            }

            throw Error(field, text, d < 0 && d == Math.Floor(d) ? "is negative; a count must be zero or more" : "is not a whole number");
        }

        throw Error(field, text, "is not a number");
    }

    private double ReadNumber(int field)
    {
        ReadOnlySpan<char> text = Tokenizer[_index[field]];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)
            ? d
            : throw Error(field, text, "is not a number");
    }

    private CustomerSummaryFormatException Error(int field, ReadOnlySpan<char> text, string reason)
    {
        string? column = field < 0 ? null : _columnNames[_index[field]];
        string clipped = ErrorText.Clip(text);
        long line = Tokenizer.LineNumber;
        return new CustomerSummaryFormatException(ErrorText.Message(_fileName, line, column, clipped, reason), _fileName, line, column, clipped);
    }

    private void Bind()
    {
        RecordTokenizer t = Tokenizer;
        if (t.RecordError is not null)
        {
            throw Error(-1, t.RawRecord, t.RecordError);
        }

        _columnNames = new string[t.FieldCount];
        for (int i = 0; i < _columnNames.Length; i++)
        {
            _columnNames[i] = t[i].ToString();
        }

        int fields = _holdout ? Aliases.Length : FrequencyHoldout;
        for (int field = 0; field < fields; field++)
        {
            _index[field] = Find(Aliases[field]);
            bool optional = field is Monetary or MonetaryHoldout;
            if (_index[field] < 0 && !optional)
            {
                string names = string.Join(" or ", Aliases[field].Select(a => $"'{a}'"));
                string found = string.Join(", ", _columnNames.Select(n => $"'{n}'"));
                throw new CustomerSummaryFormatException(
                    $"{ErrorText.Location(_fileName, t.LineNumber, null)}: the header has no column for the {Roles[field]} ({names}); the columns found are {found}.",
                    _fileName,
                    t.LineNumber,
                    Aliases[field][0],
                    ErrorText.Clip(t.RawRecord));
            }
        }
    }

    private int Find(string[] names)
    {
        foreach (string name in names)
        {
            for (int i = 0; i < _columnNames.Length; i++)
            {
                if (string.Equals(_columnNames[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
