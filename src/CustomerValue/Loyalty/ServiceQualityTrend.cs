namespace CustomerValue.Loyalty;

/// <summary>The service quality index day by day, with its mean and linear trend.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Points">One point per day, in date order.</param>
/// <param name="Mean">The mean daily index.</param>
/// <param name="SlopePerDay">
/// The least-squares slope of the index against the calendar date, in index points per day (negative: quality improving);
/// null with fewer than two days.
/// </param>
public sealed record ServiceQualityTrend(IReadOnlyList<ServiceQualityPoint> Points, double Mean, double? SlopePerDay);
