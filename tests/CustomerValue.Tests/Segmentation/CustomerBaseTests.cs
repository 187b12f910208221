using CustomerValue.Lifetime;
using CustomerValue.Segmentation;
using CustomerValue.Simulation;
using static CustomerValue.Tests.Segmentation.SegmentationAssert;

namespace CustomerValue.Tests.Segmentation;

public sealed class CustomerBaseTests
{
    private static readonly DateTime Day0 = new(2024, 1, 1);

    private static Transaction T(string id, int day, decimal amount) => new(id, Day0.AddDays(day).AddHours(9), amount);

    private static readonly Transaction[] Log =
    [
        T("b", 0, 10), T("b", 0, 5), T("b", 100, 20), T("b", 150, -4),
        T("a", 50, 30), T("a", 160, 40), T("a", 170, 10),
        T("r", 10, -3),
        T("late", 200, 99),
    ];

    [Fact]
    public void Activities_are_computed_per_customer_up_to_the_observation_end()
    {
        CustomerBase customers = CustomerBase.FromTransactions(Log, Day0.AddDays(181));
        Assert.Equal(["a", "b"], customers.Customers.Select(c => c.CustomerId));
        Assert.Equal(1, customers.CustomersWithoutPurchases);
        Assert.Equal(new CustomerActivity("a", 3, 11, 131, 80, 80), customers.Customers[0]);
        Assert.Equal(new CustomerActivity("b", 2, 81, 181, 31, 35), customers.Customers[1]);
        Assert.Equal([80.0, 31], customers.Values().Select(v => v.Value));
        Assert.Equal([80.0, 35], customers.Values(SpendMeasure.Gross).Select(v => v.Value));
        Assert.Equal([new RfmFeatures("a", 11, 3, 80), new RfmFeatures("b", 81, 2, 31)], customers.Rfm());
        Assert.Equal([40 - 15.0, 15.5 - 10], customers.Profits(0.5, 5).Select(p => p.Value));
        Assert.Equal(Math.Log(12), customers.LogRfmAttributes()[0].Attributes[0], 12);
        Assert.Equal(2, customers.Summaries[0].Frequency);
    }

    [Fact]
    public void Trajectories_count_windows_back_from_the_observation_end()
    {
        CustomerBase customers = CustomerBase.FromTransactions(Log, Day0.AddDays(181));
        CustomerTrajectory[] trajectories = customers.Trajectories(windowDays: 60);
        // End day 181. a: first purchase day 50 → (181 − 50) / 60 = 2 → three windows: days 2..61, 62..121, 122..181.
        Assert.Equal([(1, 30.0), (0, 0), (2, 50)], trajectories[0].Windows.Select(w => (w.Purchases, w.Value)));
        // b: day 0 is in window (181 − 0) / 60 = 3 → four windows; the return on day 150 nets into the last.
        Assert.Equal([(1, 15.0), (0, 0), (1, 20), (0, -4)], trajectories[1].Windows.Select(w => (w.Purchases, w.Value)));
        Assert.Throws<ArgumentOutOfRangeException>(() => customers.Trajectories(0));
    }

    [Fact]
    public void A_base_from_summaries_uses_repeat_spend_and_has_no_windows()
    {
        CustomerBase customers = CustomerBase.FromSummaries([new CustomerSummary("2", 3, 10, 20, 5), new CustomerSummary("10", 0, 0, 8)]);
        Assert.Equal([new CustomerActivity("2", 4, 10, 20, 15, 15), new CustomerActivity("10", 1, 8, 8, 0, 0)], customers.Customers);
        Assert.Throws<InvalidOperationException>(() => customers.Trajectories());
        Assert.Throws<ArgumentException>(() => CustomerBase.FromSummaries([new CustomerSummary("1", 0, 0, 1), new CustomerSummary("1", 0, 0, 1)]));
        Assert.Throws<ArgumentException>(() => CustomerBase.FromTransactions([T("x", 1, -1)]));
    }

    [Fact]
    public void Every_strategy_runs_on_the_sample_log_alone()
    {
        CustomerBase customers = CustomerBase.FromTransactions(TransactionLogSimulator.Generate(TransactionLogSimulator.SampleOptions with { Customers = 400 }));
        string[] ids = [.. customers.Customers.Select(c => c.CustomerId)];
        SegmentationResult[] results =
        [
            ConcentrationStrategy.Default.Segment(customers.Values()),
            WhaleCurveStrategy.Instance.Segment(customers.Profits(0.3, 2)),
            TierStrategy.ThreeTier.Segment(customers.Values()),
            TierStrategy.FourTier.Segment(customers.Values()),
            TierStrategy.RevenueDeciles.Segment(customers.Values()),
            TierStrategy.PurchaseDeciles.Segment(customers.Values(SpendMeasure.Gross)),
            TierStrategy.CustomerDeciles.Segment(customers.Values()),
            RfmStrategy.Default.Segment(customers.Rfm()),
            ValueMatrixStrategy.Default.Segment(customers.ValueComponents()),
            LifeCycleStrategy.Default.Segment(customers.Trajectories()),
            new KMeansStrategy(new KMeansOptions { MaxClusters = 4, Restarts = 1 }).Segment(customers.LogRfmAttributes()),
        ];

        foreach (SegmentationResult result in results)
        {
            Partition(result, ids);
        }

        ConcentrationAnalysis pareto = ConcentrationStrategy.Default.Analyze(customers.Values());
        Assert.InRange(pareto.Gini, 0.3, 0.95);
        Assert.True(results[8][ValueMatrixOptions.Core].Customers > 0);
        Assert.True(results[4]["D1"].Customers < results[4]["D10"].Customers);
    }

    [Fact]
    public void Value_components_take_a_supplied_potential()
    {
        CustomerBase customers = CustomerBase.FromTransactions(TransactionLogSimulator.Generate(TransactionLogSimulator.SampleOptions with { Customers = 300 }));
        string first = customers.Customers[0].CustomerId;
        CustomerValueComponents[] components = customers.ValueComponents(ClvOptions.FromCalendar(12, TimePeriod.Month, TimePeriod.Week), new Dictionary<string, double> { [first] = 123 });
        Assert.Equal(123, components[0].Potential);
        Assert.All(components.Skip(1), c => Assert.Equal(0, c.Potential));
        Assert.All(components, c => Assert.True(c.Current >= 0));
        Assert.Equal(customers.Customers[0].NetSpend, components[0].Historical);
    }
}
