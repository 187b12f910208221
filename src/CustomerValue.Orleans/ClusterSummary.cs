using Orleans;

namespace CustomerValue.Orleans;

/// <summary>
/// The cluster-wide compressed summary: the distinct (frequency, recency, T) rows with their counts, ready for re-fitting
/// (<c>BgNbdModel.Fit(patterns)</c> and friends), gathered partition by partition without moving per-customer rows to one node.
/// </summary>
/// <param name="Patterns">The rows ordered by frequency, then recency, then T, exactly as <see cref="SummaryPatterns.Compress"/> orders them.</param>
/// <param name="CustomerCount">Customers with a summary (a purchase by the observation end); the counts of <paramref name="Patterns"/> add up to it.</param>
/// <param name="CustomersWithoutSummary">Customers ingested whose first purchase comes after the observation end, or who have returns only.</param>
/// <param name="TransactionCount">Transactions ingested over all customers, each batch counted once.</param>
/// <remarks>Immutable.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("CustomerValue.Orleans.ClusterSummary")]
public sealed record ClusterSummary(IReadOnlyList<SummaryPattern> Patterns, int CustomerCount, int CustomersWithoutSummary, long TransactionCount);
