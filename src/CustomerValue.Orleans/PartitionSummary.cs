using Orleans;

namespace CustomerValue.Orleans;

/// <summary>A partition's share of the <see cref="ClusterSummary"/>: pattern counts, not customers.</summary>
/// <param name="Patterns">The members' distinct (frequency, recency, T) rows with counts, in no particular order.</param>
/// <param name="CustomerCount">Members with a summary.</param>
/// <param name="CustomersWithoutSummary">Members with transactions but no purchase by the observation end.</param>
/// <param name="TransactionCount">Transactions of all members.</param>
[GenerateSerializer]
[Immutable]
[Alias("CustomerValue.Orleans.PartitionSummary")]
internal sealed record PartitionSummary(SummaryPattern[] Patterns, int CustomerCount, int CustomersWithoutSummary, long TransactionCount);
