namespace CustomerValue.Segmentation;

/// <summary>A customer and one value (spend, profit, lifetime value, …): the input of the tier, decile and concentration strategies.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct CustomerValueInput : ISegmentableCustomer
{
    /// <summary>Creates the input.</summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <param name="value">The customer's value; finite (strategies that need it 0 or more say so).</param>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public CustomerValueInput(string customerId, double value)
    {
        CustomerId = SegmentationCheck.Id(customerId, nameof(customerId));
        Value = SegmentationCheck.Finite(value, customerId, nameof(value));
    }

    /// <inheritdoc />
    public string CustomerId { get; }

    /// <inheritdoc />
    public double Value { get; }
}
