namespace CustomerValue.Orleans.Tests;

/// <summary>A three-silo cluster that has ingested every batch of the test log once and computed the value distribution.</summary>
public sealed class IngestedClusterFixture : ClusterFixture
{
    /// <summary>What each batch's ingestion reported, in order.</summary>
    public IReadOnlyList<IngestionResult> Ingestions { get; private set; } = [];

    /// <summary>The distribution computed after ingestion.</summary>
    public ValueDistribution Distribution { get; private set; } = null!;

    /// <inheritdoc />
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var results = new List<IngestionResult>();
        foreach ((string id, Transaction[] transactions) in TestData.Batches)
        {
            results.Add(await CustomerValue.IngestAsync(id, transactions));
        }

        Ingestions = results;
        Distribution = await CustomerValue.ComputeValueDistributionAsync();
    }
}
