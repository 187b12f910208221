using System.Globalization;

namespace CustomerValue.Segmentation;

/// <summary>A customer's RFM scores, each from 1 (worst fifth) to 5 (best fifth).</summary>
/// <param name="CustomerId">The customer's identifier.</param>
/// <param name="Recency">The recency score: 5 for the most recent buyers.</param>
/// <param name="Frequency">The frequency score: 5 for the most frequent buyers.</param>
/// <param name="Monetary">The monetary score: 5 for the biggest spenders.</param>
public readonly record struct RfmScore(string CustomerId, int Recency, int Frequency, int Monetary)
{
    /// <summary>The three scores as a code, for example <c>545</c>.</summary>
    public string Code => string.Create(CultureInfo.InvariantCulture, $"{Recency}{Frequency}{Monetary}");
}
