using Orleans;

namespace CustomerValue.Orleans;

/// <summary>
/// One aggregation partition (keyed by its number): knows its member customers, gathers their summaries and values on the silo
/// it lives on, and answers the aggregator with partial aggregates only (pattern counts, counts and sums below a threshold).
/// </summary>
[Alias("CustomerValue.Orleans.ICustomerPartitionGrain")]
internal interface ICustomerPartitionGrain : IGrainWithIntegerKey
{
    /// <summary>Adds a member; idempotent.</summary>
    [Alias("Register")]
    Task RegisterAsync(string customerId);

    /// <summary>The members' compressed (frequency, recency, T) counts and totals.</summary>
    [Alias("Summarize")]
    Task<PartitionSummary> SummarizeAsync();

    /// <summary>Values every member with a summary, keeps the values in rank order as snapshot <paramref name="snapshot"/>, and describes them.</summary>
    [Alias("SnapshotValues")]
    Task<PartitionValues> SnapshotValuesAsync(Guid snapshot);

    /// <summary>For each threshold, how many values of the snapshot are greater.</summary>
    [Alias("CountAbove")]
    Task<long[]> CountAboveAsync(Guid snapshot, double[] thresholds);

    /// <summary>The first <paramref name="limit"/> ids, in natural order, of the snapshot's customers whose value equals <paramref name="value"/>.</summary>
    [Alias("TiedIds")]
    Task<string[]> TiedIdsAsync(Guid snapshot, double value, int limit);

    /// <summary>For each rank key (value, id), the sum of the values of the customers ranked at or after it, added from the lowest value up.</summary>
    [Alias("SumFrom")]
    Task<double[]> SumFromAsync(Guid snapshot, double[] values, string[] ids);

    /// <summary>Drops snapshot <paramref name="snapshot"/> if it is the one held.</summary>
    [Alias("Release")]
    Task ReleaseAsync(Guid snapshot);
}
