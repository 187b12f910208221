using System.Text;

namespace CustomerValue.Cli;

/// <summary>
/// Where a command writes its result: standard output, or a file written atomically (a temporary file in the same folder,
/// moved over the target only when everything was written), so a failure never leaves a half-written file.
/// </summary>
internal static class OutputTarget
{
    /// <summary>Runs <paramref name="write"/> against <paramref name="standardOutput"/> when <paramref name="path"/> is empty, else against the file atomically.</summary>
    public static void Write(string? path, TextWriter standardOutput, Action<TextWriter> write)
    {
        if (string.IsNullOrEmpty(path))
        {
            write(standardOutput);
            standardOutput.Flush();
            return;
        }

        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new CommandLineException($"Cannot write '{path}': the folder '{folder}' does not exist.");
        }

        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
