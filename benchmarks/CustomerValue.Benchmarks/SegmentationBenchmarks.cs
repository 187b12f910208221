using BenchmarkDotNet.Attributes;
using CustomerValue.Segmentation;

namespace CustomerValue.Benchmarks;

/// <summary>RFM scoring and segmentation, and revenue deciles, over one million customers.</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private const int Customers = 1_000_000;
    private RfmFeatures[] _rfm = [];
    private CustomerValueInput[] _values = [];

    /// <summary>One million seeded customers: skewed (log-normal) spend, geometric-like frequency, recency in days.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _rfm = new RfmFeatures[Customers];
        _values = new CustomerValueInput[Customers];
        for (int i = 0; i < Customers; i++)
        {
            string id = $"C{i:D7}";
            double u = random.NextDouble();
            double spend = Math.Round(Math.Exp(3 + (1.5 * Normal(random))), 2);
            int frequency = 1 + (int)Math.Floor(Math.Log(1 - u) / Math.Log(0.7));
            _rfm[i] = new RfmFeatures(id, random.Next(0, 546), frequency, spend);
            _values[i] = new CustomerValueInput(id, spend);
        }
    }

    /// <summary>The three 1–5 quintile scores of every customer.</summary>
    [Benchmark]
    public int RfmScores() => RfmStrategy.Score(_rfm).Count;

    /// <summary>Scores plus the standard segment map: the full segment table and every customer's segment.</summary>
    [Benchmark]
    public int RfmSegments() => RfmStrategy.Default.Segment(_rfm).Segments.Count;

    /// <summary>Revenue deciles: ten bands of 10 % of the total value each.</summary>
    [Benchmark]
    public int RevenueDeciles() => TierStrategy.RevenueDeciles.Segment(_values).Segments.Count;

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
