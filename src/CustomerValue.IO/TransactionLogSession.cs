using System.Globalization;

namespace CustomerValue.IO;

/// <summary>
/// One pass over one transaction log: finds the columns (from the header, or from the first row of a log without one),
/// then turns each record into a <see cref="Transaction"/> or a <see cref="BadRow"/>. Shared by the synchronous and
/// asynchronous readers. Not thread-safe.
/// </summary>
internal sealed class TransactionLogSession
{
    private const NumberStyles NumberStyle = NumberStyles.Float;

    private static readonly string[] RoleNames = ["customer_id", "date", "amount", "quantity", "product_id"];

    private readonly TransactionLogOptions _options;
    private readonly string _fileName;
    private readonly BadRowCollector? _collector;
    private readonly DateParser _dates;
    private readonly string _dateReason;

    private bool _bound;
    private int _width;
    private int _customer;
    private int _date;
    private int _amount;
    private int _quantity = -1;
    private int _product = -1;
    private string[] _columnNames = [];
    private int _badRows;
    private string? _lastCustomer;
    private string? _lastProduct;

    public TransactionLogSession(TextReader reader, TransactionLogOptions options, string fileName, BadRowCollector? collector)
    {
        _options = options;
        _fileName = fileName;
        _collector = collector;
        Tokenizer = new RecordTokenizer(reader, options.Separator);
        _dates = new DateParser(options.DateFormats);
        _dateReason = options.DateFormats.Count == 1
            ? $"is not a date in the format {options.DateFormats[0]}"
            : $"is not a date in any of the formats {string.Join(", ", options.DateFormats)}";
    }

    public RecordTokenizer Tokenizer { get; }

    /// <summary>The exception for a record too long to buffer.</summary>
    public TransactionLogFormatException RecordTooLong() => new(
        string.Create(CultureInfo.InvariantCulture, $"{ErrorText.Location(_fileName, Tokenizer.NextLineNumber, null)}: the row is longer than {RecordTokenizer.MaxRecordLength} characters (a quoted field with no closing quote?)."));

    /// <summary>Reads the current record.</summary>
    /// <returns>True with a transaction; false for the header or a bad row that was collected.</returns>
    /// <exception cref="TransactionLogFormatException">A bad row under <see cref="BadRowHandling.Throw"/>, too many bad rows, or a header that lacks a required column.</exception>
    public bool TryProcess(out Transaction transaction)
    {
        transaction = default;
        RecordTokenizer t = Tokenizer;
        if (!_bound)
        {
            _bound = true;
            if (_options.HasHeader)
            {
                BindHeader();
                return false;
            }

            BindPositions();
        }

        if (t.RecordError is not null)
        {
            return Bad(-1, t.RawRecord, t.RecordError);
        }

        if (t.FieldCount != _width)
        {
            return Bad(-1, t.RawRecord, string.Create(CultureInfo.InvariantCulture, $"has {Columns(t.FieldCount)}, expected {_width}"));
        }

        ReadOnlySpan<char> id = t[_customer];
        if (id.IsWhiteSpace())
        {
            return Bad(_customer, id, "is blank; a customer id is required");
        }

        ReadOnlySpan<char> field = t[_date];
        if (!_dates.TryParse(field, out DateTime timestamp))
        {
            return Bad(_date, field, _dateReason);
        }

        field = t[_amount];
        if (!decimal.TryParse(field, NumberStyle, CultureInfo.InvariantCulture, out decimal amount))
        {
            return Bad(_amount, field, "is not a number");
        }

        decimal quantity = 1m;
        if (_quantity >= 0)
        {
            field = t[_quantity];
            if (!decimal.TryParse(field, NumberStyle, CultureInfo.InvariantCulture, out quantity))
            {
                return Bad(_quantity, field, "is not a number");
            }

            if (quantity < 0m)
            {
                return Bad(_quantity, field, "is negative; a quantity must be zero or more");
            }
        }

        string? product = null;
        if (_product >= 0)
        {
            field = t[_product];
            if (!field.IsEmpty)
            {
                product = _lastProduct is not null && field.SequenceEqual(_lastProduct) ? _lastProduct : (_lastProduct = field.ToString());
            }
        }

        string customer = _lastCustomer is not null && id.SequenceEqual(_lastCustomer) ? _lastCustomer : (_lastCustomer = id.ToString());
        transaction = new Transaction(customer, timestamp, amount, quantity, product);
        _collector?.AddGood();
        return true;
    }

