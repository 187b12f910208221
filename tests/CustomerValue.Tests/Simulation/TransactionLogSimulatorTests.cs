using CustomerValue.Simulation;

namespace CustomerValue.Tests.Simulation;

public sealed class TransactionLogSimulatorTests
{
    private static readonly TransactionLogSimulationOptions Small = new() { Customers = 300 };

    [Fact]
    public void The_same_seed_gives_the_same_log_and_another_seed_another()
    {
        Transaction[] first = [.. TransactionLogSimulator.Generate(Small)];
        Transaction[] again = [.. TransactionLogSimulator.Generate(Small)];
        Transaction[] other = [.. TransactionLogSimulator.Generate(Small with { Seed = 7 })];
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void The_log_stays_in_its_window_and_has_every_customer_products_and_some_returns()
    {
        Transaction[] log = [.. TransactionLogSimulator.Generate(TransactionLogSimulator.SampleOptions)];
        TransactionLogSimulationOptions o = TransactionLogSimulator.SampleOptions;
        Assert.All(log, t => Assert.InRange(t.Timestamp, o.Start, o.End.AddDays(1)));
        Assert.Equal(o.Customers, log.Select(t => t.CustomerId).Distinct().Count());
        Assert.All(log.GroupBy(t => t.CustomerId), g => Assert.InRange(g.Min(t => t.Timestamp), o.Start, o.Start.AddDays(o.AcquisitionDays)));
        Assert.InRange(log.Count(t => t.IsReturn), 1, log.Length / 20);
        Assert.True(log.Select(t => t.ProductId).Distinct().Count() > 10);
    }

    [Fact]
    public void Repeat_buying_and_spend_follow_the_configured_process()
    {
        // With the CDNOW parameters, about 40 % of customers repeat within the first 39 weeks (Fader, Hardie & Lee 2005:
        // 946 of 2,357) and mean spend per occasion is near p * gamma / (q - 1) = 35.
        var builder = new CustomerSummaryBuilder();
        TransactionLogSimulationOptions options = TransactionLogSimulator.SampleOptions with { Customers = 5_000 };
        builder.AddRange(TransactionLogSimulator.Generate(options));
        CustomerSummarySet set = builder.Build(new SummaryOptions(options.Start.AddDays(7 * 39 - 1)) { Unit = TimePeriod.Week });
        double repeatShare = set.Customers.Count(c => c.Frequency > 0) / (double)set.Customers.Count;
        Assert.InRange(repeatShare, 0.33, 0.47);
        double meanSpend = set.Customers.Where(c => c.Frequency > 0).Average(c => c.MonetaryValue);
        Assert.InRange(meanSpend, 28.0, 42.0);
    }

    [Fact]
    public void Invalid_options_are_rejected_naming_the_option()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => TransactionLogSimulator.Generate(Small with { R = -1 }));
        Assert.Equal("R", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => TransactionLogSimulator.Generate(Small with { End = Small.Start }));
    }
}
