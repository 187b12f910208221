namespace CustomerValue;

/// <summary>The summaries built from a log, with an account of the customers that have none.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Customers">One summary per customer whose first purchase is on or before the observation end, ordered by <see cref="CustomerIdComparer"/>.</param>
/// <param name="Options">The options the summaries were built with.</param>
/// <param name="CustomersStartingAfterEnd">Customers whose first purchase comes after the observation end (calibration end for a split): they have no summary yet.</param>
/// <param name="CustomersWithoutPurchases">Customers with returns only: they have no summary.</param>
public sealed record CustomerSummarySet(
    IReadOnlyList<CustomerSummary> Customers,
    SummaryOptions Options,
    int CustomersStartingAfterEnd,
    int CustomersWithoutPurchases);
