namespace CustomerValue.Segmentation;

/// <summary>A customer's recency, frequency and monetary value: the input of RFM scoring. Its value is the monetary value.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct RfmFeatures : ISegmentableCustomer
{
    /// <summary>Creates the input.</summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <param name="recency">Time since the customer's last purchase, in any unit; finite and 0 or more (smaller is better).</param>
    /// <param name="frequency">Number of purchases (or purchase occasions); 0 or more.</param>
    /// <param name="monetary">Money spent (for example total net spend); finite, negative when returns exceed purchases.</param>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range; the message names the customer, the field and the value.</exception>
    public RfmFeatures(string customerId, double recency, int frequency, double monetary)
    {
        CustomerId = SegmentationCheck.Id(customerId, nameof(customerId));
        Recency = SegmentationCheck.NonNegative(recency, customerId, nameof(recency));
        Frequency = SegmentationCheck.NonNegative(frequency, customerId, nameof(frequency));
        Value = SegmentationCheck.Finite(monetary, customerId, nameof(monetary));
    }

    /// <inheritdoc />
    public string CustomerId { get; }

    /// <summary>Time since the last purchase.</summary>
    public double Recency { get; }

    /// <summary>Number of purchases.</summary>
    public int Frequency { get; }

    /// <summary>The monetary value.</summary>
    public double Value { get; }
}
