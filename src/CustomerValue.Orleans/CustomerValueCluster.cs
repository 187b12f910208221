using System.Globalization;
using Orleans;

namespace CustomerValue.Orleans;

/// <summary>
/// The entry point of a client (or of code inside a silo) to the customer-value grains: ingests transaction batches by fanning
/// them out to the customer grains, reads customers' summaries and scores, and runs the cluster-wide aggregations.
/// </summary>
/// <remarks>
/// <para>
/// Ingestion is idempotent per batch id: each customer grain records the ids it has applied and skips a batch it has seen.
/// When <see cref="IngestAsync"/> fails part-way (a silo stopped, a storage write failed), call it again with the same id and the
/// same transactions: customers that applied the batch skip it, the others apply it, and nothing is lost or counted twice.
/// </para>
/// <para>Thread-safe; holds no state beyond the grain factory.</para>
/// </remarks>
public sealed class CustomerValueCluster
{
    /// <summary>The key of the single <see cref="IClusterAggregateGrain"/>.</summary>
    internal const long AggregateKey = 0;

    private readonly IGrainFactory _grains;

    /// <summary>Creates the entry point over a grain factory (an <c>IClusterClient</c>, or a grain's own factory).</summary>
    /// <param name="grains">The grain factory.</param>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is null.</exception>
    public CustomerValueCluster(IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        _grains = grains;
    }

    /// <summary>
    /// Ingests one batch: splits it by customer and sends each customer's transactions, with the batch id, to its grain, all at
    /// once. Safe to repeat with the same id and transactions (see the remarks on the class).
    /// </summary>
    /// <param name="batchId">The batch's identifier, unique per batch and stable across retries (for example the source file and offset); not null or blank.</param>
    /// <param name="transactions">The batch's transactions, of any customers, in any order.</param>
    /// <returns>How many customers applied the batch now and how many had applied it already.</returns>
    /// <exception cref="ArgumentException"><paramref name="batchId"/> is blank, or a transaction has no customer id (a default value).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is null.</exception>
    /// <remarks>Any exception from a grain propagates once every customer call has finished; some customers may have applied the batch, so retry it.</remarks>
    public async Task<IngestionResult> IngestAsync(string batchId, IEnumerable<Transaction> transactions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        ArgumentNullException.ThrowIfNull(transactions);
        var byCustomer = new Dictionary<string, List<Transaction>>(StringComparer.Ordinal);
        int count = 0;
        foreach (Transaction transaction in transactions)
        {
            if (transaction.CustomerId is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Transaction {count} of batch '{batchId}' has no customer id (a default Transaction)."), nameof(transactions));
            }

            if (!byCustomer.TryGetValue(transaction.CustomerId, out List<Transaction>? own))
            {
                own = [];
                byCustomer.Add(transaction.CustomerId, own);
            }

            own.Add(transaction);
            count++;
        }

        bool[] applied = await Task.WhenAll(byCustomer.Select(c => _grains.GetGrain<ICustomerGrain>(c.Key).IngestAsync(batchId, c.Value)));
        int now = applied.Count(static a => a);
        return new IngestionResult(byCustomer.Count, now, byCustomer.Count - now, count);
    }

    /// <summary>A customer's transaction and batch counts and its summary (<see cref="ICustomerGrain.GetSnapshotAsync"/>).</summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <returns>The snapshot; a customer never ingested has zero counts and no summary.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is null or blank.</exception>
    public Task<CustomerSnapshot> GetSnapshotAsync(string customerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        return _grains.GetGrain<ICustomerGrain>(customerId).GetSnapshotAsync();
    }

    /// <summary>A customer's scores (<see cref="ICustomerGrain.GetScoreAsync"/>); null when it has no purchase by the observation end.</summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <returns>The scores, or null.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is null or blank.</exception>
    public Task<CustomerValueScore?> GetScoreAsync(string customerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        return _grains.GetGrain<ICustomerGrain>(customerId).GetScoreAsync();
    }

    /// <summary>The cluster-wide compressed summary for re-fitting (<see cref="IClusterAggregateGrain.SummarizeAsync"/>).</summary>
    /// <returns>The summary.</returns>
    public Task<ClusterSummary> SummarizeAsync() => Aggregate.SummarizeAsync();

    /// <summary>Computes and publishes the value distribution (<see cref="IClusterAggregateGrain.ComputeValueDistributionAsync"/>).</summary>
    /// <returns>The distribution.</returns>
    public Task<ValueDistribution> ComputeValueDistributionAsync() => Aggregate.ComputeValueDistributionAsync();

    /// <summary>The last published value distribution, or null before the first.</summary>
    /// <returns>The distribution, or null.</returns>
    public Task<ValueDistribution?> GetValueDistributionAsync() => Aggregate.GetValueDistributionAsync();

    private IClusterAggregateGrain Aggregate => _grains.GetGrain<IClusterAggregateGrain>(AggregateKey);
}
