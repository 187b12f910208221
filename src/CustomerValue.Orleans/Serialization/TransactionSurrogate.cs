using Orleans;

namespace CustomerValue.Orleans.Serialization;

/// <summary>The wire form of a <see cref="Transaction"/>, so that grain calls can carry the core type unchanged.</summary>
/// <param name="CustomerId">The customer's identifier.</param>
/// <param name="Timestamp">When the transaction happened.</param>
/// <param name="Amount">Money spent; negative for a return.</param>
/// <param name="Quantity">Units bought or returned.</param>
/// <param name="ProductId">The product, when known.</param>
[GenerateSerializer]
[Alias("CustomerValue.Transaction")]
internal readonly record struct TransactionSurrogate(string CustomerId, DateTime Timestamp, decimal Amount, decimal Quantity, string? ProductId);

/// <summary>Converts <see cref="Transaction"/> to and from <see cref="TransactionSurrogate"/>; the constructor re-validates on arrival.</summary>
[RegisterConverter]
internal sealed class TransactionSurrogateConverter : IConverter<Transaction, TransactionSurrogate>
{
    /// <inheritdoc />
    public Transaction ConvertFromSurrogate(in TransactionSurrogate surrogate) =>
        new(surrogate.CustomerId, surrogate.Timestamp, surrogate.Amount, surrogate.Quantity, surrogate.ProductId);

    /// <inheritdoc />
    public TransactionSurrogate ConvertToSurrogate(in Transaction value) =>
        new(value.CustomerId, value.Timestamp, value.Amount, value.Quantity, value.ProductId);
}
