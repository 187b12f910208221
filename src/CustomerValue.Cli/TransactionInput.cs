using System.CommandLine;
using CustomerValue.IO;
using CustomerValue.Simulation;

namespace CustomerValue.Cli;

/// <summary>
/// The options that say where a command's transactions come from and how to read them; without
/// <c>--transactions</c> the embedded, seeded sample log is used.
/// </summary>
internal sealed class TransactionInput
{
    private readonly Option<FileInfo?> _file = new("--transactions") { Description = "Transaction log (CSV, TSV or whitespace-separated). Without it, the embedded sample log is used." };
    private readonly Option<string?> _separator = new("--separator") { Description = "Field separator: comma (default), tab, semicolon, whitespace, or a single character." };
    private readonly Option<bool> _noHeader = new("--no-header") { Description = "The log has no header line: select columns by zero-based position." };
    private readonly Option<string?> _customer = new("--customer-column") { Description = "Column of the customer id: a header name or a zero-based position (default customer_id)." };
    private readonly Option<string?> _date = new("--date-column") { Description = "Column of the date (default date)." };
    private readonly Option<string?> _amount = new("--amount-column") { Description = "Column of the amount; negative for returns (default amount)." };
    private readonly Option<string?> _quantity = new("--quantity-column") { Description = "Column of the units bought (default quantity, optional: 1 when absent)." };
    private readonly Option<string?> _product = new("--product-column") { Description = "Column of the product id (default product_id, optional)." };
    private readonly Option<string[]> _dateFormats = new("--date-format") { Description = "Accepted date format (.NET custom format, repeatable); default ISO 8601 and yyyyMMdd.", AllowMultipleArgumentsPerToken = false };
    private readonly Option<bool> _collectBadRows = new("--skip-bad-rows") { Description = "Report malformed rows on standard error (file, line, column, text) and go on, instead of stopping at the first." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { _file, _separator, _noHeader, _customer, _date, _amount, _quantity, _product, _dateFormats, _collectBadRows })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The <c>--transactions</c> option.</summary>
    public Option<FileInfo?> File => _file;

    /// <summary>
    /// The options for reading the log with DuckDB: the column names and separator carry over; options DuckDB cannot honour
    /// the same way (no header, columns by position, .NET date formats, skipping bad rows) are refused, never ignored.
    /// </summary>
    public CustomerValue.DuckDb.DuckDbLogOptions DuckDbOptions(ParseResult parsed)
    {
        foreach ((Option option, bool used) in new (Option, bool)[]
        {
            (_noHeader, parsed.GetValue(_noHeader)),
            (_dateFormats, parsed.GetValue(_dateFormats) is { Length: > 0 }),
            (_collectBadRows, parsed.GetValue(_collectBadRows)),
        })
        {
            if (used)
            {
                throw new CommandLineException($"{option.Name} is not supported with --engine duckdb (it reads a CSV file with a header, or Parquet, and stops at the first bad value).");
            }
        }

        string Name(Option<string?> option, string fallback)
        {
            string? text = parsed.GetValue(option);
            if (text is null)
            {
                return fallback;
            }

            return Column(text) is { IsByName: true } ? text : throw new CommandLineException($"{option.Name} must name a column (not a position) with --engine duckdb.");
        }

        CustomerValue.DuckDb.DuckDbLogOptions options = CustomerValue.DuckDb.DuckDbLogOptions.Default with
        {
            CustomerIdColumn = Name(_customer, "customer_id"),
            DateColumn = Name(_date, "date"),
            AmountColumn = Name(_amount, "amount"),
            QuantityColumn = Name(_quantity, "quantity"),
            ProductIdColumn = Name(_product, "product_id"),
        };
        return parsed.GetValue(_separator) is { } separator
            ? options with { Delimiter = ParseSeparator(separator) is { IsWhitespace: false } sep ? sep.Character.ToString() : throw new CommandLineException("--separator whitespace is not supported with --engine duckdb.") }
            : options;
    }

