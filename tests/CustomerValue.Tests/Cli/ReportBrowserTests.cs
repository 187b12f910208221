using System.Diagnostics;
using System.Text.RegularExpressions;
using CustomerValue.Tests.TestSupport;
using SkiaSharp;

namespace CustomerValue.Tests.Cli;

/// <summary>
/// Loads the report written by <c>analyze</c> in a real headless Chromium: every section and chart is in the rendered
/// DOM, and a screenshot of the page is not blank.
/// </summary>
public sealed partial class ReportBrowserTests : IDisposable
{
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromSeconds(60);

    private static readonly string[] Sections = ["Headline", "Value concentration", "Models", "Lifetime value", "Segments"];

    private static readonly string[] Charts = ["lorenz", "whale", "calibration-holdout", "p-alive", "clv", "segments"];

    private readonly string _folder = Directory.CreateTempSubdirectory("cv-browser-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [ChromiumFact]
    public void The_report_renders_every_section_and_chart_in_a_real_browser()
    {
        string browser = Chromium.Path ?? throw new InvalidOperationException(
            $"Chromium was not found (PATH, /usr/bin/chromium or {Chromium.EnvironmentVariable}); CI=true needs it: .ci/run installs Debian's 'chromium'.");
        string report = Path.Combine(_folder, "report");
        var (code, _, error) = CliRunner.Run("analyze", "--out", report);
        Assert.True(code == 0, error);
        string url = new Uri(Path.Combine(report, "report.html")).AbsoluteUri;

        // The DOM after the page has loaded and been laid out.
        string dom = RunBrowser(browser, "dom", "--dump-dom", url);
        Assert.Contains("</html>", dom, StringComparison.OrdinalIgnoreCase);
        for (int i = 0; i < Sections.Length; i++)
        {
            Assert.Matches($"<h2 id=\"section-{i + 1}\">{Regex.Escape(Sections[i])}</h2>", dom);
        }

        Assert.DoesNotMatch($"<h2 id=\"section-{Sections.Length + 1}\"", dom);
        foreach (string chart in Charts)
        {
            Match figure = Regex.Match(dom, $"<figure data-chart=\"{Regex.Escape(chart)}\">(.*?)</figure>", RegexOptions.Singleline);
            Assert.True(figure.Success, $"The rendered DOM has no figure data-chart=\"{chart}\".");
            Assert.Contains("<svg", figure.Groups[1].Value, StringComparison.Ordinal);
            Assert.True(DrawingElement().Count(figure.Groups[1].Value) > 5, $"The '{chart}' chart's SVG draws almost nothing.");
            Assert.Contains("<figcaption>", figure.Groups[1].Value, StringComparison.Ordinal);
        }

        Assert.Equal(Charts.Length, FigureElement().Count(dom));

        // A screenshot of the top of the page: headline figures, the Lorenz and whale curves and more.
        string png = Path.Combine(_folder, "screenshot.png");
        RunBrowser(browser, "screenshot", $"--screenshot={png}", "--window-size=1200,3000", url);
        Assert.True(File.Exists(png), $"Chromium wrote no screenshot at {png}.");
        using SKBitmap bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(1200, bitmap.Width);
        Assert.Equal(3000, bitmap.Height);
        AssertNotBlank(bitmap);
    }

    /// <summary>Many colours, and ink (pixels that differ from the page background) in each of eight bands down the page.</summary>
    private static void AssertNotBlank(SKBitmap bitmap)
    {
        const int Bands = 8;
        var colours = new HashSet<SKColor>();
        int[] ink = new int[Bands];
        SKColor background = bitmap.GetPixel(bitmap.Width - 1, 0);
        for (int y = 0; y < bitmap.Height; y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                SKColor c = bitmap.GetPixel(x, y);
                colours.Add(c);
                if (c != background)
                {
                    ink[y * Bands / bitmap.Height]++;
                }
            }
        }

        Assert.True(colours.Count > 50, $"The screenshot has only {colours.Count} colours.");
        Assert.All(ink, n => Assert.True(n > 500, $"A band of the screenshot is nearly empty (ink per band: {string.Join(",", ink)})."));
    }

    /// <summary>Runs headless Chromium with a fresh profile; returns what it printed on stdout. Killed after <see cref="BrowserTimeout"/>.</summary>
    private string RunBrowser(string browser, string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] flags =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", $"--user-data-dir={Directory.CreateDirectory(Path.Combine(_folder, "profile-" + name)).FullName}",
        ];
        foreach (string argument in flags.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {browser}.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(BrowserTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"Chromium ({name}) did not finish within {BrowserTimeout.TotalSeconds:F0} s and was killed. stderr: {Tail(error)}");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"Chromium ({name}) exited with {process.ExitCode}. stderr: {Tail(error)}");
        return output.Result;
    }

    private static string Tail(Task<string> text)
    {
        string s = text.Wait(TimeSpan.FromSeconds(5)) ? text.Result : "";
        return s.Length > 2000 ? s[^2000..] : s;
    }

    [GeneratedRegex("<(path|line|polyline|polygon|rect|circle|text)[ >/]")]
    private static partial Regex DrawingElement();

    [GeneratedRegex("<figure data-chart=\"")]
    private static partial Regex FigureElement();
}
