using System.Globalization;

namespace CustomerValue.Cli;

/// <summary>CSV formatting for the tool's own outputs: round-trip invariant numbers, quoted fields where needed.</summary>
internal static class Csv
{
    /// <summary>A number in invariant culture, shortest round-trip form.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A text field, quoted when it holds a comma, a quote or a line break.</summary>
    public static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