    /// <summary>
    /// Runs <paramref name="read"/>, which reads <paramref name="path"/> with DuckDB, turning a DuckDB failure into a one-line
    /// command-line error (missing files and bad values already are <see cref="IOException"/>s and <see cref="FormatException"/>s).
    /// </summary>
    public static T WithDuckDb<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DuckDB.NET.Data.DuckDBException e)
        {
            throw new CommandLineException($"DuckDB could not read '{path}': {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>The <c>--transactions</c> argument as typed (a file or a glob), or null.</summary>
    public string? RawPath(ParseResult parsed) => parsed.GetResult(_file)?.Tokens.FirstOrDefault()?.Value;

    /// <summary>True when a log file was named.</summary>
    public bool HasFile(ParseResult parsed) => parsed.GetValue(_file) is not null;

    /// <summary>
    /// The transactions, streamed. Bad rows, when collected, are reported to <paramref name="error"/> after the log is read.
    /// </summary>
    public IEnumerable<Transaction> Read(ParseResult parsed, TextWriter error)
    {
        TransactionLogOptions options = BuildOptions(parsed);
        FileInfo? file = parsed.GetValue(_file);
        if (file is null)
        {
            return TransactionLogSimulator.Generate(TransactionLogSimulator.SampleOptions);
        }

        if (!file.Exists)
        {
            throw new CommandLineException($"The transaction log '{parsed.GetResult(_file)?.Tokens[0].Value ?? file.FullName}' does not exist.");
        }

        return ReadFile(new TransactionLogReader(options), file.FullName, error);
    }

    private static IEnumerable<Transaction> ReadFile(TransactionLogReader reader, string path, TextWriter error)
    {
        BadRowCollector? collector = reader.Options.BadRowHandling == BadRowHandling.Collect ? new BadRowCollector() : null;
        foreach (Transaction transaction in reader.ReadFile(path, collector))
        {
            yield return transaction;
        }

        if (collector is { HasBadRows: true })
        {
            foreach (BadRow row in collector.BadRows)
            {
                error.WriteLine($"skipped: {row.Message}");
            }

            error.WriteLine($"customervalue: skipped {collector.BadRowCount} malformed row(s) of {collector.RowCount}.");
        }
    }

    private TransactionLogOptions BuildOptions(ParseResult parsed)
    {
        TransactionLogOptions options = TransactionLogOptions.Default with
        {
            HasHeader = !parsed.GetValue(_noHeader),
            BadRowHandling = parsed.GetValue(_collectBadRows) ? BadRowHandling.Collect : BadRowHandling.Throw,
        };

        if (parsed.GetValue(_separator) is { } separator)
        {
            options = options with { Separator = ParseSeparator(separator) };
        }

        options = options with
        {
            CustomerIdColumn = Column(parsed.GetValue(_customer)) ?? options.CustomerIdColumn,
            DateColumn = Column(parsed.GetValue(_date)) ?? options.DateColumn,
            AmountColumn = Column(parsed.GetValue(_amount)) ?? options.AmountColumn,
            QuantityColumn = Column(parsed.GetValue(_quantity)) ?? options.QuantityColumn,
            ProductIdColumn = Column(parsed.GetValue(_product)) ?? options.ProductIdColumn,
        };

        if (parsed.GetValue(_dateFormats) is { Length: > 0 } formats)
        {
            options = options with { DateFormats = formats };
        }

        return options;
    }

    private static ColumnSelector? Column(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index)
            ? ColumnSelector.ByIndex(index)
            : ColumnSelector.ByName(text);
    }

    private static FieldSeparator ParseSeparator(string text) => text.ToLowerInvariant() switch
    {
        "comma" or "," => FieldSeparator.Comma,
        "tab" or "\\t" => FieldSeparator.Tab,
        "semicolon" or ";" => FieldSeparator.Semicolon,
        "whitespace" or "space" => FieldSeparator.Whitespace,
        _ when text.Length == 1 => FieldSeparator.Of(text[0]),
        _ => throw new CommandLineException($"--separator '{text}' is not comma, tab, semicolon, whitespace or a single character."),
    };
}
