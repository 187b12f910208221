namespace CustomerValue;

/// <summary>Calendar arithmetic for <see cref="TimePeriod"/>: period indices, period starts and lengths.</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class TimePeriodCalendar
{
    /// <summary>Days in the mean Gregorian year.</summary>
    public const double DaysPerYear = 365.2425;

    /// <summary>The length of one <paramref name="period"/> in days (a month is <see cref="DaysPerYear"/> / 12).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not a defined value.</exception>
    public static double LengthInDays(TimePeriod period) => period switch
    {
        TimePeriod.Day => 1.0,
        TimePeriod.Week => 7.0,
        TimePeriod.Month => DaysPerYear / 12.0,
        TimePeriod.Quarter => DaysPerYear / 4.0,
        TimePeriod.Year => DaysPerYear,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown time period."),
    };

    /// <summary>
    /// The index of the period that contains <paramref name="timestamp"/>: consecutive periods have consecutive
    /// indices (days and ISO weeks counted from 0001-01-01, a Monday; months, quarters and years from year 1).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not a defined value.</exception>
    public static long PeriodIndex(DateTime timestamp, TimePeriod period)
    {
        long day = timestamp.Ticks / TimeSpan.TicksPerDay;
        return period switch
        {
            TimePeriod.Day => day,
            TimePeriod.Week => day / 7,
            TimePeriod.Month => ((timestamp.Year - 1) * 12L) + timestamp.Month - 1,
            TimePeriod.Quarter => ((timestamp.Year - 1) * 4L) + ((timestamp.Month - 1) / 3),
            TimePeriod.Year => timestamp.Year - 1,
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown time period."),
        };
    }

    /// <summary>The first day of the period with the given <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not a defined value.</exception>
    public static DateTime PeriodStart(long index, TimePeriod period) => period switch
    {
        TimePeriod.Day => new DateTime(index * TimeSpan.TicksPerDay),
        TimePeriod.Week => new DateTime(index * 7 * TimeSpan.TicksPerDay),
        TimePeriod.Month => new DateTime((int)(index / 12) + 1, (int)(index % 12) + 1, 1),
        TimePeriod.Quarter => new DateTime((int)(index / 4) + 1, ((int)(index % 4) * 3) + 1, 1),
        TimePeriod.Year => new DateTime((int)index + 1, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown time period."),
    };

    /// <summary>
    /// The time from the start of period <paramref name="fromIndex"/> to the start of period <paramref name="toIndex"/>,
    /// expressed in <paramref name="unit"/>. When the unit is the period itself the answer is the number of periods;
    /// otherwise it is the number of days between the period starts divided by <see cref="LengthInDays"/> of the unit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> or <paramref name="unit"/> is not a defined value.</exception>
    public static double Elapsed(long fromIndex, long toIndex, TimePeriod period, TimePeriod unit)
    {
        if (period == unit)
        {
            return toIndex - fromIndex;
        }

        double days = (PeriodStart(toIndex, period) - PeriodStart(fromIndex, period)).Ticks / (double)TimeSpan.TicksPerDay;
        return days / LengthInDays(unit);
    }
}
