using System.Runtime.CompilerServices;
using CustomerValue.IO;
using CustomerValue.Lifetime;
using MathNet.Numerics.Distributions;

namespace CustomerValue.Benchmarks;

/// <summary>
/// The inputs the benchmarks share: the public CDNOW summaries (read from <c>../shared/data</c> beside the repository, or
/// from the folder named by <c>CUSTOMERVALUE_DATA</c>; never copied into the repository) and seeded simulated customers.
/// </summary>
internal static class BenchmarkData
{
    /// <summary>The environment variable that names the data folder.</summary>
    public const string EnvironmentVariable = "CUSTOMERVALUE_DATA";

    /// <summary>The published BG/NBD fit to the CDNOW summaries (Fader, Hardie &amp; Lee 2005).</summary>
    public static readonly BgNbdParameters CdnowBgNbd = new(0.2425945, 4.4136019, 0.7929199, 2.4258881);

    /// <summary>The MBG/NBD fit to the CDNOW summaries (Batislam, Denizel &amp; Filiztekin 2007).</summary>
    public static readonly MbgNbdParameters CdnowMbgNbd = new(0.525, 6.183, 0.891, 1.614);

    /// <summary>The published Pareto/NBD parameters on CDNOW (Fader, Hardie &amp; Lee 2005 note), per week.</summary>
    public static readonly ParetoNbdParameters CdnowParetoNbd = new(0.5534, 10.5802, 0.6061, 11.6562);

    /// <summary>The published Gamma-Gamma fit to the CDNOW repeat buyers (Fader, Hardie &amp; Lee 2005): p, q, γ.</summary>
    public static readonly GammaGammaParameters CdnowGammaGamma = new(6.25, 3.74, 15.44);

    /// <summary>The CDNOW calibration summaries (ID, frequency, recency, T in weeks; 2,357 customers).</summary>
    public static CustomerSummary[] CdnowSummaries() => Read("cdnow_customers_summary.csv");

    /// <summary>The CDNOW summaries with the mean repeat spend (ID, x, t_x, T, zbar; 2,357 customers).</summary>
    public static CustomerSummary[] CdnowSummariesWithSpend() => Read("cdnow_customers_summary_with_transactions.csv");

    /// <summary>
    /// Customer ages spread like CDNOW's: first purchases over the first twelve weeks of 1997 and a 39-week calibration
    /// period give ages of 27 to 39 weeks; each age is a whole number of days (189 to 273), in weeks.
    /// </summary>
    /// <param name="customers">How many ages.</param>
    /// <param name="seed">The random seed.</param>
    public static double[] CdnowLikeAges(int customers, int seed)
    {
        var random = new Random(seed);
        double[] ages = new double[customers];
        for (int i = 0; i < ages.Length; i++)
        {
            ages[i] = random.Next(189, 274) / 7.0;
        }

        return ages;
    }

    /// <summary>
    /// Simulated customers from the CDNOW BG/NBD process with CDNOW-like ages, and a mean repeat spend from the CDNOW
    /// Gamma-Gamma process (ν ~ Gamma(q, γ) per customer, the mean of x repeat transactions ~ Gamma(p x, ν x)); fixed seeds.
    /// Recency is rounded to whole days, as in summaries built from a log recorded by day (the simulator draws continuous
    /// purchase times); <see cref="WithDistinctAges"/> gives the continuous worst case.
    /// </summary>
    /// <param name="customers">How many customers.</param>
    /// <param name="seed">The random seed.</param>
    public static CustomerSummary[] SimulatedWithSpend(int customers, int seed)
    {
        CustomerSummary[] simulated = BgNbdSimulator.Simulate(CdnowBgNbd, CdnowLikeAges(customers, seed), seed);
        var random = new Random(seed + 1);
        GammaGammaParameters g = CdnowGammaGamma;
        for (int i = 0; i < simulated.Length; i++)
        {
            CustomerSummary c = simulated[i];
            if (c.Frequency > 0)
            {
                double nu = Gamma.Sample(random, g.Q, g.Gamma);
                double spend = Gamma.Sample(random, g.P * c.Frequency, nu * c.Frequency);
                double recency = Math.Min(c.T, Math.Round(c.Recency * 7) / 7);
                simulated[i] = new CustomerSummary(c.CustomerId, c.Frequency, recency, c.T, spend);
            }
        }

        return simulated;
    }

    /// <summary>
    /// The same customers with every age made distinct: T moved by a random fraction of a day (recency scaled with it),
    /// the worst case for batch scoring, which computes the factors that depend on (x, T) alone once per distinct pair.
    /// </summary>
    /// <param name="customers">The customers (ages in whole days, in weeks).</param>
    /// <param name="seed">The random seed.</param>
    public static CustomerSummary[] WithDistinctAges(CustomerSummary[] customers, int seed)
    {
        var random = new Random(seed);
        var moved = new CustomerSummary[customers.Length];
        for (int i = 0; i < customers.Length; i++)
        {
            CustomerSummary c = customers[i];
            double t = c.T + (random.NextDouble() / 7.0);
            moved[i] = new CustomerSummary(c.CustomerId, c.Frequency, Math.Min(t, c.Recency * (t / c.T)), t, c.MonetaryValue);
        }

        return moved;
    }

    private static CustomerSummary[] Read(string fileName)
    {
        string folder = FindFolder() ?? throw new InvalidOperationException(
            $"The shared data folder was not found: set {EnvironmentVariable} to the folder that holds {fileName}, or put the 'shared' folder beside the repository (../shared/data).");
        string path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The benchmark data file '{fileName}' is missing from {folder}.", path);
        }

        return [.. CustomerSummaryCsv.ReadFile(path)];
    }

    private static string? FindFolder()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        // BenchmarkDotNet runs each benchmark from a generated project under its artifacts folder, so walk up from the
        // current directory, the binaries and this source file (its path is compiled in).
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory, SourceDirectory() })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data");
                if (File.Exists(Path.Combine(candidate, "cdnow_customers_summary.csv")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path) ?? AppContext.BaseDirectory;
}
