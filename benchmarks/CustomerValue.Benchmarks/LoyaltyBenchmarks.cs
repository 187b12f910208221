using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerValue.Loyalty;

namespace CustomerValue.Benchmarks;

/// <summary>
/// Purchase-behaviour loyalty F = G(a, b, c, d) over one million simulated customer-years
/// (<see cref="YearlyActivitySimulator"/>, seed 8): the default G
/// (<see cref="BalancedLoyaltyModel"/>) per customer against one batch call, a logistic G in one batch call, and the
/// calibration of the default G against the million (four sorts). Inputs and the destination are allocated in
/// <see cref="Setup"/>, so the scoring calls should allocate nothing.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[Config(typeof(CustomersPerSecondConfig))]
public class LoyaltyBenchmarks
{
    private const string DefaultG = "F default G";
    private const string LogisticG = "F logistic G";
    private const string Calibration = "calibrate default G";

    private YearlyActivity[] _activities = [];
    private double[] _destination = [];
    private BalancedLoyaltyModel _balanced = null!;
    private LogisticLoyaltyModel _logistic = null!;

    /// <summary>Simulates the customer-years, calibrates the default G on them and sets a logistic G.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _activities = YearlyActivitySimulator.Simulate(ScoringBenchmarks.Customers, 8);
        _destination = new double[_activities.Length];
        _balanced = BalancedLoyaltyModel.FromPopulation(_activities);
        _logistic = new LogisticLoyaltyModel(-14, 2.4, 1.2, 0.6, 1.0);
    }

    /// <summary>The default G, one scalar call per customer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(DefaultG)]
    public double DefaultScalar()
    {
        for (int i = 0; i < _activities.Length; i++)
        {
            _destination[i] = _balanced.Score(in _activities[i]);
        }

        return _destination[^1];
    }

    /// <summary>The default G, one batch call.</summary>
    [Benchmark, BenchmarkCategory(DefaultG)]
    public double DefaultBatch()
    {
        _balanced.Score(_activities, _destination);
        return _destination[^1];
    }

    /// <summary>A logistic G, one batch call.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(LogisticG)]
    public double LogisticBatch()
    {
        _logistic.Score(_activities, _destination);
        return _destination[^1];
    }

    /// <summary>Calibrating the default G: medians and 90th percentiles of a, b, c, d over the million.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Calibration)]
    public double Calibrate() => PurchaseLoyaltyCalibration.FromPopulation(_activities).Spend.Strong;
}
