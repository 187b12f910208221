using CustomerValue.Economics;

namespace CustomerValue.Switching;

/// <summary>
/// How <see cref="SwitchingWhatIf"/> turns a churn probability into customer value: the margin per period, the discount rate,
/// when the first margin arrives, an optional horizon, and the concentration κ of the contractual (sBG) valuation.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; every property is validated when set. Margin, churn and discount rate refer to the same period
/// (the period of the churn model: a month, a year, …). With the defaults (margin 1) values are in margins per period.
/// </remarks>
public sealed record CustomerValuationOptions
{
    private readonly double _margin = 1.0;
    private readonly double _discountRate = 0.1;
    private readonly int? _horizon;
    private readonly double _concentration = 10.0;

    /// <summary>The default options.</summary>
    public static CustomerValuationOptions Default { get; } = new();

    /// <summary>m: the margin a retained customer yields per period (currency units); finite.</summary>
    /// <value>Defaults to 1.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public double Margin { get => _margin; init => _margin = SwitchingChecks.Finite(value, nameof(value), nameof(Margin)); }

    /// <summary>d: the discount rate per period; finite and positive (0 is allowed with a <see cref="HorizonPeriods"/>).</summary>
    /// <value>Defaults to 0.1.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, NaN or infinite.</exception>
    public double DiscountRate { get => _discountRate; init => _discountRate = SwitchingChecks.NonNegative(value, nameof(value), nameof(DiscountRate)); }

    /// <summary>When the first margin arrives: now (m(1 + d)/(1 + d − r)) or one period from now (m·r/(1 + d − r)).</summary>
    /// <value>Defaults to <see cref="PaymentTiming.FirstPaymentNow"/>.</value>
    public PaymentTiming Timing { get; init; } = PaymentTiming.FirstPaymentNow;

    /// <summary>N: the number of margins counted; null for an unbounded relationship.</summary>
    /// <value>Defaults to null.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? HorizonPeriods
    {
        get => _horizon;
        init
        {
            if (value is { } v)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(v, nameof(value));
            }

            _horizon = value;
        }
    }

    /// <summary>
    /// κ of the contractual valuation: the customer's own per-period churn θ is uncertain around the predicted p, θ ~
    /// Beta(κp, κ(1 − p)); the sBG model of Fader &amp; Hardie (2007) then gives its discounted expected lifetime. Large κ means
    /// little uncertainty (κ → ∞ gives the relationship value); finite and positive.
    /// </summary>
    /// <value>Defaults to 10.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite and positive.</exception>
    public double Concentration { get => _concentration; init => _concentration = SwitchingChecks.Positive(value, nameof(value), nameof(Concentration)); }
}
