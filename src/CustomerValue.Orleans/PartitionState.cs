using Orleans;

namespace CustomerValue.Orleans;

/// <summary>The persisted state of a <see cref="CustomerPartitionGrain"/>: its members.</summary>
[GenerateSerializer]
[Alias("CustomerValue.Orleans.PartitionState")]
internal sealed class PartitionState
{
    /// <summary>The ids of the member customers.</summary>
    [Id(0)]
    public HashSet<string> Members { get; set; } = [];
}
