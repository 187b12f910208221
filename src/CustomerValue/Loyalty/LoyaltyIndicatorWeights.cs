namespace CustomerValue.Loyalty;

/// <summary>
/// The weights of the seven indicators in <see cref="CompositeLoyaltyIndex"/>: set them explicitly to say what loyalty
/// means for the business. Only their ratios matter. Validated when the index is created: finite, non-negative, and with a
/// positive sum.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LoyaltyIndicatorWeights
{
    /// <summary>Equal weights (1 each): the seeds give no ranking of the indicators.</summary>
    public static LoyaltyIndicatorWeights Equal { get; } = new();

    /// <summary>Weight of retention.</summary>
    /// <value>1 by default.</value>
    public double Retention { get; init; } = 1;

    /// <summary>Weight of repeat purchases.</summary>
    /// <value>1 by default.</value>
    public double RepeatPurchases { get; init; } = 1;

    /// <summary>Weight of share of wallet.</summary>
    /// <value>1 by default.</value>
    public double ShareOfWallet { get; init; } = 1;

    /// <summary>Weight of resistance to competitors' offers.</summary>
    /// <value>1 by default.</value>
    public double CompetitorResistance { get; init; } = 1;

    /// <summary>Weight of recommending.</summary>
    /// <value>1 by default.</value>
    public double Recommendation { get; init; } = 1;

    /// <summary>Weight of new customers brought in.</summary>
    /// <value>1 by default.</value>
    public double NewCustomersBrought { get; init; } = 1;

    /// <summary>Weight of trying new products.</summary>
    /// <value>1 by default.</value>
    public double NewProductTrial { get; init; } = 1;
}
