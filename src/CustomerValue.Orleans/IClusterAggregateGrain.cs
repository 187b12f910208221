using Orleans;
using Orleans.Concurrency;

namespace CustomerValue.Orleans;

/// <summary>
/// The cluster-wide aggregator (one grain, key <c>0</c>): combines the partitions' partial aggregates into the compressed summary
/// and the value distribution, and keeps the last distribution for the customer grains' segments.
/// </summary>
[Alias("CustomerValue.Orleans.IClusterAggregateGrain")]
public interface IClusterAggregateGrain : IGrainWithIntegerKey
{
    /// <summary>The compressed (frequency, recency, T) summary of every customer, merged from the partitions' pattern counts.</summary>
    /// <returns>The summary.</returns>
    [Alias("Summarize")]
    [AlwaysInterleave]
    Task<ClusterSummary> SummarizeAsync();

    /// <summary>
    /// Computes the lifetime-value distribution (Pareto share, deciles) by distributed counting, persists it as the one the
    /// customer grains segment against, and returns it. Computations run one at a time.
    /// </summary>
    /// <returns>The distribution.</returns>
    /// <exception cref="InvalidOperationException">The silos have no models configured, or a partition lost its snapshot mid-way (compute again).</exception>
    [Alias("ComputeValueDistribution")]
    Task<ValueDistribution> ComputeValueDistributionAsync();

    /// <summary>The last distribution computed, or null before the first.</summary>
    /// <returns>The distribution, or null.</returns>
    [Alias("GetValueDistribution")]
    [AlwaysInterleave]
    Task<ValueDistribution?> GetValueDistributionAsync();
}
