namespace CustomerValue.Segmentation;

/// <summary>A customer's revenue and cost to serve: the input of the whale curve. Its value is the profit, revenue − cost.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct CustomerProfitInput : ISegmentableCustomer
{
    /// <summary>Creates the input.</summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <param name="revenue">Revenue (or gross margin) from the customer; finite, negative when returns exceed purchases.</param>
    /// <param name="costToServe">What serving the customer cost; finite and 0 or more.</param>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN or infinite, or the cost is negative.</exception>
    public CustomerProfitInput(string customerId, double revenue, double costToServe)
    {
        CustomerId = SegmentationCheck.Id(customerId, nameof(customerId));
        Revenue = SegmentationCheck.Finite(revenue, customerId, nameof(revenue));
        CostToServe = SegmentationCheck.NonNegative(costToServe, customerId, nameof(costToServe));
        Value = SegmentationCheck.Finite(revenue - costToServe, customerId, "profit");
    }

    /// <inheritdoc />
    public string CustomerId { get; }

    /// <summary>Revenue from the customer.</summary>
    public double Revenue { get; }

    /// <summary>Cost to serve the customer.</summary>
    public double CostToServe { get; }

    /// <summary>Profit: <see cref="Revenue"/> − <see cref="CostToServe"/>; may be negative.</summary>
    public double Value { get; }
}