    private static string Columns(int n) => n == 1 ? "1 column" : string.Create(CultureInfo.InvariantCulture, $"{n} columns");

    private bool Bad(int column, ReadOnlySpan<char> text, string reason)
    {
        var row = new BadRow(
            _fileName,
            Tokenizer.LineNumber,
            column < 0 ? null : _columnNames[column],
            column < 0 ? null : column,
            ErrorText.Clip(text),
            reason);
        if (_options.BadRowHandling == BadRowHandling.Throw || _collector is null)
        {
            throw new TransactionLogFormatException(row);
        }

        if (_options.MaxBadRows is int max && _badRows >= max)
        {
            throw new TransactionLogFormatException(row, string.Create(CultureInfo.InvariantCulture, $"{row.Message} That is more than the {max} bad rows allowed (MaxBadRows)."));
        }

        _badRows++;
        _collector.AddBad(row);
        return false;
    }

    private void BindHeader()
    {
        RecordTokenizer t = Tokenizer;
        if (t.RecordError is not null)
        {
            throw new TransactionLogFormatException(new BadRow(_fileName, t.LineNumber, null, null, ErrorText.Clip(t.RawRecord), t.RecordError));
        }

        _width = t.FieldCount;
        _columnNames = new string[_width];
        for (int i = 0; i < _width; i++)
        {
            _columnNames[i] = t[i].ToString();
        }

        _customer = Find(_options.CustomerIdColumn, 0, required: true);
        _date = Find(_options.DateColumn, 1, required: true);
        _amount = Find(_options.AmountColumn, 2, required: true);
        _quantity = _options.QuantityColumn is { } q ? Find(q, 3, required: !q.IsByName) : -1;
        _product = _options.ProductIdColumn is { } p ? Find(p, 4, required: !p.IsByName) : -1;
    }

    private int Find(ColumnSelector column, int role, bool required)
    {
        if (column.Index is int index)
        {
            if (index < _width)
            {
                return index;
            }

            string reason = string.Create(CultureInfo.InvariantCulture, $"has no column at position {index} (the {RoleNames[role]})");
            throw HeaderException(RoleNames[role], reason, $"the header has {Columns(_width)}, so the {RoleNames[role]} cannot be at position {index}");
        }

        string name = column.Name!;
        for (int i = 0; i < _width; i++)
        {
            if (string.Equals(_columnNames[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        if (!required)
        {
            return -1;
        }

        throw HeaderException(name, $"has no column '{name}'", $"the header has no column '{name}' (the {RoleNames[role]})");
    }

    private TransactionLogFormatException HeaderException(string column, string reason, string what)
    {
        RecordTokenizer t = Tokenizer;
        var row = new BadRow(_fileName, t.LineNumber, column, null, ErrorText.Clip(t.RawRecord), reason);
        string found = string.Join(", ", _columnNames.Select(n => $"'{n}'"));
        return new TransactionLogFormatException(row, $"{ErrorText.Location(_fileName, t.LineNumber, null)}: {what}; the columns found are {found}.");
    }

    private void BindPositions()
    {
        RecordTokenizer t = Tokenizer;
        if (t.RecordError is not null)
        {
            throw new TransactionLogFormatException(new BadRow(_fileName, t.LineNumber, null, null, ErrorText.Clip(t.RawRecord), t.RecordError));
        }

        _width = t.FieldCount;
        _columnNames = new string[_width];
        for (int i = 0; i < _width; i++)
        {
            _columnNames[i] = "column " + i.ToString(CultureInfo.InvariantCulture);
        }

        _customer = Position(_options.CustomerIdColumn, 0);
        _date = Position(_options.DateColumn, 1);
        _amount = Position(_options.AmountColumn, 2);
        _quantity = _options.QuantityColumn is { IsByName: false } q ? Position(q, 3) : -1;
        _product = _options.ProductIdColumn is { IsByName: false } p ? Position(p, 4) : -1;
    }

    private int Position(ColumnSelector column, int role)
    {
        int index = column.Index!.Value;
        if (index >= _width)
        {
            RecordTokenizer t = Tokenizer;
            string reason = string.Create(CultureInfo.InvariantCulture, $"has {Columns(_width)}, but the {RoleNames[role]} is at position {index}");
            throw new TransactionLogFormatException(new BadRow(_fileName, t.LineNumber, null, null, ErrorText.Clip(t.RawRecord), reason));
        }

        _columnNames[index] = RoleNames[role];
        return index;
    }
}
