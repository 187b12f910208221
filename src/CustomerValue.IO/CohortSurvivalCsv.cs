namespace CustomerValue.IO;

/// <summary>
/// Reads a cohort's survival counts for the shifted-beta-geometric model: a CSV with header <c>period,alive</c>, one row per
/// period from 0 (the cohort's size) upwards, holding the customers still active at the start of each period.
/// </summary>
/// <remarks>Thread-safe. A malformed row raises <see cref="CustomerSummaryFormatException"/> naming file, line, column and text.</remarks>
public static class CohortSurvivalCsv
{
    private static readonly string[] Columns = ["period", "alive"];
    private static readonly bool[] Required = [true, true];

    /// <summary>The alive counts, period 0 first.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">The name used in error messages; default <c>&lt;stream&gt;</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CustomerSummaryFormatException">A row is malformed, periods do not run 0, 1, 2, … or the counts increase.</exception>
    public static int[] Read(TextReader reader, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Collect(NumericTableSession.Rows(reader, sourceName ?? ErrorText.StreamName, owned: false, Columns, Required, Row));
    }

    /// <summary>The alive counts in the file at <paramref name="path"/>, period 0 first.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="CustomerSummaryFormatException">A row is malformed, periods do not run 0, 1, 2, … or the counts increase.</exception>
    public static int[] ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Collect(NumericTableSession.Rows(TransactionLogReader.OpenText(path, asynchronous: false), path, owned: true, Columns, Required, Row));
    }

    private static (int Period, int Alive, Func<string, Exception> Fail) Row(NumericTableSession row)
    {
        int period = row.Count(0);
        int alive = row.Count(1);
        string text = string.Join(',', period, alive);
        return (period, alive, reason => row.Error(-1, text, reason));
    }

    private static int[] Collect(IEnumerable<(int Period, int Alive, Func<string, Exception> Fail)> rows)
    {
        var alive = new List<int>();
        foreach ((int period, int count, Func<string, Exception> fail) in rows)
        {
            if (period != alive.Count)
            {
                throw fail($"has period {period}, expected {alive.Count}: periods run 0, 1, 2, … in order");
            }

            if (alive.Count > 0 && count > alive[^1])
            {
                throw fail($"has {count} customers alive, more than the {alive[^1]} of the period before");
            }

            alive.Add(count);
        }

        return [.. alive];
    }
}
