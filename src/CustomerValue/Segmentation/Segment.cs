namespace CustomerValue.Segmentation;

/// <summary>One row of a segment table: a segment's name, its size and its value.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Segment
{
    internal Segment(string name, string action, int customers, double customerShare, double value, double share)
    {
        Name = name;
        Action = action;
        Customers = customers;
        CustomerShare = customerShare;
        Value = value;
        Share = share;
    }

    /// <summary>The segment's name, for example <c>Champions</c> or <c>Top 20%</c>.</summary>
    public string Name { get; }

    /// <summary>What the strategy recommends doing with these customers; empty when the strategy names no action.</summary>
    public string Action { get; }

    /// <summary>Number of customers in the segment (0 for a defined segment nobody falls into).</summary>
    public int Customers { get; }

    /// <summary>The segment's share of the customers: <see cref="Customers"/> / total customers.</summary>
    public double CustomerShare { get; }

    /// <summary>The sum of its customers' <see cref="ISegmentableCustomer.Value"/>.</summary>
    public double Value { get; }

    /// <summary>
    /// The segment's share of the total value: <see cref="Value"/> / total value. When the total value is 0 it is the
    /// customer share instead, so that the shares of a segmentation always sum to 1. With values of both signs (profit) a
    /// share can be negative or above 1.
    /// </summary>
    public double Share { get; }
}
