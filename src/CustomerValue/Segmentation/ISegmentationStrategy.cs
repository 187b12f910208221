namespace CustomerValue.Segmentation;

/// <summary>
/// A way of sorting customers into named groups: a set of customers in, a labelled partition out. Every customer lands
/// in exactly one segment, and each segment reports its size, value and value share.
/// </summary>
/// <typeparam name="TCustomer">What the strategy needs to know about each customer.</typeparam>
/// <remarks>
/// Implementations are immutable and thread-safe, and deterministic: the result does not depend on the order of the
/// input (ties are broken by a rule each strategy documents, ending with the natural customer-id order of
/// <see cref="CustomerIdComparer"/>).
/// </remarks>
public interface ISegmentationStrategy<in TCustomer>
    where TCustomer : ISegmentableCustomer
{
    /// <summary>A short name for the strategy, for example <c>pareto</c> or <c>rfm</c>.</summary>
    string Name { get; }

    /// <summary>Partitions <paramref name="customers"/> into the strategy's segments.</summary>
    /// <param name="customers">The customers; at least one, each id once.</param>
    /// <returns>The segment table and every customer's segment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// There are no customers, an id is missing or repeated, or a value is out of range; the message names the customer,
    /// the field and the value.
    /// </exception>
    SegmentationResult Segment(IEnumerable<TCustomer> customers);
}
