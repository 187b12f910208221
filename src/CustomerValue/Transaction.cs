namespace CustomerValue;

/// <summary>
/// One row of a transaction log: a customer buying (or returning, when <see cref="Amount"/> is negative)
/// something at a point in time.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct Transaction
{
    /// <summary>Creates a transaction, validating every field.</summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <param name="timestamp">When the transaction happened (calendar date and time as recorded; no time-zone conversion is applied).</param>
    /// <param name="amount">Money spent; negative for a return or refund.</param>
    /// <param name="quantity">Units bought (or returned); must not be negative.</param>
    /// <param name="productId">The product or SKU, when known.</param>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is negative.</exception>
    public Transaction(string customerId, DateTime timestamp, decimal amount, decimal quantity = 1m, string? productId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        CustomerId = customerId;
        Timestamp = timestamp;
        Amount = amount;
        Quantity = quantity;
        ProductId = productId;
    }

    /// <summary>The customer's identifier.</summary>
    public string CustomerId { get; }

    /// <summary>When the transaction happened.</summary>
    public DateTime Timestamp { get; }

    /// <summary>Money spent; negative for a return or refund.</summary>
    public decimal Amount { get; }

    /// <summary>Units bought, or units returned when <see cref="IsReturn"/>.</summary>
    public decimal Quantity { get; }

    /// <summary>The product or SKU, when known.</summary>
    public string? ProductId { get; }

    /// <summary>True when the amount is negative: a return or refund, not a purchase.</summary>
    public bool IsReturn => Amount < 0m;
}
