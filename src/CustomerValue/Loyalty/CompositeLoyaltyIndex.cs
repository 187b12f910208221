namespace CustomerValue.Loyalty;

/// <summary>
/// A weighted loyalty index over the indicators of seeds 002 (§3.2.3: retention, repeat purchases, share of wallet and
/// attraction by other suppliers, new customers gained, recommending to friends) and 003 (知识链接2: repeat buying,
/// suggestions and references, trying new products, recommending, rejecting competitors).
/// </summary>
/// <remarks>
/// <para>Each measured indicator is normalised to [0, 1]:</para>
/// <list type="bullet">
/// <item>retention, share of wallet, resistance to competitors' offers, new-product trial: already shares in [0, 1], taken as they are;</item>
/// <item>recommendation: the 0–10 answer divided by 10;</item>
/// <item>repeat purchases: min(x / <see cref="RepeatPurchasesForFullScore"/>, 1) (12 by default: monthly buying scores fully);</item>
/// <item>new customers brought: min(x / <see cref="NewCustomersForFullScore"/>, 1) (3 by default).</item>
/// </list>
/// <para>
/// Index = Σ wᵢ nᵢ / Σ wᵢ over the indicators that were measured (non-null), with the weights of
/// <see cref="Weights"/>; so the index is in [0, 1] and unmeasured indicators neither help nor hurt. Immutable and
/// thread-safe.
/// </para>
/// </remarks>
public sealed class CompositeLoyaltyIndex : ILoyaltyIndex
{
    private static readonly string[] Names =
        ["retention", "repeat purchases", "share of wallet", "competitor resistance", "recommendation", "new customers brought", "new-product trial"];

    private readonly double[] _weights;

    /// <summary>Creates the index.</summary>
    /// <param name="weights">The indicators' weights: finite, non-negative, with a positive sum.</param>
    /// <param name="repeatPurchasesForFullScore">Repeat purchases that score 1, positive; 12 by default.</param>
    /// <param name="newCustomersForFullScore">New customers brought that score 1, positive; 3 by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or not finite, or a full-score level is not positive.</exception>
    /// <exception cref="ArgumentException">All weights are zero.</exception>
    public CompositeLoyaltyIndex(LoyaltyIndicatorWeights weights, double repeatPurchasesForFullScore = 12, double newCustomersForFullScore = 3)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights =
        [
            weights.Retention, weights.RepeatPurchases, weights.ShareOfWallet, weights.CompetitorResistance,
            weights.Recommendation, weights.NewCustomersBrought, weights.NewProductTrial,
        ];
        LoyaltyCheck.Weights(_weights, Names, nameof(weights));
        RepeatPurchasesForFullScore = Positive(repeatPurchasesForFullScore, nameof(repeatPurchasesForFullScore));
        NewCustomersForFullScore = Positive(newCustomersForFullScore, nameof(newCustomersForFullScore));
        Weights = weights;
    }

    /// <summary>The index with equal weights and the default full-score levels.</summary>
    public static CompositeLoyaltyIndex EqualWeights { get; } = new(LoyaltyIndicatorWeights.Equal);

    /// <summary>The indicators' weights.</summary>
    public LoyaltyIndicatorWeights Weights { get; }

    /// <summary>Repeat purchases that score 1.</summary>
    public double RepeatPurchasesForFullScore { get; }

    /// <summary>New customers brought that score 1.</summary>
    public double NewCustomersForFullScore { get; }

    /// <inheritdoc />
    public double Score(LoyaltyIndicators indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        string where = LoyaltyCheck.Where(indicators.CustomerId);
        Span<double> normalised =
        [
            Share(indicators.Retention, 0, where),
            Count(indicators.RepeatPurchases, RepeatPurchasesForFullScore, 1, where),
            Share(indicators.ShareOfWallet, 2, where),
            Share(indicators.CompetitorResistance, 3, where),
            indicators.Recommendation is { } r ? LoyaltyCheck.InRange(r, 0, 10, nameof(indicators), Names[4], where) / 10.0 : double.NaN,
            Count(indicators.NewCustomersBrought, NewCustomersForFullScore, 5, where),
            Share(indicators.NewProductTrial, 6, where),
        ];

        double sum = 0;
        double total = 0;
        for (int i = 0; i < normalised.Length; i++)
        {
            if (!double.IsNaN(normalised[i]))
            {
                sum += _weights[i] * normalised[i];
                total += _weights[i];
            }
        }

        if (!(total > 0))
        {
            throw new ArgumentException($"{LoyaltyCheck.Subject(where, "no")} measured indicator has a positive weight, so the index is undefined.", nameof(indicators));
        }

        return Math.Clamp(sum / total, 0.0, 1.0);
    }

    private static double Share(double? value, int index, string where) =>
        value is { } v ? LoyaltyCheck.Unit(v, "indicators", Names[index], where) : double.NaN;

    private static double Count(double? value, double full, int index, string where) =>
        value is { } v ? Math.Min(LoyaltyCheck.NonNegative(v, "indicators", Names[index], where) / full, 1.0) : double.NaN;

    private static double Positive(double value, string parameterName)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, LoyaltyCheck.Invariant($"{parameterName} must be positive and finite, but was {value}."));
        }

        return value;
    }
}
