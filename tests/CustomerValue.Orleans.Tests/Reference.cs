namespace CustomerValue.Orleans.Tests;

/// <summary>Checks a cluster against the single-process reference of <see cref="TestData"/>.</summary>
internal static class Reference
{
    /// <summary>The single-process summary of each summarised customer.</summary>
    public static IReadOnlyDictionary<string, CustomerSummary> Summaries { get; } =
        TestData.ReferenceSummaries.Customers.ToDictionary(c => c.CustomerId, StringComparer.Ordinal);

    /// <summary>Every customer of the log with its single-process transaction count.</summary>
    public static IReadOnlyDictionary<string, long> TransactionCounts { get; } =
        TestData.Reference.Histories.ToDictionary(h => h.CustomerId, h => h.TransactionCount, StringComparer.Ordinal);

    /// <summary>
    /// Asserts that every customer's grain holds exactly the single-process transaction count and summary, and that the
    /// cluster-wide compressed summary is exactly <see cref="SummaryPatterns.Compress"/> of the single-process summaries.
    /// </summary>
    public static async Task AssertClusterMatchesAsync(CustomerValueCluster cluster)
    {
        foreach ((string id, long transactions) in TransactionCounts)
        {
            CustomerSnapshot snapshot = await cluster.GetSnapshotAsync(id);
            Assert.Equal(transactions, snapshot.TransactionCount);
            Assert.Equal(Summaries.TryGetValue(id, out CustomerSummary summary) ? summary : null, snapshot.Summary);
        }

        ClusterSummary total = await cluster.SummarizeAsync();
        CustomerSummarySet reference = TestData.ReferenceSummaries;
        Assert.Equal(SummaryPatterns.Compress([.. reference.Customers]), total.Patterns);
        Assert.Equal(reference.Customers.Count, total.CustomerCount);
        Assert.Equal(reference.CustomersStartingAfterEnd + reference.CustomersWithoutPurchases, total.CustomersWithoutSummary);
        Assert.Equal(TestData.Reference.TransactionCount, total.TransactionCount);
    }
}
