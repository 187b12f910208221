namespace CustomerValue;

/// <summary>
/// One row of the compressed form of a set of summaries: a distinct (frequency, recency, T) triple and how many
/// customers share it. Models fit on these rows in time proportional to distinct rows, not customers.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Frequency">Repeat purchase periods.</param>
/// <param name="Recency">Age at the last purchase.</param>
/// <param name="T">Age at the end of observation.</param>
/// <param name="Count">Customers with exactly this pattern; at least 1.</param>
public readonly record struct SummaryPattern(int Frequency, double Recency, double T, int Count);
