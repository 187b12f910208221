using BenchmarkDotNet.Attributes;
using CustomerValue.Simulation;

namespace CustomerValue.Benchmarks;

/// <summary>
/// Summarising ten million simulated transactions (about 2.3 million customers): the mergeable
/// <see cref="CustomerSummaryBuilder"/> on one thread and merged from per-core chunks, against the constant-state
/// <see cref="StreamingSummaryBuilder"/> on one thread and partitioned by customer over every core. The log comes as
/// simulated (customer by customer) or sorted by time (customers interleaved, as in a real log).
/// </summary>
[MemoryDiagnoser]
public class SummaryBenchmarks
{
    private const int Rows = 10_000_000;

    private Transaction[] _log = [];
    private SummaryOptions _options = null!;

    /// <summary>True for the log sorted by timestamp; false for the simulator's order, customer by customer.</summary>
    [Params(false, true)]
    public bool SortedByTime { get; set; }

    /// <summary>Generates the log once: the seeded simulator, cut at exactly ten million rows, sorted by time when asked.</summary>
    [GlobalSetup]
    public void Setup()
    {
        TransactionLogSimulationOptions simulation = TransactionLogSimulator.SampleOptions with { Customers = 2_400_000, Seed = 1 };
        _log = [.. TransactionLogSimulator.Generate(simulation).Take(Rows)];
        if (_log.Length != Rows)
        {
            throw new InvalidOperationException($"The simulator gave {_log.Length} rows; raise Customers.");
        }

        if (SortedByTime)
        {
            long[] ticks = [.. _log.Select(t => t.Timestamp.Ticks)];
            Array.Sort(ticks, _log);
        }

        _options = new SummaryOptions(simulation.End) { Unit = TimePeriod.Week };
    }

    /// <summary>One mergeable builder over the whole log, then the summaries.</summary>
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

    /// <summary>One mergeable builder per core over contiguous chunks, merged, then the summaries.</summary>
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

    /// <summary>The streaming builder on one thread, transaction by transaction, then the summaries.</summary>
    [Benchmark]
    public int Streaming()
    {
        var builder = new StreamingSummaryBuilder(_options);
        foreach (Transaction t in _log)
        {
            builder.Add(t);
        }

        return builder.Build().Customers.Count;
    }

    /// <summary>The streaming state over the in-memory log, partitioned by customer over every core, then the summaries.</summary>
    [Benchmark]
    public int StreamingParallel() => StreamingSummaryBuilder.FromLog(_log, _options).Build().Customers.Count;
}
