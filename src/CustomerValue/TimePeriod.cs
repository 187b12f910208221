namespace CustomerValue;

/// <summary>
/// A calendar period, used both to aggregate purchases (purchases in the same period merge into one)
/// and as the unit in which recency and customer age are reported.
/// </summary>
/// <remarks>
/// Weeks are ISO weeks (Monday to Sunday). When a length in days is needed, a month is 1/12 and a quarter
/// 1/4 of the mean Gregorian year of 365.2425 days; no "30 days a month" is assumed anywhere.
/// </remarks>
public enum TimePeriod
{
    /// <summary>A calendar day.</summary>
    Day = 0,

    /// <summary>An ISO week, Monday to Sunday (7 days).</summary>
    Week = 1,

    /// <summary>A calendar month (365.2425 / 12 days when a length in days is needed).</summary>
    Month = 2,

    /// <summary>A calendar quarter (365.2425 / 4 days when a length in days is needed).</summary>
    Quarter = 3,

    /// <summary>A calendar year (365.2425 days when a length in days is needed).</summary>
    Year = 4,
}
