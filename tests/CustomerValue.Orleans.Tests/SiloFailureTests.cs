using Orleans.Runtime;
using Orleans.TestingHost;

namespace CustomerValue.Orleans.Tests;

/// <summary>Interrupted ingestion, retried with the same batch id, loses nothing and counts nothing twice.</summary>
public sealed class SiloFailureTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task A_silo_stopped_mid_ingest_and_the_batch_retried_loses_nothing()
    {
        IReadOnlyList<(string Id, Transaction[] Transactions)> batches = TestData.Batches;
        int half = batches.Count / 2;
        for (int i = 0; i < half; i++)
        {
            await fixture.CustomerValue.IngestAsync(batches[i].Id, batches[i].Transactions);
        }

        // A batch interrupted part-way: three customers' storage writes fail, the others succeed.
        (string id, Transaction[] transactions) = batches[half];
        string[] failing = [.. transactions.Select(t => t.CustomerId).Distinct().Order(StringComparer.Ordinal).Take(3)];
        foreach (string customer in failing)
        {
            SharedGrainStorage.FailNextCustomerWrite(fixture.Cluster.Options.ClusterId, customer);
        }

        OrleansException failure = await Assert.ThrowsAsync<OrleansException>(() => fixture.CustomerValue.IngestAsync(id, transactions));
        Assert.IsType<IOException>(failure.InnerException);
        foreach (string customer in failing)
        {
            Assert.Equal(BatchesBefore(customer, half), (await fixture.CustomerValue.GetSnapshotAsync(customer)).BatchCount);
        }

        IngestionResult retried = await fixture.CustomerValue.IngestAsync(id, transactions);
        Assert.Equal((failing.Length, retried.Customers - failing.Length), (retried.Applied, retried.AlreadyApplied));

        // Then a silo (never the primary) stops while the rest of the log streams in; interrupted batches are retried.
        SiloHandle victim = fixture.Cluster.SecondarySilos[0];
        var secondBatchDone = new TaskCompletionSource();
        Task rest = IngestWithRetriesAsync(half + 1, batches.Count, secondBatchDone);
        await secondBatchDone.Task;
        await fixture.Cluster.StopSiloAsync(victim);
        await rest;

        Assert.Equal(2, fixture.Cluster.GetActiveSilos().Count());
        await Reference.AssertClusterMatchesAsync(fixture.CustomerValue);
    }

    private static int BatchesBefore(string customer, int end) =>
        TestData.Batches.Take(end).Count(b => b.Transactions.Any(t => t.CustomerId == customer));

    /// <summary>Ingests batches [from, to) in order, each retried with its own id until it succeeds (at most five attempts).</summary>
    private async Task IngestWithRetriesAsync(int from, int to, TaskCompletionSource secondBatchDone)
    {
        for (int i = from; i < to; i++)
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    await fixture.CustomerValue.IngestAsync(TestData.Batches[i].Id, TestData.Batches[i].Transactions);
                    break;
                }
                catch (Exception) when (attempt < 5)
                {
                    // The silo went away under this batch: retry it; customers that applied it skip it.
                }
            }

            if (i == from + 1)
            {
                secondBatchDone.SetResult();
            }
        }
    }
}
