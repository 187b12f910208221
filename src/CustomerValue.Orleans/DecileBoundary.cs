using Orleans;

namespace CustomerValue.Orleans;

/// <summary>
/// Where a value decile starts: the first customer of <paramref name="Segment"/> when customers are ranked by lifetime value,
/// highest first, equal values in natural id order (<see cref="CustomerIdComparer"/>), as <c>TierStrategy.CustomerDeciles</c> ranks them.
/// </summary>
/// <param name="Segment">The decile that starts here, <c>D2</c> to <c>D10</c>.</param>
/// <param name="Rank">The 0-based rank of its first customer.</param>
/// <param name="CustomerId">That customer's identifier.</param>
/// <param name="Value">That customer's lifetime value: the decile's highest value.</param>
/// <remarks>Immutable.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("CustomerValue.Orleans.DecileBoundary")]
public sealed record DecileBoundary(string Segment, long Rank, string CustomerId, double Value);
