using Orleans;

namespace CustomerValue.Orleans;

/// <summary>What a partition's value snapshot holds: its size, smallest and largest value, and the sum added from the lowest value up.</summary>
/// <param name="Count">Members valued.</param>
/// <param name="Min">The smallest value (0 when there are none).</param>
/// <param name="Max">The largest value (0 when there are none).</param>
/// <param name="Sum">The sum of the values.</param>
[GenerateSerializer]
[Immutable]
[Alias("CustomerValue.Orleans.PartitionValues")]
internal sealed record PartitionValues(int Count, double Min, double Max, double Sum);
