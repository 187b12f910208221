namespace CustomerValue.Loyalty;

/// <summary>One day's service-error counts, one per error type of a <see cref="ServiceQualityIndex"/>, in its order.</summary>
/// <remarks>Immutable and thread-safe (do not mutate the list after creating the day).</remarks>
/// <param name="Date">The day.</param>
/// <param name="Counts">Errors of each type that day (or minutes, for a delay type), finite and ≥ 0.</param>
public sealed record ServiceErrorDay(DateOnly Date, IReadOnlyList<double> Counts);
