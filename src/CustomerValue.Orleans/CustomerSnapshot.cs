using Orleans;

namespace CustomerValue.Orleans;

/// <summary>What a customer grain holds: how much it has ingested and the customer's summary at the configured observation end.</summary>
/// <param name="CustomerId">The customer's identifier (the grain's key).</param>
/// <param name="TransactionCount">Transactions ingested (purchases and returns), each batch counted once however often it was delivered.</param>
/// <param name="BatchCount">Distinct batches applied to this customer.</param>
/// <param name="Summary">
/// Frequency, recency, T and monetary value at <see cref="CustomerValueGrainOptions.ObservationEnd"/>, exactly as
/// <see cref="CustomerSummarizer.Summarize"/> gives them; null when the customer has no purchase by then.
/// </param>
/// <remarks>Immutable.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("CustomerValue.Orleans.CustomerSnapshot")]
public sealed record CustomerSnapshot(string CustomerId, long TransactionCount, int BatchCount, CustomerSummary? Summary);
