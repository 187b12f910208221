using System.Globalization;

namespace CustomerValue.IO;

/// <summary>The wording shared by the readers' error messages.</summary>
internal static class ErrorText
{
    /// <summary>The name used for input that is not a named file.</summary>
    public const string StreamName = "<stream>";

    /// <summary>The longest offending text quoted in full; longer text is cut and ends with "...".</summary>
    public const int MaxTextLength = 200;

    /// <summary>Offending text cut to <see cref="MaxTextLength"/> characters.</summary>
    public static string Clip(ReadOnlySpan<char> text) =>
        text.Length <= MaxTextLength ? text.ToString() : string.Concat(text[..MaxTextLength], "...");

    /// <summary>
    /// <c>file, line 17, column 'amount': '12,5x' is not a number.</c> (the column part is left out when
    /// <paramref name="column"/> is null).
    /// </summary>
    public static string Message(string fileName, long lineNumber, string? column, string text, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"{Location(fileName, lineNumber, column)}: '{text}' {reason}.");

    /// <summary><c>file, line 17, column 'amount'</c>.</summary>
    public static string Location(string fileName, long lineNumber, string? column) => column is null
        ? string.Create(CultureInfo.InvariantCulture, $"{fileName}, line {lineNumber}")
        : string.Create(CultureInfo.InvariantCulture, $"{fileName}, line {lineNumber}, column '{column}'");
}
