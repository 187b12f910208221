namespace CustomerValue.Segmentation;

/// <summary>
/// One customer as a segmentation strategy sees it: an identifier and the value that segment tables add up
/// (spend, profit, lifetime value, … — each input type says which).
/// </summary>
public interface ISegmentableCustomer
{
    /// <summary>The customer's identifier; unique within one segmentation.</summary>
    string CustomerId { get; }

    /// <summary>The value this customer contributes to its segment's <see cref="Segment.Value"/>; finite.</summary>
    double Value { get; }
}
