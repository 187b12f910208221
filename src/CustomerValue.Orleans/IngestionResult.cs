namespace CustomerValue.Orleans;

/// <summary>What one call of <see cref="CustomerValueCluster.IngestAsync"/> did.</summary>
/// <param name="Customers">Customers the batch touched (one grain call each).</param>
/// <param name="Applied">Customers that applied the batch now.</param>
/// <param name="AlreadyApplied">Customers that had applied this batch id before and changed nothing.</param>
/// <param name="Transactions">Transactions in the batch.</param>
/// <remarks>Immutable.</remarks>
public readonly record struct IngestionResult(int Customers, int Applied, int AlreadyApplied, int Transactions);
