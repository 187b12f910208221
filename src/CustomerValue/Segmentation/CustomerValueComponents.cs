namespace CustomerValue.Segmentation;

/// <summary>
/// The three parts of a customer's value (seed 004): historical value (already realised), current value (the future value
/// if its behaviour does not change, for example a lifetime value from a fitted model) and potential value (the extra value
/// cross- and up-selling could add). The customer's value is their sum.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct CustomerValueComponents : ISegmentableCustomer
{
    /// <summary>Creates the components.</summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <param name="historical">Value realised so far; finite (negative when returns exceed purchases).</param>
    /// <param name="current">Expected future value with unchanged behaviour; finite and 0 or more.</param>
    /// <param name="potential">Extra value from cross- and up-selling; finite and 0 or more.</param>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names the customer, the field and the value.</exception>
    public CustomerValueComponents(string customerId, double historical, double current, double potential)
    {
        CustomerId = SegmentationCheck.Id(customerId, nameof(customerId));
        Historical = SegmentationCheck.Finite(historical, customerId, nameof(historical));
        Current = SegmentationCheck.NonNegative(current, customerId, nameof(current));
        Potential = SegmentationCheck.NonNegative(potential, customerId, nameof(potential));
        Value = SegmentationCheck.Finite(historical + current + potential, customerId, "total value");
    }

    /// <inheritdoc />
    public string CustomerId { get; }

    /// <summary>Value realised so far.</summary>
    public double Historical { get; }

    /// <summary>Expected future value if behaviour does not change.</summary>
    public double Current { get; }

    /// <summary>Extra value from cross- and up-selling.</summary>
    public double Potential { get; }

    /// <summary>The total: <see cref="Historical"/> + <see cref="Current"/> + <see cref="Potential"/>.</summary>
    public double Value { get; }
}
