using System.Globalization;

namespace CustomerValue.Segmentation;

/// <summary>
/// Best customers × loyal customers (seed 000 篇5 §三: the best customers are not always the loyal ones): a 2 × 2 of value
/// tier × loyalty, naming the conversion target — high value, low loyalty.
/// </summary>
/// <remarks>
/// <para>
/// Best customers are the top <see cref="BestShare"/> of the customers by value (20 % by default, the seed's 重点客户),
/// ranked highest first with equal values in natural id order, cut as by <see cref="TierStrategy"/> on customer shares.
/// Loyal customers have a loyalty score of at least <see cref="LoyaltyThreshold"/> (0.8, the seed's threshold).
/// Segments, in order: <c>Loyal best</c>, <c>Best not loyal</c> (<see cref="ConversionTarget"/>), <c>Loyal not best</c>,
/// <c>Neither</c>.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class BestLoyalStrategy : ISegmentationStrategy<CustomerLoyaltyInput>
{
    /// <summary>The name of the conversion-target segment: high value, low loyalty.</summary>
    public const string ConversionTarget = "Best not loyal";

    private static readonly SegmentLabel[] Labels =
    [
        new("Loyal best", "Keep: reward and protect the relationship"),
        new(ConversionTarget, "Convert: win a larger share of their purchases and make them loyal"),
        new("Loyal not best", "Grow their purchases: up-sell and cross-sell"),
        new("Neither", "Serve efficiently"),
    ];

    /// <summary>Creates the strategy.</summary>
    /// <param name="bestShare">The share of customers that are best customers, in (0, 1); 0.2 by default.</param>
    /// <param name="loyaltyThreshold">The loyalty score from which a customer is loyal, in [0, 1]; 0.8 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public BestLoyalStrategy(double bestShare = 0.2, double loyaltyThreshold = 0.8)
    {
        _ = SegmentationCheck.CutPoints([bestShare], nameof(bestShare));
        if (!(loyaltyThreshold >= 0 && loyaltyThreshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(loyaltyThreshold), loyaltyThreshold, string.Create(CultureInfo.InvariantCulture, $"The loyalty threshold must be between 0 and 1, but was {loyaltyThreshold}."));
        }

        BestShare = bestShare;
        LoyaltyThreshold = loyaltyThreshold;
    }

    /// <summary>The strategy with the seed's defaults.</summary>
    public static BestLoyalStrategy Default { get; } = new();

    /// <inheritdoc />
    public string Name => "best-loyal";

    /// <summary>The share of customers that are best customers.</summary>
    public double BestShare { get; }

    /// <summary>The loyalty score from which a customer is loyal.</summary>
    public double LoyaltyThreshold { get; }

    /// <inheritdoc />
    public SegmentationResult Segment(IEnumerable<CustomerLoyaltyInput> customers)
    {
        CustomerSet<CustomerLoyaltyInput> set = CustomerSet<CustomerLoyaltyInput>.From(customers, nameof(customers));
        int[] tier = Ranking.TiersByCustomerShare(Ranking.ByValueDescending(set.Values, set.IdRank), [BestShare]);
        var labels = new int[set.Count];
        for (int i = 0; i < labels.Length; i++)
        {
            bool best = tier[i] == 0;
            bool loyal = set.Items[i].Loyalty >= LoyaltyThreshold;
            labels[i] = (best, loyal) switch
            {
                (true, true) => 0,
                (true, false) => 1,
                (false, true) => 2,
                _ => 3,
            };
        }

        return SegmentTable.Build(Name, set, labels, Labels);
    }
}
