using System.Buffers;
using System.Globalization;

namespace CustomerValue.IO;

/// <summary>
/// Reads and writes per-customer summaries (<see cref="CustomerSummary"/>, <see cref="CalibrationHoldoutSummary"/>)
/// as CSV: <c>customer_id,frequency,recency,T,monetary_value</c>, plus
/// <c>frequency_holdout,monetary_value_holdout,duration_holdout</c> for a calibration/holdout split.
/// </summary>
/// <remarks>
/// <para>The reader matches header names case-insensitively and accepts the published CDNOW headers
/// (<c>ID,frequency,recency,T</c> and <c>ID,x,t_x,T,zbar</c>): the id column is <c>customer_id</c> or <c>id</c>,
/// frequency <c>frequency</c> or <c>x</c>, recency <c>recency</c> or <c>t_x</c>, age <c>T</c> (or <c>t</c>), monetary
/// value <c>monetary_value</c> or <c>zbar</c> (optional: 0 when absent). Other columns are ignored. Counts written as
/// whole decimals (<c>2.0</c>, as pandas does) are accepted. Input rules (quoting, line ends, blank lines, byte-order
/// mark) are those of <see cref="TransactionLogReader"/>.</para>
/// <para>The writer uses the invariant culture and the shortest text that reads back to the same <see cref="double"/>,
/// quotes ids that need it (a comma, a quote, a line break, or leading or trailing whitespace), and ends every line
/// with LF, whatever <see cref="TextWriter.NewLine"/> says, so that files are the same on every platform.</para>
/// <para>All members are thread-safe; a write is not atomic.</para>
/// </remarks>
public static class CustomerSummaryCsv
{
    /// <summary>The header the writer writes for <see cref="CustomerSummary"/> rows.</summary>
    public const string Header = "customer_id,frequency,recency,T,monetary_value";

    /// <summary>The header the writer writes for <see cref="CalibrationHoldoutSummary"/> rows.</summary>
    public const string CalibrationHoldoutHeader = Header + ",frequency_holdout,monetary_value_holdout,duration_holdout";

    private static readonly SearchValues<char> NeedQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>Reads summaries, lazily, as the result is enumerated.</summary>
    /// <param name="reader">The text; read from its current position, and not disposed.</param>
    /// <param name="sourceName">The name used in error messages; <c>&lt;stream&gt;</c> when null.</param>
    /// <returns>The summaries, in the order of the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CustomerSummaryFormatException">While enumerating: a header without a required column, or a malformed row.</exception>
    public static IEnumerable<CustomerSummary> Read(TextReader reader, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadCore(reader, sourceName ?? ErrorText.StreamName, owned: false, holdout: false).Select(r => r.Calibration);
    }

