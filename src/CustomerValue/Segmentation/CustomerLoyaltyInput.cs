namespace CustomerValue.Segmentation;

/// <summary>A customer's value and loyalty score: the input of the best × loyal matrix.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct CustomerLoyaltyInput : ISegmentableCustomer
{
    /// <summary>Creates the input.</summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <param name="value">The customer's value (for example annual spend); finite.</param>
    /// <param name="loyalty">The loyalty score F, from 0 to 1 (seed 000 篇5: F = G(a, b, c, d)).</param>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range; the message names the customer, the field and the value.</exception>
    public CustomerLoyaltyInput(string customerId, double value, double loyalty)
    {
        CustomerId = SegmentationCheck.Id(customerId, nameof(customerId));
        Value = SegmentationCheck.Finite(value, customerId, nameof(value));
        Loyalty = SegmentationCheck.Unit(loyalty, customerId, nameof(loyalty));
    }

    /// <inheritdoc />
    public string CustomerId { get; }

    /// <inheritdoc />
    public double Value { get; }

    /// <summary>The loyalty score, 0 to 1.</summary>
    public double Loyalty { get; }
}
