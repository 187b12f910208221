namespace CustomerValue.Segmentation;

/// <summary>A customer's activity in one time window: purchases made and value spent.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct ActivityWindow
{
    /// <summary>Creates a window.</summary>
    /// <param name="purchases">Purchases (or purchase occasions) in the window; 0 or more.</param>
    /// <param name="value">Value spent in the window; finite (negative when returns exceed purchases).</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public ActivityWindow(int purchases, double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(purchases);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The value of a window must be finite.");
        }

        Purchases = purchases;
        Value = value;
    }

    /// <summary>Purchases in the window.</summary>
    public int Purchases { get; }

    /// <summary>Value spent in the window.</summary>
    public double Value { get; }
}
