namespace CustomerValue;

/// <summary>Turns one customer's <see cref="CustomerHistory"/> into its summary statistics.</summary>
/// <remarks>Pure functions; thread-safe as long as the history is not being modified.</remarks>
public static class CustomerSummarizer
{
    /// <summary>
    /// The customer's summary over everything up to the period that contains <paramref name="end"/>, or null when the
    /// customer has no purchase by then.
    /// </summary>
    /// <param name="history">The customer's history.</param>
    /// <param name="end">The last day of observation (inclusive).</param>
    /// <param name="unit">The unit of recency and T.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static CustomerSummary? Summarize(CustomerHistory history, DateTime end, TimePeriod unit)
    {
        ArgumentNullException.ThrowIfNull(history);
        long endIndex = TimePeriodCalendar.PeriodIndex(end, history.Period);
        List<(long Index, decimal Spend)> occasions = history.PurchaseOccasions(long.MinValue, endIndex);
        if (occasions.Count == 0)
        {
            return null;
        }

        long first = occasions[0].Index;
        int frequency = occasions.Count - 1;
        return new CustomerSummary(
            history.CustomerId,
            frequency,
            TimePeriodCalendar.Elapsed(first, occasions[^1].Index, history.Period, unit),
            TimePeriodCalendar.Elapsed(first, endIndex, history.Period, unit),
            MeanSpend(occasions, skip: 1));
    }

    /// <summary>
    /// The customer's calibration summary (up to <paramref name="calibrationEnd"/>) and holdout behaviour (after it, up to
    /// <paramref name="observationEnd"/>), or null when the customer has no purchase in the calibration period.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="calibrationEnd"/> is not in an earlier period than <paramref name="observationEnd"/>.</exception>
    public static CalibrationHoldoutSummary? Split(CustomerHistory history, DateTime calibrationEnd, DateTime observationEnd, TimePeriod unit)
    {
        ArgumentNullException.ThrowIfNull(history);
        long calibrationIndex = TimePeriodCalendar.PeriodIndex(calibrationEnd, history.Period);
        long endIndex = TimePeriodCalendar.PeriodIndex(observationEnd, history.Period);
        if (calibrationIndex >= endIndex)
        {
            throw new ArgumentException($"The calibration end {calibrationEnd:yyyy-MM-dd} must fall in a {history.Period} before the observation end {observationEnd:yyyy-MM-dd}.", nameof(calibrationEnd));
        }

        CustomerSummary? calibration = Summarize(history, calibrationEnd, unit);
        if (calibration is null)
        {
            return null;
        }

        List<(long Index, decimal Spend)> holdout = history.PurchaseOccasions(calibrationIndex + 1, endIndex);
        return new CalibrationHoldoutSummary(
            calibration.Value,
            holdout.Count,
            MeanSpend(holdout, skip: 0),
            TimePeriodCalendar.Elapsed(calibrationIndex, endIndex, history.Period, unit));
    }

    private static double MeanSpend(List<(long Index, decimal Spend)> occasions, int skip)
    {
        int count = occasions.Count - skip;
        if (count <= 0)
        {
            return 0.0;
        }

        decimal total = 0m;
        for (int i = skip; i < occasions.Count; i++)
        {
            total += occasions[i].Spend;
        }

        return (double)(total / count);
    }
}
