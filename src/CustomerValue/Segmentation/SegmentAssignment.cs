namespace CustomerValue.Segmentation;

/// <summary>One customer's segment.</summary>
/// <param name="CustomerId">The customer's identifier.</param>
/// <param name="Segment">The name of the customer's segment.</param>
/// <param name="SegmentIndex">The position of the segment in <see cref="SegmentationResult.Segments"/>.</param>
public readonly record struct SegmentAssignment(string CustomerId, string Segment, int SegmentIndex);
