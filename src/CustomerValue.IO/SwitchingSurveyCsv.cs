using System.Globalization;
using CustomerValue.Switching;

namespace CustomerValue.IO;

/// <summary>
/// Reads switching-cost surveys: a CSV with header <see cref="Header"/> (columns found by name, case-insensitive, in any
/// order; extra columns ignored), one customer per row, each facet and satisfaction rated on a Likert scale (1–7 by default).
/// </summary>
/// <remarks>
/// Thread-safe. A bad row raises <see cref="CustomerSummaryFormatException"/> whose message names the file, the line, the
/// column and the customer, for example <c>survey.csv, line 3, column 'learning': Customer 'k2': learning must be a rating
/// from 1 to 7, but was 9.</c> An empty field is a missing answer and is rejected the same way; so is a customer id seen before.
/// </remarks>
public static class SwitchingSurveyCsv
{
    /// <summary>The header of a survey file: <c>customer_id</c>, the eight facets and <c>satisfaction</c>.</summary>
    public const string Header = "customer_id,economic_risk,evaluation,learning,setup,benefit_loss,monetary_loss,personal_relationship,brand_relationship,satisfaction";

    private static readonly string[] Columns = Header.Split(',');

    /// <summary>The survey responses in <paramref name="reader"/>, streamed in file order.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">The name used in error messages; default <c>&lt;stream&gt;</c>.</param>
    /// <param name="scale">The rating scale; null for 1–7.</param>
    /// <returns>The responses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static IEnumerable<SwitchingSurveyResponse> Read(TextReader reader, string? sourceName = null, LikertScale? scale = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadCore(reader, sourceName ?? ErrorText.StreamName, scale ?? LikertScale.SevenPoint, owned: false);
    }

    /// <summary>The survey responses in the file at <paramref name="path"/>, streamed in file order (the file opens when enumeration starts).</summary>
    /// <param name="path">The file.</param>
    /// <param name="scale">The rating scale; null for 1–7.</param>
    /// <returns>The responses.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static IEnumerable<SwitchingSurveyResponse> ReadFile(string path, LikertScale? scale = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return OpenAndRead(path, scale ?? LikertScale.SevenPoint);
    }

    private static IEnumerable<SwitchingSurveyResponse> OpenAndRead(string path, LikertScale scale)
    {
        foreach (SwitchingSurveyResponse response in ReadCore(TransactionLogReader.OpenText(path, asynchronous: false), path, scale, owned: true))
        {
            yield return response;
        }
    }

    private static IEnumerable<SwitchingSurveyResponse> ReadCore(TextReader reader, string fileName, LikertScale scale, bool owned)
    {
        try
        {
            var tokenizer = new RecordTokenizer(reader, FieldSeparator.Comma);
            int[]? index = null;
            string[] header = [];
            var seen = new Dictionary<string, long>(StringComparer.Ordinal);
            double[] values = new double[Columns.Length - 1];
            RecordStatus status;
            while ((status = tokenizer.TryRead()) != RecordStatus.EndOfData)
            {
                if (status == RecordStatus.NeedMoreData)
                {
                    _ = tokenizer.Fill() ? 0 : throw Fail(fileName, tokenizer.NextLineNumber, null, string.Empty, $"the row is longer than {RecordTokenizer.MaxRecordLength} characters (a quoted field with no closing quote?)");
                    continue;
                }

                if (tokenizer.RecordError is { } recordError)
                {
                    throw Fail(fileName, tokenizer.LineNumber, null, tokenizer.RawRecord.ToString(), recordError);
                }

                if (index is null)
                {
                    header = [.. Enumerable.Range(0, tokenizer.FieldCount).Select(i => tokenizer[i].Trim().ToString())];
                    index = BindHeader(header, fileName, tokenizer.LineNumber);
                    continue;
                }

                yield return ParseRow(tokenizer, fileName, header, index, values, seen, scale);
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

    private static int[] BindHeader(string[] header, string fileName, long line)
    {
        int[] index = new int[Columns.Length];
        string[] missing = [.. Columns.Where((name, c) => (index[c] = Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase))) < 0)];
        if (missing.Length > 0)
        {
            throw Fail(
                fileName,
                line,
                missing[0],
                string.Join(',', header),
                $"has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}; a survey needs {Header}");
        }

        return index;
    }

    private static SwitchingSurveyResponse ParseRow(
        RecordTokenizer row, string fileName, string[] header, int[] index, double[] values, Dictionary<string, long> seen, LikertScale scale)
    {
        long line = row.LineNumber;
        if (row.FieldCount != header.Length)
        {
            throw Fail(fileName, line, null, row.RawRecord.ToString(), string.Create(CultureInfo.InvariantCulture, $"has {row.FieldCount} columns, expected {header.Length}"));
        }

        string id = row[index[0]].ToString();
        if (string.IsNullOrWhiteSpace(id))
        {
            throw Fail(fileName, line, Columns[0], id, "is blank; a customer id is required");
        }

        if (!seen.TryAdd(id, line))
        {
            throw Fail(fileName, line, Columns[0], id, string.Create(CultureInfo.InvariantCulture, $"was already given on line {seen[id]}; each customer answers once"));
        }

        for (int c = 1; c < Columns.Length; c++)
        {
            ReadOnlySpan<char> text = row[index[c]];
            if (text.IsEmpty)
            {
                values[c - 1] = double.NaN;
            }
            else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out values[c - 1]) || double.IsNaN(values[c - 1]))
            {
                throw Fail(fileName, line, Columns[c], text.ToString(), $"is not a number (customer '{id}')");
            }
        }

        try
        {
            return new SwitchingSurveyResponse(id, values.AsSpan(0, SwitchingCostFacets.Count), values[^1], scale);
        }
        catch (ArgumentException problem)
        {
            // The response checks the facets in column order, then satisfaction: the first value off the scale is the culprit.
            int bad = Array.FindIndex(values, v => !(v >= scale.Min && v <= scale.Max)) + 1;
            string column = Columns[Math.Max(bad, 1)];
            string text = row[index[Math.Max(bad, 1)]].ToString();
            string message = $"{ErrorText.Location(fileName, line, column)}: {WithoutParameter(problem)}";
            throw new CustomerSummaryFormatException(message, fileName, line, column, ErrorText.Clip(text), problem);
        }
    }

    private static string WithoutParameter(ArgumentException problem)
    {
        string message = problem.Message;
        int cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }

    private static CustomerSummaryFormatException Fail(string fileName, long line, string? column, string text, string reason)
    {
        string clipped = ErrorText.Clip(text);
        return new CustomerSummaryFormatException(ErrorText.Message(fileName, line, column, clipped, reason), fileName, line, column, clipped);
    }
}
