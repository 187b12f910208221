namespace CustomerValue.Segmentation;

/// <summary>
/// A customer's activity over consecutive, equally long time windows, from the window of its first purchase to the latest
/// window: the input of the life-cycle strategy. Its value is the total over the windows.
/// </summary>
/// <remarks>Immutable and thread-safe (the windows are copied).</remarks>
public sealed class CustomerTrajectory : ISegmentableCustomer
{
    private readonly ActivityWindow[] _windows;

    /// <summary>Creates a trajectory.</summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <param name="windows">The windows, oldest first; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is null or blank, or there are no windows.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The total value is not finite.</exception>
    public CustomerTrajectory(string customerId, IEnumerable<ActivityWindow> windows)
    {
        CustomerId = SegmentationCheck.Id(customerId, nameof(customerId));
        ArgumentNullException.ThrowIfNull(windows);
        _windows = [.. windows];
        if (_windows.Length == 0)
        {
            throw new ArgumentException($"Customer '{customerId}': a trajectory needs at least one window.", nameof(windows));
        }

        double total = 0;
        foreach (ActivityWindow window in _windows)
        {
            total += window.Value;
        }

        Value = SegmentationCheck.Finite(total, customerId, "total value");
    }

    /// <inheritdoc />
    public string CustomerId { get; }

    /// <summary>The windows, oldest first.</summary>
    public IReadOnlyList<ActivityWindow> Windows => _windows;

    /// <summary>The total value over the windows.</summary>
    public double Value { get; }
}
