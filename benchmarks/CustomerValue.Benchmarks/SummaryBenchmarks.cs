using BenchmarkDotNet.Attributes;
using CustomerValue.Simulation;

namespace CustomerValue.Benchmarks;

/// <summary>Summarising one million simulated transactions, on one thread and merged from per-core chunks.</summary>
[MemoryDiagnoser]
public class SummaryBenchmarks
{
    private Transaction[] _log = [];
    private SummaryOptions _options = null!;

    /// <summary>Generates the log once: the seeded simulator, cut at exactly one million rows.</summary>
    [GlobalSetup]
    public void Setup()
    {
        TransactionLogSimulationOptions simulation = TransactionLogSimulator.SampleOptions with { Customers = 400_000, Seed = 1 };
        _log = [.. TransactionLogSimulator.Generate(simulation).Take(1_000_000)];
        if (_log.Length != 1_000_000)
        {
            throw new InvalidOperationException($"The simulator gave {_log.Length} rows; raise Customers.");
        }

        _options = new SummaryOptions(simulation.End) { Unit = TimePeriod.Week };
    }

    /// <summary>One builder over the whole log, then the summaries.</summary>
    [Benchmark(Baseline = true)]
    public int Sequential()
    {
        var builder = new CustomerSummaryBuilder();
        foreach (Transaction t in _log)
        {
            builder.Add(t);
        }

        return builder.Build(_options).Customers.Count;
    }

    /// <summary>One builder per core over contiguous chunks, merged, then the summaries.</summary>
    [Benchmark]
    public int ChunkedAndMerged()
    {
        int chunks = Environment.ProcessorCount;
        var builders = new CustomerSummaryBuilder[chunks];
        Parallel.For(0, chunks, i =>
        {
            var builder = new CustomerSummaryBuilder();
            int from = _log.Length * i / chunks;
            int to = _log.Length * (i + 1) / chunks;
            for (int k = from; k < to; k++)
            {
                builder.Add(_log[k]);
            }

            builders[i] = builder;
        });

        for (int i = 1; i < chunks; i++)
        {
            builders[0].Merge(builders[i]);
        }

        return builders[0].Build(_options).Customers.Count;
    }
}
