namespace CustomerValue.Tests.TestSupport;

/// <summary>
/// Locates the public reference data sets in ../shared/data (or the folder named by CUSTOMERVALUE_DATA).
/// A fresh clone has no such folder: tests that need it are skipped, except under CI=true, where they fail.
/// </summary>
internal static class SharedData
{
    public const string EnvironmentVariable = "CUSTOMERVALUE_DATA";

    private static readonly Lazy<string?> Folder = new(Find);

    /// <summary>The data folder, or null when it cannot be found.</summary>
    public static string? Directory => Folder.Value;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of a file in the data folder; fails the test with a clear message when the folder is missing.</summary>
    public static string PathOf(string fileName)
    {
        string folder = Directory ?? throw new InvalidOperationException(
            $"The shared data folder was not found: set {EnvironmentVariable} or put the 'shared' folder beside the repository (../shared/data).");
        string path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Shared data file '{fileName}' is missing from {folder}.", path);
        }

        return path;
    }

    private static string? Find()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return System.IO.Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        // Walk up from the test binaries and from this source file (the build may put binaries elsewhere).
        foreach (string start in new[] { AppContext.BaseDirectory, SourceDirectory() })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data");
                if (System.IO.Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "CDNOW_sample.txt")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path) ?? AppContext.BaseDirectory;
}

/// <summary>
/// A fact that needs ../shared/data. Skipped with a clear reason when the folder is absent, except under CI=true,
/// where it runs (and fails, saying what is missing).
/// </summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Directory is null && !SharedData.IsCi)
        {
            Skip = $"Needs the public reference data: set {SharedData.EnvironmentVariable} or place 'shared/data' beside the repository.";
        }
    }
}

/// <summary>The <see cref="SharedDataFactAttribute"/> counterpart for theories.</summary>
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Directory is null && !SharedData.IsCi)
        {
            Skip = $"Needs the public reference data: set {SharedData.EnvironmentVariable} or place 'shared/data' beside the repository.";
        }
    }
}
