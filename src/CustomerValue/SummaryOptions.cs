namespace CustomerValue;

/// <summary>How transactions are turned into customer summaries.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SummaryOptions
{
    /// <summary>Creates options with the observation end; the other settings keep their defaults unless set.</summary>
    /// <param name="observationEnd">The last day of observation (inclusive).</param>
    public SummaryOptions(DateTime observationEnd)
    {
        ObservationEnd = observationEnd;
    }

    /// <summary>Purchases within one period of this length merge into one purchase occasion.</summary>
    /// <value>Defaults to <see cref="TimePeriod.Day"/>.</value>
    public TimePeriod Period { get; init; } = TimePeriod.Day;

    /// <summary>The unit in which recency, T and holdout duration are reported.</summary>
    /// <value>Defaults to <see cref="TimePeriod.Day"/>; use <see cref="TimePeriod.Week"/> with a daily period to get days / 7, as the CDNOW data sets do.</value>
    public TimePeriod Unit { get; init; } = TimePeriod.Day;

    /// <summary>The last day of observation (inclusive); transactions after the period containing it are not summarised.</summary>
    public DateTime ObservationEnd { get; init; }

    /// <summary>
    /// The last day of the calibration period (inclusive) for a calibration/holdout split; it must come before
    /// <see cref="ObservationEnd"/>. Null for no split.
    /// </summary>
    public DateTime? CalibrationEnd { get; init; }
}
