namespace CustomerValue.Tests.Summaries;

public sealed class TimePeriodCalendarTests
{
    [Theory]
    [InlineData(TimePeriod.Day, 1.0)]
    [InlineData(TimePeriod.Week, 7.0)]
    [InlineData(TimePeriod.Month, 30.436875)]
    [InlineData(TimePeriod.Quarter, 91.310625)]
    [InlineData(TimePeriod.Year, 365.2425)]
    public void Lengths_in_days_use_the_mean_gregorian_year(TimePeriod period, double days)
    {
        Assert.Equal(days, TimePeriodCalendar.LengthInDays(period), 12);
    }

    [Theory]
    [InlineData(TimePeriod.Day)]
    [InlineData(TimePeriod.Week)]
    [InlineData(TimePeriod.Month)]
    [InlineData(TimePeriod.Quarter)]
    [InlineData(TimePeriod.Year)]
    public void A_period_starts_on_or_before_every_day_it_contains_and_the_next_starts_after(TimePeriod period)
    {
        for (DateTime day = new(2023, 12, 1); day < new DateTime(2025, 2, 1); day = day.AddDays(1))
        {
            long index = TimePeriodCalendar.PeriodIndex(day.AddHours(13), period);
            Assert.True(TimePeriodCalendar.PeriodStart(index, period) <= day);
            Assert.True(TimePeriodCalendar.PeriodStart(index + 1, period) > day);
        }
    }

    [Fact]
    public void Iso_weeks_start_on_monday()
    {
        long index = TimePeriodCalendar.PeriodIndex(new DateTime(2024, 6, 13), TimePeriod.Week);
        Assert.Equal(DayOfWeek.Monday, TimePeriodCalendar.PeriodStart(index, TimePeriod.Week).DayOfWeek);
        Assert.Equal(new DateTime(2024, 6, 10), TimePeriodCalendar.PeriodStart(index, TimePeriod.Week));
    }

    [Fact]
    public void Undefined_periods_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimePeriodCalendar.LengthInDays((TimePeriod)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummaryBuilder((TimePeriod)42));
    }
}
