using Orleans;

namespace CustomerValue.Orleans;

/// <summary>The persisted state of a <see cref="ClusterAggregateGrain"/>: the last value distribution.</summary>
[GenerateSerializer]
[Alias("CustomerValue.Orleans.AggregateState")]
internal sealed class AggregateState
{
    /// <summary>The last distribution computed, or null.</summary>
    [Id(0)]
    public ValueDistribution? Distribution { get; set; }
}
