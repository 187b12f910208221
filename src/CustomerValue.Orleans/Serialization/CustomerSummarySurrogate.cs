using Orleans;

namespace CustomerValue.Orleans.Serialization;

/// <summary>The wire form of a <see cref="CustomerSummary"/>: the doubles travel bit for bit, so summaries compare exactly.</summary>
/// <param name="CustomerId">The customer's identifier.</param>
/// <param name="Frequency">Repeat purchase periods.</param>
/// <param name="Recency">Age at the last purchase.</param>
/// <param name="T">Age at the end of observation.</param>
/// <param name="MonetaryValue">Mean spend of the repeat purchase periods.</param>
[GenerateSerializer]
[Alias("CustomerValue.CustomerSummary")]
internal readonly record struct CustomerSummarySurrogate(string CustomerId, int Frequency, double Recency, double T, double MonetaryValue);

/// <summary>Converts <see cref="CustomerSummary"/> to and from <see cref="CustomerSummarySurrogate"/>.</summary>
[RegisterConverter]
internal sealed class CustomerSummarySurrogateConverter : IConverter<CustomerSummary, CustomerSummarySurrogate>
{
    /// <inheritdoc />
    public CustomerSummary ConvertFromSurrogate(in CustomerSummarySurrogate surrogate) =>
        new(surrogate.CustomerId, surrogate.Frequency, surrogate.Recency, surrogate.T, surrogate.MonetaryValue);

    /// <inheritdoc />
    public CustomerSummarySurrogate ConvertToSurrogate(in CustomerSummary value) =>
        new(value.CustomerId, value.Frequency, value.Recency, value.T, value.MonetaryValue);
}
