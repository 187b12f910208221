namespace CustomerValue.Tests.TestSupport;

/// <summary>
/// Locates a Chromium browser for tests that render the HTML report in a real browser: the CHROMIUM environment
/// variable, then <c>chromium</c> (or <c>chromium-browser</c>) on PATH, then /usr/bin/chromium.
/// </summary>
internal static class Chromium
{
    public const string EnvironmentVariable = "CHROMIUM";

    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>The full path of the browser, or null when none is installed.</summary>
    public static string? Path => Found.Value;

    private static string? Find()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment) ? System.IO.Path.GetFullPath(fromEnvironment) : null;
        }

        string[] folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (string name in new[] { "chromium", "chromium-browser" })
        {
            foreach (string folder in folders)
            {
                string candidate = System.IO.Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }
}

/// <summary>
/// A fact that needs a Chromium browser. Skipped with a clear reason when none is installed, except under CI=true,
/// where it runs (and fails, saying the browser is missing); .ci/run installs Debian's chromium when it is missing.
/// </summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !SharedData.IsCi)
        {
            Skip = $"Needs a Chromium browser: install Debian's 'chromium' (apt-get install chromium), put it on PATH or set {Chromium.EnvironmentVariable}.";
        }
    }
}
