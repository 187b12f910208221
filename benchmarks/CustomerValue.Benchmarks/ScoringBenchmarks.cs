using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerValue.Lifetime;

namespace CustomerValue.Benchmarks;

/// <summary>
/// Scoring one million simulated customers (CDNOW BG/NBD process, CDNOW-like ages, Gamma-Gamma spend; seed 7): for each
/// model a per-customer loop over the scalar instance method (the baseline of its category) against the batch span
/// method. Inputs and destinations are allocated in <see cref="Setup"/>, so a batch call should allocate nothing.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[Config(typeof(CustomersPerSecondConfig))]
public class ScoringBenchmarks
{
    /// <summary>Customers scored per operation.</summary>
    public const int Customers = 1_000_000;

    /// <summary>The horizon of the conditional expectation, in weeks (the model's time unit).</summary>
    public const double Horizon = 52.0;

    private const string BgAlive = "BG/NBD P(alive)";
    private const string BgExpected = "BG/NBD E[X(52w)]";
    private const string MbgAlive = "MBG/NBD P(alive)";
    private const string MbgExpected = "MBG/NBD E[X(52w)]";
    private const string ParetoAlive = "Pareto/NBD P(alive)";
    private const string ParetoExpected = "Pareto/NBD E[X(52w)]";
    private const string Spend = "Gamma-Gamma E[M]";
    private const string Clv = "CLV 12 months";
    private const string DistinctAges = "Worst case: every age distinct";

    private CustomerSummary[] _customers = [];
    private CustomerSummary[] _distinctAges = [];
    private double[] _destination = [];
    private BgNbdModel _bgNbd = null!;
    private MbgNbdModel _mbgNbd = null!;
    private ParetoNbdModel _paretoNbd = null!;
    private GammaGammaModel _gammaGamma = null!;
    private CustomerLifetimeValue _clv = null!;

