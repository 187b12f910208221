using Orleans;

namespace CustomerValue.Orleans.Serialization;

/// <summary>The wire form of a <see cref="SummaryPattern"/>: one compressed (frequency, recency, T) row and its count.</summary>
/// <param name="Frequency">Repeat purchase periods.</param>
/// <param name="Recency">Age at the last purchase.</param>
/// <param name="T">Age at the end of observation.</param>
/// <param name="Count">Customers with exactly this pattern.</param>
[GenerateSerializer]
[Alias("CustomerValue.SummaryPattern")]
internal readonly record struct SummaryPatternSurrogate(int Frequency, double Recency, double T, int Count);

/// <summary>Converts <see cref="SummaryPattern"/> to and from <see cref="SummaryPatternSurrogate"/>.</summary>
[RegisterConverter]
internal sealed class SummaryPatternSurrogateConverter : IConverter<SummaryPattern, SummaryPatternSurrogate>
{
    /// <inheritdoc />
    public SummaryPattern ConvertFromSurrogate(in SummaryPatternSurrogate surrogate) =>
        new(surrogate.Frequency, surrogate.Recency, surrogate.T, surrogate.Count);

    /// <inheritdoc />
    public SummaryPatternSurrogate ConvertToSurrogate(in SummaryPattern value) =>
        new(value.Frequency, value.Recency, value.T, value.Count);
}
