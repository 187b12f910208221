using CustomerValue.Lifetime;

namespace CustomerValue.Tests.Lifetime;

public sealed class ParallelScoringTests
{
    private static readonly BgNbdParameters Cdnow = new(0.2425945, 4.4136019, 0.7929199, 2.4258881);

    // 50,000 customers: several blocks of 16,384 and a partial last block.
    private static readonly CustomerSummary[] Customers = BgNbdSimulator.Simulate(Cdnow, 50_000, 38.86, 11);

    public static TheoryData<string> Models => ["bg-nbd", "pareto-nbd"];

    private static ITransactionModel Model(string name) => name == "bg-nbd"
        ? new BgNbdModel(Cdnow)
        : new ParetoNbdModel(new ParetoNbdParameters(0.5534, 10.5802, 0.6061, 11.6562));

    [Theory]
    [MemberData(nameof(Models))]
    public void Parallel_scores_equal_the_sequential_batch_bit_for_bit(string name)
    {
        ITransactionModel model = Model(name);
        var sequential = new double[Customers.Length];
        var parallel = new double[Customers.Length];

        model.ProbabilityAlive(Customers, sequential);
        ParallelScoring.ProbabilityAlive(model, Customers, parallel);
        Assert.Equal(sequential, parallel);

        model.ConditionalExpectedPurchases(Customers, 52, sequential);
        ParallelScoring.ConditionalExpectedPurchases(model, Customers, 52, parallel, maxDegreeOfParallelism: 2);
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Parallel_lifetime_value_equals_the_sequential_batch()
    {
        CustomerSummary[] withSpend = [.. Customers.Select((c, i) => new CustomerSummary(c.CustomerId, c.Frequency, c.Recency, c.T, c.Frequency > 0 ? 20 + (i % 40) : 0))];
        var clv = new CustomerLifetimeValue(new BgNbdModel(Cdnow), new GammaGammaModel(6.25, 3.74, 15.44), ClvOptions.FromCalendar(3, TimePeriod.Month, TimePeriod.Week) with { DiscountRate = 0.01 });
        var sequential = new double[withSpend.Length];
        var parallel = new double[withSpend.Length];
        clv.Calculate(withSpend, sequential);
        ParallelScoring.LifetimeValue(clv, withSpend, parallel);
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        var model = new BgNbdModel(Cdnow);
        Assert.Throws<ArgumentException>(() => ParallelScoring.ProbabilityAlive(model, Customers, new double[10]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParallelScoring.ProbabilityAlive(model, Customers, new double[Customers.Length], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParallelScoring.ConditionalExpectedPurchases(model, Customers, double.NaN, new double[Customers.Length]));
        Assert.Throws<ArgumentNullException>(() => ParallelScoring.ProbabilityAlive(null!, Customers, new double[Customers.Length]));
    }
}
