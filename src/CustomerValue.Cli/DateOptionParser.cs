using System.CommandLine.Parsing;
using System.Globalization;

namespace CustomerValue.Cli;

/// <summary>Parses date options written as <c>yyyy-MM-dd</c> or <c>yyyyMMdd</c>.</summary>
internal static class DateOptionParser
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyyMMdd"];

    /// <summary>The parser for an <see cref="System.CommandLine.Option{T}"/> of nullable <see cref="DateTime"/>.</summary>
    public static DateTime? Parse(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        string text = result.Tokens[0].Value;
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
        {
            return date;
        }

        result.AddError($"'{text}' is not a date: write it as yyyy-MM-dd (for example 1997-09-30).");
        return null;
    }
}
