namespace CustomerValue.Segmentation;

/// <summary>
/// The outcome of a segmentation: the segment table (name, size, value, value share) and every customer's segment.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Segments appear in the order the strategy defines (for example best tier first), including
/// defined segments nobody falls into; <see cref="Assignments"/> lists every customer once, in natural id order.
/// </remarks>
public sealed class SegmentationResult
{
    private readonly SegmentAssignment[] _assignments;

    internal SegmentationResult(string strategy, IReadOnlyList<Segment> segments, SegmentAssignment[] assignments, double totalValue)
    {
        Strategy = strategy;
        Segments = segments;
        _assignments = assignments;
        TotalValue = totalValue;
    }

    /// <summary>The name of the strategy that produced the result.</summary>
    public string Strategy { get; }

    /// <summary>Number of customers segmented.</summary>
    public int CustomerCount => _assignments.Length;

    /// <summary>The sum of all customers' values.</summary>
    public double TotalValue { get; }

    /// <summary>The segment table, in the strategy's order.</summary>
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>Every customer's segment, in natural customer-id order (see <see cref="CustomerIdComparer"/>).</summary>
    public IReadOnlyList<SegmentAssignment> Assignments => _assignments;

    /// <summary>The segment named <paramref name="name"/>.</summary>
    /// <param name="name">A segment name.</param>
    /// <returns>The segment's row.</returns>
    /// <exception cref="KeyNotFoundException">The strategy defines no segment of that name.</exception>
    public Segment this[string name] =>
        Segments.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The {Strategy} segmentation has no segment named '{name}'.");

    /// <summary>The segment of the customer <paramref name="customerId"/>, found by binary search.</summary>
    /// <param name="customerId">The customer's identifier.</param>
    /// <returns>The customer's assignment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The customer was not segmented.</exception>
    public SegmentAssignment SegmentOf(string customerId)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        int low = 0;
        int high = _assignments.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int order = CustomerOrder.Compare(_assignments[middle].CustomerId, customerId);
            if (order == 0)
            {
                return _assignments[middle];
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        throw new KeyNotFoundException($"Customer '{customerId}' is not in the {Strategy} segmentation.");
    }
}
