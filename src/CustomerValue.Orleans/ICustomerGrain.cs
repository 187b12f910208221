using Orleans;
using Orleans.Concurrency;

namespace CustomerValue.Orleans;

/// <summary>
/// One customer (keyed by its id): keeps the customer's mergeable purchase history in grain storage, applies each transaction
/// batch at most once, and answers its summary and scores on demand.
/// </summary>
[Alias("CustomerValue.Orleans.ICustomerGrain")]
public interface ICustomerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adds this customer's transactions of batch <paramref name="batchId"/> to its history and persists it, unless the batch was
    /// applied before, in which case nothing changes. The same batch id must always carry the same transactions.
    /// </summary>
    /// <param name="batchId">The batch's identifier; not null or blank.</param>
    /// <param name="transactions">This customer's transactions in the batch (every one with the grain's customer id).</param>
    /// <returns>True when the batch was applied now; false when it had been applied already.</returns>
    /// <exception cref="ArgumentException"><paramref name="batchId"/> is blank, or a transaction is of another customer.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is null.</exception>
    /// <remarks>When the write to storage fails, the grain reloads its stored state before its next call, so a retry applies the batch.</remarks>
    [Alias("Ingest")]
    Task<bool> IngestAsync(string batchId, IReadOnlyList<Transaction> transactions);

    /// <summary>The customer's transaction and batch counts and its summary at the observation end.</summary>
    /// <returns>The snapshot.</returns>
    /// <remarks>Interleaves with other calls so that aggregation never waits for ingestion; it may see a batch whose write is still under way.</remarks>
    [Alias("GetSnapshot")]
    [AlwaysInterleave]
    Task<CustomerSnapshot> GetSnapshotAsync();

    /// <summary>
    /// The customer's P(alive), expected purchases, expected spend, lifetime value and value decile; null when it has no purchase
    /// by the observation end. Model scores are cached until the next batch changes the history.
    /// </summary>
    /// <returns>The scores, or null.</returns>
    /// <exception cref="InvalidOperationException">The silo has no transaction or spend model configured.</exception>
    [Alias("GetScore")]
    [ReadOnly]
    Task<CustomerValueScore?> GetScoreAsync();
}
