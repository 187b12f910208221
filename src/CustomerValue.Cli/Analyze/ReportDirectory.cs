namespace CustomerValue.Cli.Analyze;

/// <summary>
/// Writes a set of files into a folder all at once: everything goes to a temporary sibling folder first, which replaces
/// the target only when every file was written. A failure leaves the target as it was and no temporary folder behind.
/// </summary>
internal static class ReportDirectory
{
    /// <summary>Calls <paramref name="write"/> with a fresh temporary folder, then moves it to <paramref name="target"/>.</summary>
    public static void Write(string target, Action<string> write)
    {
        string full = Path.GetFullPath(target);
        string parent = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(parent))
        {
            throw new CommandLineException($"Cannot write the report to '{target}': the folder '{parent}' does not exist.");
        }

        if (File.Exists(full))
        {
            throw new CommandLineException($"Cannot write the report to '{target}': it is a file, not a folder.");
        }

        string temporary = Path.Combine(parent, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        string previous = Path.Combine(parent, $".{Path.GetFileName(full)}.{Environment.ProcessId}.old");
        try
        {
            Directory.CreateDirectory(temporary);
            write(temporary);
            if (Directory.Exists(full))
            {
                Directory.Move(full, previous);
            }

            Directory.Move(temporary, full);
        }
        finally
        {
            foreach (string leftover in new[] { temporary, previous })
            {
                if (Directory.Exists(leftover))
                {
                    Directory.Delete(leftover, recursive: true);
                }
            }
        }
    }
}
