using System.Globalization;

namespace CustomerValue.Lifetime;

/// <summary>
/// The horizon, step, margin and discount rate of a customer-lifetime-value calculation
/// (<see cref="CustomerLifetimeValue"/>), each in an explicit unit.
/// </summary>
/// <remarks>
/// <para>
/// The horizon is <see cref="HorizonSteps"/> steps of <see cref="StepLength"/> time units each, where the time unit
/// is the one the transaction model was fitted in (for example weeks for the CDNOW data). Nothing is assumed about
/// calendars: to discount monthly with a model fitted in weeks, say so with a step of 365.2425 / 12 / 7 ≈ 4.348 weeks,
/// or use <see cref="FromCalendar"/>, which takes the lengths from <see cref="TimePeriodCalendar.LengthInDays"/>
/// (no "30 days per month").
/// </para>
/// <para>Immutable and thread-safe; every value is validated on creation and on <c>with</c>.</para>
/// </remarks>
public sealed record ClvOptions
{
    /// <summary>Creates options with the horizon and step; margin 1 and discount rate 0 unless set.</summary>
    /// <param name="horizonSteps">H: number of steps in the horizon; 1 or more.</param>
    /// <param name="stepLength">Length of one step in the transaction model's time unit; finite and greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public ClvOptions(int horizonSteps, double stepLength)
    {
        HorizonSteps = horizonSteps;
        StepLength = stepLength;
    }

    /// <summary>H: the number of steps in the horizon; 1 or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int HorizonSteps
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    }

    /// <summary>The length of one step, in the time unit of the transaction model (weeks for a model fitted on weeks).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not finite or not greater than 0.</exception>
    public double StepLength
    {
        get;
        init
        {
            if (!(double.IsFinite(value) && value > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(StepLength), value, string.Create(CultureInfo.InvariantCulture, $"The step length must be finite and greater than 0 model time units, but was {value}."));
            }

            field = value;
        }
    }

    /// <summary>The share of spend that is profit, between 0 and 1; use 1 for revenue rather than profit.</summary>
    /// <value>Defaults to 1.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value outside [0, 1].</exception>
    public double Margin
    {
        get;
        init
        {
            if (!(value >= 0.0 && value <= 1.0))
            {
                throw new ArgumentOutOfRangeException(nameof(Margin), value, string.Create(CultureInfo.InvariantCulture, $"The margin is the share of spend that is profit and must be between 0 and 1, but was {value}."));
            }

            field = value;
        }
    } = 1.0;

    /// <summary>d: the discount rate per step (not per year unless a step is a year); finite and 0 or more. Cash of step k is divided by (1 + d)^k.</summary>
    /// <value>Defaults to 0 (no discounting).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is negative or not finite.</exception>
    public double DiscountRate
    {
        get;
        init
        {
            if (!(double.IsFinite(value) && value >= 0.0))
            {
                throw new ArgumentOutOfRangeException(nameof(DiscountRate), value, string.Create(CultureInfo.InvariantCulture, $"The discount rate per step must be finite and 0 or more, but was {value}."));
            }

            field = value;
        }
    }

    /// <summary>The whole horizon in model time units: <see cref="HorizonSteps"/> × <see cref="StepLength"/>.</summary>
    public double HorizonLength => HorizonSteps * StepLength;

    /// <summary>
    /// Options whose step is one calendar <paramref name="step"/> (for example a month) for a transaction model
    /// fitted in <paramref name="modelUnit"/> (for example weeks): the step length is the ratio of their lengths in days
    /// (a month is 365.2425 / 12 days, a week 7 days).
    /// </summary>
    /// <param name="horizonSteps">H: number of steps in the horizon; 1 or more.</param>
    /// <param name="step">The calendar period of one step, in which <see cref="DiscountRate"/> is stated.</param>
    /// <param name="modelUnit">The time unit of the transaction model's summaries.</param>
    /// <returns>Options with margin 1 and discount rate 0; set them with <c>with</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizonSteps"/> is less than 1, or a period is not a defined value.</exception>
    public static ClvOptions FromCalendar(int horizonSteps, TimePeriod step, TimePeriod modelUnit) =>
        new(horizonSteps, TimePeriodCalendar.LengthInDays(step) / TimePeriodCalendar.LengthInDays(modelUnit));
}
