using CustomerValue.Lifetime;

namespace CustomerValue.IO;

/// <summary>
/// Reads discrete-time purchase histories for the BG/BB model: a CSV with header <c>frequency,recency,periods</c> and an
/// optional <c>weights</c> column (customers sharing the row; default 1), as in the donations data set of Fader, Hardie
/// &amp; Shang (2010). Column names are case-insensitive; <c>opportunities</c> and <c>n</c> are accepted for <c>periods</c>.
/// </summary>
/// <remarks>Thread-safe. A malformed row raises <see cref="CustomerSummaryFormatException"/> naming file, line, column and text.</remarks>
public static class DiscreteHistoryCsv
{
    private static readonly string[] Columns = ["frequency", "recency", "periods", "weights", "opportunities", "n"];
    private static readonly bool[] Required = [true, true, false, false, false, false];

    /// <summary>The histories in <paramref name="reader"/>, streamed in file order.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">The name used in error messages; default <c>&lt;stream&gt;</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static IEnumerable<BgBbHistory> Read(TextReader reader, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return NumericTableSession.Rows(reader, sourceName ?? ErrorText.StreamName, owned: false, Columns, Required, ToHistory);
    }

    /// <summary>The histories in the file at <paramref name="path"/>, streamed in file order (the file opens when enumeration starts).</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static IEnumerable<BgBbHistory> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadFileCore(path);
    }

    private static IEnumerable<BgBbHistory> ReadFileCore(string path)
    {
        foreach (BgBbHistory history in NumericTableSession.Rows(TransactionLogReader.OpenText(path, asynchronous: false), path, owned: true, Columns, Required, ToHistory))
        {
            yield return history;
        }
    }

    private static BgBbHistory ToHistory(NumericTableSession row)
    {
        int periodsColumn = row.Has(2) ? 2 : row.Has(4) ? 4 : row.Has(5) ? 5 : throw row.Error(-1, "", "has no 'periods' column (the number of transaction opportunities)");
        int frequency = row.Count(0);
        int recency = row.Count(1);
        int periods = row.Count(periodsColumn);
        double weight = row.Has(3) ? row.Number(3) : 1.0;
        try
        {
            return new BgBbHistory(frequency, recency, periods, weight);
        }
        catch (ArgumentException e)
        {
            throw row.Error(e.ParamName switch { "frequency" => 0, "recency" => 1, "weight" => row.Has(3) ? 3 : -1, _ => periodsColumn }, e);
        }
    }
}
