namespace CustomerValue;

/// <summary>
/// The sufficient statistics of one customer's purchase history, as used by the "buy till you die" models:
/// repeat frequency, recency, age and mean repeat spend (Fader, Hardie &amp; Lee 2005).
/// </summary>
/// <remarks>Immutable and thread-safe. Times are in whatever unit the summary was built with (for example weeks).</remarks>
public readonly record struct CustomerSummary
{
    /// <summary>Creates a summary, validating every field.</summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <param name="frequency">Repeat purchase periods (distinct purchase periods minus one); zero or more.</param>
    /// <param name="recency">Customer age at the last purchase; finite, zero or more, at most <paramref name="t"/>.</param>
    /// <param name="t">Customer age at the end of observation; finite, zero or more.</param>
    /// <param name="monetaryValue">Mean spend of the repeat purchase periods (0 when <paramref name="frequency"/> is 0); finite.</param>
    /// <exception cref="ArgumentException">A field is out of range; the message names the customer, the field and the value.</exception>
    public CustomerSummary(string customerId, int frequency, double recency, double t, double monetaryValue = 0.0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        if (frequency < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, $"Customer '{customerId}': frequency must be zero or more, but was {frequency}.");
        }

        if (!double.IsFinite(t) || t < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, $"Customer '{customerId}': T must be finite and zero or more, but was {t}.");
        }

        if (!double.IsFinite(recency) || recency < 0 || recency > t)
        {
            throw new ArgumentOutOfRangeException(nameof(recency), recency, $"Customer '{customerId}': recency must be finite and between 0 and T = {t}, but was {recency}.");
        }

        if (!double.IsFinite(monetaryValue))
        {
            throw new ArgumentOutOfRangeException(nameof(monetaryValue), monetaryValue, $"Customer '{customerId}': monetary value must be finite, but was {monetaryValue}.");
        }

        CustomerId = customerId;
        Frequency = frequency;
        Recency = recency;
        T = t;
        MonetaryValue = monetaryValue;
    }

    /// <summary>The customer's identifier.</summary>
    public string CustomerId { get; }

    /// <summary>Repeat purchase periods: distinct purchase periods minus one (x in the literature).</summary>
    public int Frequency { get; }

    /// <summary>Customer age at the last purchase (t_x in the literature).</summary>
    public double Recency { get; }

    /// <summary>Customer age at the end of observation (T in the literature).</summary>
    public double T { get; }

    /// <summary>Mean spend of the repeat purchase periods; 0 when <see cref="Frequency"/> is 0.</summary>
    public double MonetaryValue { get; }
}