    /// <summary>Reads summaries from a file (UTF-8, or the encoding its byte-order mark names), lazily.</summary>
    /// <param name="path">The file; error messages name it as given here.</param>
    /// <returns>The summaries, in the order of the file; each enumeration reads the file again.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">While enumerating: the file cannot be opened or read.</exception>
    /// <exception cref="CustomerSummaryFormatException">While enumerating: a header without a required column, or a malformed row.</exception>
    public static IEnumerable<CustomerSummary> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadFileCore(path, holdout: false).Select(r => r.Calibration);
    }

    /// <summary>
    /// Reads calibration/holdout summaries: the calibration columns as in <see cref="Read"/>, plus
    /// <c>frequency_holdout</c>, <c>duration_holdout</c> and the optional <c>monetary_value_holdout</c> (0 when absent).
    /// </summary>
    /// <param name="reader">The text; read from its current position, and not disposed.</param>
    /// <param name="sourceName">The name used in error messages; <c>&lt;stream&gt;</c> when null.</param>
    /// <returns>The summaries, in the order of the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CustomerSummaryFormatException">While enumerating: a header without a required column, or a malformed row.</exception>
    public static IEnumerable<CalibrationHoldoutSummary> ReadCalibrationHoldout(TextReader reader, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadCore(reader, sourceName ?? ErrorText.StreamName, owned: false, holdout: true);
    }

    /// <summary>Reads calibration/holdout summaries from a file, lazily; see <see cref="ReadCalibrationHoldout"/>.</summary>
    /// <param name="path">The file; error messages name it as given here.</param>
    /// <returns>The summaries, in the order of the file; each enumeration reads the file again.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">While enumerating: the file cannot be opened or read.</exception>
    /// <exception cref="CustomerSummaryFormatException">While enumerating: a header without a required column, or a malformed row.</exception>
    public static IEnumerable<CalibrationHoldoutSummary> ReadCalibrationHoldoutFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadFileCore(path, holdout: true);
    }

    /// <summary>Writes <see cref="Header"/> and one line per summary.</summary>
    /// <param name="writer">The destination; not flushed or disposed.</param>
    /// <param name="summaries">The summaries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="summaries"/> is null.</exception>
    /// <exception cref="ArgumentException">A summary is <c>default</c> (it has no customer id).</exception>
    public static void Write(TextWriter writer, IEnumerable<CustomerSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summaries);
        writer.Write(Header);
        writer.Write('\n');
        Span<char> buffer = stackalloc char[32];
        foreach (CustomerSummary summary in summaries)
        {
            WriteSummary(writer, summary, buffer, nameof(summaries));
            writer.Write('\n');
        }
    }

    /// <summary>Writes <see cref="CalibrationHoldoutHeader"/> and one line per summary.</summary>
    /// <param name="writer">The destination; not flushed or disposed.</param>
    /// <param name="summaries">The summaries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="summaries"/> is null.</exception>
    /// <exception cref="ArgumentException">A summary is <c>default</c> (it has no customer id).</exception>
    public static void Write(TextWriter writer, IEnumerable<CalibrationHoldoutSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summaries);
        writer.Write(CalibrationHoldoutHeader);
        writer.Write('\n');
        Span<char> buffer = stackalloc char[32];
        foreach (CalibrationHoldoutSummary summary in summaries)
        {
            WriteSummary(writer, summary.Calibration, buffer, nameof(summaries));
            writer.Write(',');
            WriteNumber(writer, summary.FrequencyHoldout, buffer);
            writer.Write(',');
            WriteNumber(writer, summary.MonetaryValueHoldout, buffer);
            writer.Write(',');
            WriteNumber(writer, summary.DurationHoldout, buffer);
            writer.Write('\n');
        }
    }

    /// <summary>Writes a field, quoted (with inner quotes doubled) when it holds a comma, a quote, a line break, or leading or trailing whitespace.</summary>
    internal static void WriteField(TextWriter writer, string value)
    {
        bool quote = value.AsSpan().ContainsAny(NeedQuotes)
            || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        if (!quote)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        ReadOnlySpan<char> rest = value;
        int q;
        while ((q = rest.IndexOf('"')) >= 0)
        {
            writer.Write(rest[..(q + 1)]);
            writer.Write('"');
            rest = rest[(q + 1)..];
        }

        writer.Write(rest);
        writer.Write('"');
    }

    private static void WriteSummary(TextWriter writer, CustomerSummary summary, Span<char> buffer, string parameter)
    {
        if (summary.CustomerId is null)
        {
            throw new ArgumentException("A summary has no customer id (a default CustomerSummary).", parameter);
        }

        WriteField(writer, summary.CustomerId);
        writer.Write(',');
        WriteNumber(writer, summary.Frequency, buffer);
        writer.Write(',');
        WriteNumber(writer, summary.Recency, buffer);
        writer.Write(',');
        WriteNumber(writer, summary.T, buffer);
        writer.Write(',');
        WriteNumber(writer, summary.MonetaryValue, buffer);
    }

    private static void WriteNumber(TextWriter writer, double value, Span<char> buffer)
    {
        // The default format of double is the shortest text that parses back to the same value ("R").
        bool ok = value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        writer.Write(ok ? buffer[..written] : value.ToString("R", CultureInfo.InvariantCulture));
    }

    private static void WriteNumber(TextWriter writer, int value, Span<char> buffer)
    {
        value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    private static IEnumerable<CalibrationHoldoutSummary> ReadFileCore(string path, bool holdout)
    {
        // An iterator, so that the file is opened when enumeration starts.
        foreach (CalibrationHoldoutSummary row in ReadCore(TransactionLogReader.OpenText(path, asynchronous: false), path, owned: true, holdout))
        {
            yield return row;
        }
    }

    private static IEnumerable<CalibrationHoldoutSummary> ReadCore(TextReader reader, string fileName, bool owned, bool holdout)
    {
        try
        {
            var session = new SummaryCsvSession(reader, fileName, holdout);
            Func<Exception> tooLong = session.RecordTooLong; // one delegate, not one per row
            while (session.Tokenizer.MoveNext(tooLong))
            {
                if (session.TryProcess(out CalibrationHoldoutSummary row))
                {
                    yield return row;
                }
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
}
