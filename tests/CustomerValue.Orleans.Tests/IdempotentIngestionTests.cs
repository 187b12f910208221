namespace CustomerValue.Orleans.Tests;

/// <summary>Redelivered batches change nothing.</summary>
public sealed class IdempotentIngestionTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task Ingesting_every_batch_twice_changes_nothing()
    {
        foreach ((string id, Transaction[] transactions) in TestData.Batches)
        {
            IngestionResult first = await fixture.CustomerValue.IngestAsync(id, transactions);
            IngestionResult again = await fixture.CustomerValue.IngestAsync(id, transactions);
            Assert.Equal((first.Customers, 0), (first.Applied, first.AlreadyApplied));
            Assert.Equal((first.Customers, 0, first.Customers), (again.Customers, again.Applied, again.AlreadyApplied));
        }

        // And the whole log once more, last batch first.
        foreach ((string id, Transaction[] transactions) in TestData.Batches.Reverse())
        {
            Assert.Equal(0, (await fixture.CustomerValue.IngestAsync(id, transactions)).Applied);
        }

        await Reference.AssertClusterMatchesAsync(fixture.CustomerValue);
        foreach (string customer in Reference.TransactionCounts.Keys)
        {
            int batches = TestData.Batches.Count(b => b.Transactions.Any(t => t.CustomerId == customer));
            Assert.Equal(batches, (await fixture.CustomerValue.GetSnapshotAsync(customer)).BatchCount);
        }
    }

    [Fact]
    public async Task A_batch_needs_an_id_and_customer_ids()
    {
        await Assert.ThrowsAsync<ArgumentException>("batchId", () => fixture.CustomerValue.IngestAsync(" ", TestData.Batches[0].Transactions));
        await Assert.ThrowsAsync<ArgumentNullException>("transactions", () => fixture.CustomerValue.IngestAsync("b", null!));
        await Assert.ThrowsAsync<ArgumentException>("transactions", () => fixture.CustomerValue.IngestAsync("b", [default]));
    }
}
