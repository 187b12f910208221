namespace CustomerValue.Loyalty;

/// <summary>The service quality index of one day.</summary>
/// <param name="Date">The day.</param>
/// <param name="Index">Σ weight × count over the error types that day (lower is better).</param>
public readonly record struct ServiceQualityPoint(DateOnly Date, double Index);
