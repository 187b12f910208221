using Orleans;

namespace CustomerValue.Orleans.Serialization;

/// <summary>The persisted form of a <see cref="CustomerPeriodTotals"/>: one aggregation period of a customer's history.</summary>
/// <param name="PeriodIndex">The period's index.</param>
/// <param name="Purchases">Purchases in the period.</param>
/// <param name="Amount">Their net amount, returns included.</param>
[GenerateSerializer]
[Alias("CustomerValue.CustomerPeriodTotals")]
internal readonly record struct CustomerPeriodTotalsSurrogate(long PeriodIndex, int Purchases, decimal Amount);

/// <summary>Converts <see cref="CustomerPeriodTotals"/> to and from <see cref="CustomerPeriodTotalsSurrogate"/>.</summary>
[RegisterConverter]
internal sealed class CustomerPeriodTotalsSurrogateConverter : IConverter<CustomerPeriodTotals, CustomerPeriodTotalsSurrogate>
{
    /// <inheritdoc />
    public CustomerPeriodTotals ConvertFromSurrogate(in CustomerPeriodTotalsSurrogate surrogate) =>
        new(surrogate.PeriodIndex, surrogate.Purchases, surrogate.Amount);

    /// <inheritdoc />
    public CustomerPeriodTotalsSurrogate ConvertToSurrogate(in CustomerPeriodTotals value) =>
        new(value.PeriodIndex, value.Purchases, value.Amount);
}
