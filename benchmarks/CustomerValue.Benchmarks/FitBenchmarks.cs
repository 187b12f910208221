using System.Globalization;
using BenchmarkDotNet.Attributes;
using CustomerValue.Lifetime;

namespace CustomerValue.Benchmarks;

/// <summary>
/// Maximum-likelihood fits with the default <see cref="FitOptions"/>: BG/NBD, MBG/NBD, Pareto/NBD and Gamma-Gamma on the CDNOW
/// summaries (2,357 customers), and BG/NBD on one million simulated, uncompressed customers. Each fit starts from the
/// customer summaries, so the time includes compressing them to distinct (x, tₓ, T) patterns.
/// </summary>
[MemoryDiagnoser]
public class FitBenchmarks
{
    /// <summary>How many simulated customers the large fit uses.</summary>
    public const int SimulatedCustomers = 1_000_000;

    private CustomerSummary[] _cdnow = [];
    private CustomerSummary[] _cdnowWithSpend = [];
    private CustomerSummary[] _simulated = [];

    /// <summary>Reads the CDNOW summaries and checks once that every CDNOW fit converges.</summary>
    [GlobalSetup(Targets = [nameof(BgNbdCdnow), nameof(MbgNbdCdnow), nameof(ParetoNbdCdnow), nameof(GammaGammaCdnow)])]
    public void SetupCdnow()
    {
        _cdnow = BenchmarkData.CdnowSummaries();
        _cdnowWithSpend = BenchmarkData.CdnowSummariesWithSpend();
        Report("CDNOW", _cdnow);
        Console.WriteLine(BgNbdModel.Fit(_cdnow).EnsureConverged().Model);
        Console.WriteLine(MbgNbdModel.Fit(_cdnow).EnsureConverged().Model);
        Console.WriteLine(ParetoNbdModel.Fit(_cdnow).EnsureConverged().Model);
        Console.WriteLine(GammaGammaModel.Fit(_cdnowWithSpend).EnsureConverged().Model);
    }

    /// <summary>
    /// Simulates one million customers from the CDNOW BG/NBD process with CDNOW-like ages (27 to 39 weeks, whole days),
    /// seed 42, and reports how many distinct patterns they compress to (recency is continuous, so most repeat buyers are
    /// a pattern of their own).
    /// </summary>
    [GlobalSetup(Target = nameof(BgNbdSimulated))]
    public void SetupSimulated()
    {
        _simulated = BgNbdSimulator.Simulate(BenchmarkData.CdnowBgNbd, BenchmarkData.CdnowLikeAges(SimulatedCustomers, 42), 42);
        Report("simulated", _simulated);
    }

    /// <summary>BG/NBD on CDNOW.</summary>
    [Benchmark]
    public ModelFit<BgNbdModel> BgNbdCdnow() => BgNbdModel.Fit(_cdnow);

    /// <summary>MBG/NBD on CDNOW.</summary>
    [Benchmark]
    public ModelFit<MbgNbdModel> MbgNbdCdnow() => MbgNbdModel.Fit(_cdnow);

    /// <summary>Pareto/NBD on CDNOW.</summary>
    [Benchmark]
    public ModelFit<ParetoNbdModel> ParetoNbdCdnow() => ParetoNbdModel.Fit(_cdnow);

    /// <summary>Gamma-Gamma on the CDNOW repeat buyers' mean spend (946 of 2,357 customers).</summary>
    [Benchmark]
    public GammaGammaFit GammaGammaCdnow() => GammaGammaModel.Fit(_cdnowWithSpend);

    /// <summary>BG/NBD on one million simulated customers, passed uncompressed.</summary>
    [Benchmark]
    public ModelFit<BgNbdModel> BgNbdSimulated() => BgNbdModel.Fit(_simulated);

    private static void Report(string name, CustomerSummary[] customers)
    {
        int patterns = SummaryPatterns.Compress(customers).Count;
        int repeat = customers.Count(c => c.Frequency > 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {name}: {customers.Length:N0} customers, {repeat:N0} with a repeat purchase, {patterns:N0} distinct (x, t_x, T) patterns"));
    }
}
