namespace CustomerValue.Segmentation;

/// <summary>
/// A customer's numeric attributes (income, age, purchase habits, log-RFM features, …) for clustering, and the value
/// that segment tables add up.
/// </summary>
/// <remarks>Immutable and thread-safe (the attributes are copied).</remarks>
public sealed class CustomerAttributes : ISegmentableCustomer
{
    private readonly double[] _attributes;

    /// <summary>Creates the input.</summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <param name="attributes">The attributes; at least one, each finite.</param>
    /// <param name="value">The customer's value for the segment table (for example total spend); finite, 0 by default.</param>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is null or blank, or there are no attributes.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An attribute or the value is NaN or infinite; the message names the customer and the attribute.</exception>
    public CustomerAttributes(string customerId, IEnumerable<double> attributes, double value = 0)
    {
        CustomerId = SegmentationCheck.Id(customerId, nameof(customerId));
        ArgumentNullException.ThrowIfNull(attributes);
        _attributes = [.. attributes];
        if (_attributes.Length == 0)
        {
            throw new ArgumentException($"Customer '{customerId}': at least one attribute is needed.", nameof(attributes));
        }

        for (int j = 0; j < _attributes.Length; j++)
        {
            SegmentationCheck.Finite(_attributes[j], customerId, $"attribute {j}");
        }

        Value = SegmentationCheck.Finite(value, customerId, nameof(value));
    }

    /// <inheritdoc />
    public string CustomerId { get; }

    /// <summary>The attributes.</summary>
    public IReadOnlyList<double> Attributes => _attributes;

    /// <inheritdoc />
    public double Value { get; }

    internal double[] AttributeArray => _attributes;
}