    /// <summary>
    /// Simulates the customers and allocates the destination; the models use the published CDNOW parameters, and the
    /// lifetime value is BG/NBD with Gamma-Gamma over 12 calendar months (in weeks), discounted 1 % a month.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        _customers = BenchmarkData.SimulatedWithSpend(Customers, 7);
        _distinctAges = BenchmarkData.WithDistinctAges(_customers, 8);
        _destination = new double[Customers];
        _bgNbd = new BgNbdModel(BenchmarkData.CdnowBgNbd);
        _mbgNbd = new MbgNbdModel(BenchmarkData.CdnowMbgNbd);
        _paretoNbd = new ParetoNbdModel(BenchmarkData.CdnowParetoNbd);
        _gammaGamma = new GammaGammaModel(BenchmarkData.CdnowGammaGamma);
        ClvOptions options = ClvOptions.FromCalendar(12, TimePeriod.Month, TimePeriod.Week) with { DiscountRate = 0.01 };
        _clv = new CustomerLifetimeValue(_bgNbd, _gammaGamma, options);
    }

    /// <summary>BG/NBD P(alive), one scalar call per customer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(BgAlive)]
    public double BgNbdProbabilityAliveScalar()
    {
        for (int i = 0; i < _customers.Length; i++)
        {
            _destination[i] = _bgNbd.ProbabilityAlive(_customers[i]);
        }

        return _destination[^1];
    }

    /// <summary>BG/NBD P(alive), one batch call.</summary>
    [Benchmark, BenchmarkCategory(BgAlive)]
    public double BgNbdProbabilityAliveBatch()
    {
        _bgNbd.ProbabilityAlive(_customers, _destination);
        return _destination[^1];
    }

    /// <summary>BG/NBD expected purchases in the next 52 weeks, one scalar call per customer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(BgExpected)]
    public double BgNbdExpectedPurchasesScalar()
    {
        for (int i = 0; i < _customers.Length; i++)
        {
            _destination[i] = _bgNbd.ConditionalExpectedPurchases(_customers[i], Horizon);
        }

        return _destination[^1];
    }

    /// <summary>BG/NBD expected purchases in the next 52 weeks, one batch call.</summary>
    [Benchmark, BenchmarkCategory(BgExpected)]
    public double BgNbdExpectedPurchasesBatch()
    {
        _bgNbd.ConditionalExpectedPurchases(_customers, Horizon, _destination);
        return _destination[^1];
    }

    /// <summary>BG/NBD expected purchases in the next 52 weeks, the opt-in parallel path on every core.</summary>
    [Benchmark, BenchmarkCategory(BgExpected)]
    public double BgNbdExpectedPurchasesParallel()
    {
        ParallelScoring.ConditionalExpectedPurchases(_bgNbd, _customers, Horizon, _destination);
        return _destination[^1];
    }

    /// <summary>MBG/NBD P(alive), one scalar call per customer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(MbgAlive)]
    public double MbgNbdProbabilityAliveScalar()
    {
        for (int i = 0; i < _customers.Length; i++)
        {
            _destination[i] = _mbgNbd.ProbabilityAlive(_customers[i]);
        }

        return _destination[^1];
    }

    /// <summary>MBG/NBD P(alive), one batch call.</summary>
    [Benchmark, BenchmarkCategory(MbgAlive)]
    public double MbgNbdProbabilityAliveBatch()
    {
        _mbgNbd.ProbabilityAlive(_customers, _destination);
        return _destination[^1];
    }

    /// <summary>MBG/NBD expected purchases in the next 52 weeks, one scalar call per customer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(MbgExpected)]
    public double MbgNbdExpectedPurchasesScalar()
    {
        for (int i = 0; i < _customers.Length; i++)
        {
            _destination[i] = _mbgNbd.ConditionalExpectedPurchases(_customers[i], Horizon);
        }

        return _destination[^1];
    }

    /// <summary>MBG/NBD expected purchases in the next 52 weeks, one batch call.</summary>
    [Benchmark, BenchmarkCategory(MbgExpected)]
    public double MbgNbdExpectedPurchasesBatch()
    {
        _mbgNbd.ConditionalExpectedPurchases(_customers, Horizon, _destination);
        return _destination[^1];
    }

    /// <summary>Pareto/NBD P(alive), one scalar call per customer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(ParetoAlive)]
    public double ParetoNbdProbabilityAliveScalar()
    {
        for (int i = 0; i < _customers.Length; i++)
        {
            _destination[i] = _paretoNbd.ProbabilityAlive(_customers[i]);
        }

        return _destination[^1];
    }

    /// <summary>Pareto/NBD P(alive), one batch call.</summary>
    [Benchmark, BenchmarkCategory(ParetoAlive)]
    public double ParetoNbdProbabilityAliveBatch()
    {
        _paretoNbd.ProbabilityAlive(_customers, _destination);
        return _destination[^1];
    }

    /// <summary>Pareto/NBD expected purchases in the next 52 weeks, one scalar call per customer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(ParetoExpected)]
    public double ParetoNbdExpectedPurchasesScalar()
    {
        for (int i = 0; i < _customers.Length; i++)
        {
            _destination[i] = _paretoNbd.ConditionalExpectedPurchases(_customers[i], Horizon);
        }

        return _destination[^1];
    }

    /// <summary>Pareto/NBD expected purchases in the next 52 weeks, one batch call.</summary>
    [Benchmark, BenchmarkCategory(ParetoExpected)]
    public double ParetoNbdExpectedPurchasesBatch()
    {
        _paretoNbd.ConditionalExpectedPurchases(_customers, Horizon, _destination);
        return _destination[^1];
    }

    /// <summary>Pareto/NBD expected purchases in the next 52 weeks, the opt-in parallel path on every core.</summary>
    [Benchmark, BenchmarkCategory(ParetoExpected)]
    public double ParetoNbdExpectedPurchasesParallel()
    {
        ParallelScoring.ConditionalExpectedPurchases(_paretoNbd, _customers, Horizon, _destination);
        return _destination[^1];
    }

    /// <summary>Gamma-Gamma conditional expected spend, one scalar call per customer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Spend)]
    public double GammaGammaSpendScalar()
    {
        for (int i = 0; i < _customers.Length; i++)
        {
            _destination[i] = _gammaGamma.ConditionalExpectedSpend(_customers[i]);
        }

        return _destination[^1];
    }

    /// <summary>Gamma-Gamma conditional expected spend, one batch call.</summary>
    [Benchmark, BenchmarkCategory(Spend)]
    public double GammaGammaSpendBatch()
    {
        _gammaGamma.ConditionalExpectedSpend(_customers, _destination);
        return _destination[^1];
    }

    /// <summary>Lifetime value (BG/NBD + Gamma-Gamma, 12 monthly steps, 1 % a month), one scalar call per customer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Clv)]
    public double LifetimeValueScalar()
    {
        for (int i = 0; i < _customers.Length; i++)
        {
            _destination[i] = _clv.Calculate(_customers[i]);
        }

        return _destination[^1];
    }

    /// <summary>Lifetime value (BG/NBD + Gamma-Gamma, 12 monthly steps, 1 % a month), one batch call.</summary>
    [Benchmark, BenchmarkCategory(Clv)]
    public double LifetimeValueBatch()
    {
        _clv.Calculate(_customers, _destination);
        return _destination[^1];
    }

    /// <summary>BG/NBD E[X(52w)] batch when no two customers share an age (continuous T), so nothing is computed once for many.</summary>
    [Benchmark, BenchmarkCategory(DistinctAges)]
    public double BgNbdExpectedPurchasesBatchDistinctAges()
    {
        _bgNbd.ConditionalExpectedPurchases(_distinctAges, Horizon, _destination);
        return _destination[^1];
    }

    /// <summary>Pareto/NBD E[X(52w)] batch when no two customers share an age.</summary>
    [Benchmark, BenchmarkCategory(DistinctAges)]
    public double ParetoNbdExpectedPurchasesBatchDistinctAges()
    {
        _paretoNbd.ConditionalExpectedPurchases(_distinctAges, Horizon, _destination);
        return _destination[^1];
    }

    /// <summary>BG/NBD + Gamma-Gamma 12-month lifetime value batch when no two customers share an age.</summary>
    [Benchmark, BenchmarkCategory(DistinctAges)]
    public double LifetimeValueBatchDistinctAges()
    {
        _clv.Calculate(_distinctAges, _destination);
        return _destination[^1];
    }
}
