using System.Globalization;

namespace CustomerValue.Cli;

/// <summary>Reads a survey file for <c>customervalue nps</c>: one 0–10 answer per line; blank lines are skipped.</summary>
internal static class NpsScoresFile
{
    /// <summary>The answers, in file order.</summary>
    /// <exception cref="CommandLineException">The file is missing, empty, or a line is not a whole number from 0 to 10 (the message names the line and its text).</exception>
    public static int[] Read(FileInfo file, string shownName)
    {
        if (!file.Exists)
        {
            throw new CommandLineException($"The survey file '{shownName}' does not exist.");
        }

        var answers = new List<int>();
        int line = 0;
        foreach (string raw in File.ReadLines(file.FullName))
        {
            line++;
            string text = raw.Trim().TrimStart('\uFEFF');
            if (text.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int answer) || answer is < 0 or > 10)
            {
                throw new CommandLineException($"{shownName}, line {line}: '{text}' is not a whole number from 0 to 10.");
            }

            answers.Add(answer);
        }

        if (answers.Count == 0)
        {
            throw new CommandLineException($"The survey file '{shownName}' has no answers: the Net Promoter Score needs at least one 0–10 answer.");
        }

        return [.. answers];
    }
}
