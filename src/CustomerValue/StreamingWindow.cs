namespace CustomerValue;

/// <summary>
/// The periods a <see cref="StreamingSummaryBuilder"/> summarises, fixed by its <see cref="SummaryOptions"/>: the
/// observation end's and the calibration end's period indices (the calibration index is the end's when there is no split).
/// </summary>
internal readonly struct StreamingWindow
{
    /// <summary>Validates <paramref name="options"/> and computes the period indices.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The options name an unknown period or unit, or a calibration end not in an earlier period than the observation end.
    /// </exception>
    public StreamingWindow(SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Period))
        {
            throw new ArgumentException($"SummaryOptions.Period is {options.Period}, which is not a time period.", nameof(options));
        }

        if (!Enum.IsDefined(options.Unit))
        {
            throw new ArgumentException($"SummaryOptions.Unit is {options.Unit}, which is not a time period.", nameof(options));
        }

        Period = options.Period;
        Unit = options.Unit;
        EndIndex = (int)TimePeriodCalendar.PeriodIndex(options.ObservationEnd, Period);
        CalibrationIndex = EndIndex;
        if (options.CalibrationEnd is { } calibrationEnd)
        {
            CalibrationIndex = (int)TimePeriodCalendar.PeriodIndex(calibrationEnd, Period);
            if (CalibrationIndex >= EndIndex)
            {
                throw new ArgumentException(
                    $"SummaryOptions.CalibrationEnd {calibrationEnd:yyyy-MM-dd} must fall in a {Period} before the observation end {options.ObservationEnd:yyyy-MM-dd}.",
                    nameof(options));
            }
        }
    }

    /// <summary>The aggregation period.</summary>
    public TimePeriod Period { get; }

    /// <summary>The unit of recency, T and holdout duration.</summary>
    public TimePeriod Unit { get; }

    /// <summary>The index of the period that contains the observation end.</summary>
    public int EndIndex { get; }

    /// <summary>The index of the period that contains the calibration end; <see cref="EndIndex"/> without a split.</summary>
    public int CalibrationIndex { get; }

    /// <summary>The time from period <paramref name="fromIndex"/> to period <paramref name="toIndex"/> in <see cref="Unit"/>.</summary>
    public double Elapsed(int fromIndex, int toIndex) => TimePeriodCalendar.Elapsed(fromIndex, toIndex, Period, Unit);
}
