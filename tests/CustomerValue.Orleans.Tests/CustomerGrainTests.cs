namespace CustomerValue.Orleans.Tests;

/// <summary>One customer grain on its own (a cluster of its own, so the customers here do not touch the log's summaries).</summary>
public sealed class CustomerGrainTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task A_customer_grain_refuses_another_customers_transactions_and_keeps_its_state()
    {
        ICustomerGrain grain = fixture.Cluster.GrainFactory.GetGrain<ICustomerGrain>("C-intruder");
        var mine = new Transaction("C-intruder", new DateTime(2024, 3, 1), 10m);
        var theirs = new Transaction("someone-else", new DateTime(2024, 3, 2), 20m);

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => grain.IngestAsync("mixed", [mine, theirs]));
        Assert.Contains("someone-else", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await grain.GetSnapshotAsync()).TransactionCount);

        Assert.True(await grain.IngestAsync("mixed", [mine]));
        CustomerSnapshot snapshot = await grain.GetSnapshotAsync();
        Assert.Equal((1L, 1), (snapshot.TransactionCount, snapshot.BatchCount));
        Assert.Equal(new CustomerSummary("C-intruder", 0, 0, (TestData.Summary.ObservationEnd - mine.Timestamp).TotalDays / 7), snapshot.Summary);
    }

    [Fact]
    public async Task A_customer_never_ingested_has_nothing()
    {
        CustomerSnapshot snapshot = await fixture.CustomerValue.GetSnapshotAsync("C-never");
        Assert.Equal(new CustomerSnapshot("C-never", 0, 0, null), snapshot);
        Assert.Null(await fixture.CustomerValue.GetScoreAsync("C-never"));
        await Assert.ThrowsAsync<ArgumentException>("customerId", () => fixture.CustomerValue.GetSnapshotAsync(""));
    }
}
