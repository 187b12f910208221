namespace CustomerValue.Analysis;

/// <summary>Settings of <see cref="CustomerAnalysis"/>; every default is documented and can be changed with <c>with</c>.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Validate"/> (called by the analysis) checks every field.</remarks>
public sealed record AnalysisOptions
{
    /// <summary>Purchases within one period merge into one purchase occasion.</summary>
    /// <value>Defaults to <see cref="TimePeriod.Day"/>.</value>
    public TimePeriod Period { get; init; } = TimePeriod.Day;

    /// <summary>The time unit of the models (recency, T, horizons).</summary>
    /// <value>Defaults to <see cref="TimePeriod.Week"/>.</value>
    public TimePeriod Unit { get; init; } = TimePeriod.Week;

    /// <summary>The last day of observation (inclusive).</summary>
    /// <value>Defaults to null: the day of the latest transaction.</value>
    public DateTime? ObservationEnd { get; init; }

    /// <summary>The last day of the calibration period, for choosing a model on the holdout period after it.</summary>
    /// <value>Defaults to null: halfway between the first transaction and the observation end.</value>
    public DateTime? CalibrationEnd { get; init; }

    /// <summary>The prediction horizon for expected purchases and P(alive), in <see cref="Unit"/>s.</summary>
    /// <value>Defaults to 52 (a year of weeks).</value>
    public double Horizon { get; init; } = 52;

    /// <summary>CLV: the number of discounting steps.</summary>
    /// <value>Defaults to 12.</value>
    public int ClvSteps { get; init; } = 12;

    /// <summary>CLV: the length of one discounting step.</summary>
    /// <value>Defaults to <see cref="TimePeriod.Month"/> (365.2425 / 12 days).</value>
    public TimePeriod ClvStep { get; init; } = TimePeriod.Month;

    /// <summary>CLV: the profit margin, the share of spend that is profit, 0 to 1.</summary>
    /// <value>Defaults to 1: CLV in revenue terms.</value>
    public double Margin { get; init; } = 1.0;

    /// <summary>CLV: the discount rate per step.</summary>
    /// <value>Defaults to 0.01 (per month).</value>
    public double DiscountRate { get; init; } = 0.01;

    /// <summary>
    /// These options with the dates a log determines filled in: the observation end defaults to the day of the last
    /// transaction, the calibration end to halfway between the first transaction and the observation end (at least one
    /// day after the first); both are whole days.
    /// </summary>
    /// <param name="first">The first transaction's time stamp.</param>
    /// <param name="last">The last transaction's time stamp.</param>
    /// <returns>Validated options with <see cref="ObservationEnd"/> and <see cref="CalibrationEnd"/> set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range, or the calibration end is not before the observation end.</exception>
    public AnalysisOptions Resolve(DateTime first, DateTime last)
    {
        DateTime end = (ObservationEnd ?? last).Date;
        DateTime calibrationEnd = (CalibrationEnd ?? first.Date.AddDays(Math.Max(1, (end - first.Date).Days / 2))).Date;
        AnalysisOptions resolved = this with { ObservationEnd = end, CalibrationEnd = calibrationEnd };
        resolved.Validate();
        return resolved;
    }

    /// <summary>The summary options of resolved options (<see cref="Resolve"/>): period, unit, observation and calibration end.</summary>
    /// <returns>The summary options.</returns>
    /// <exception cref="InvalidOperationException">The observation or calibration end is not set.</exception>
    public SummaryOptions SummaryOptions() =>
        ObservationEnd is { } end && CalibrationEnd is { } calibrationEnd
            ? new SummaryOptions(end) { Period = Period, Unit = Unit, CalibrationEnd = calibrationEnd }
            : throw new InvalidOperationException("Resolve the options first: the observation end and calibration end must be set.");

    /// <summary>Checks every field; throws naming the first that is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Period))
        {
            throw new ArgumentOutOfRangeException(nameof(Period), Period, "Unknown time period.");
        }

        if (!Enum.IsDefined(Unit) || !Enum.IsDefined(ClvStep))
        {
            throw new ArgumentOutOfRangeException(nameof(Unit), Unit, "Unknown time period.");
        }

        if (!(double.IsFinite(Horizon) && Horizon > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(Horizon), Horizon, "The horizon must be finite and greater than 0.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(ClvSteps, 1, nameof(ClvSteps));
        if (!(Margin >= 0 && Margin <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Margin), Margin, "The margin must be between 0 and 1.");
        }

        if (!(double.IsFinite(DiscountRate) && DiscountRate >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(DiscountRate), DiscountRate, "The discount rate must be finite and 0 or more.");
        }

        if (CalibrationEnd is { } calibration && ObservationEnd is { } end && calibration >= end)
        {
            throw new ArgumentOutOfRangeException(nameof(CalibrationEnd), calibration, $"The calibration end must come before the observation end {end:yyyy-MM-dd}.");
        }
    }
}
