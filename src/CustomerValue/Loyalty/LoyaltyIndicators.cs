namespace CustomerValue.Loyalty;

/// <summary>
/// One customer's loyalty indicators (seed 002 §3.2.3 and seed 003 知识链接2), each optional: an indicator that was not
/// measured is null and left out of <see cref="CompositeLoyaltyIndex"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Ranges are checked by <see cref="CompositeLoyaltyIndex.Score"/>.</remarks>
public sealed record LoyaltyIndicators
{
    /// <summary>The customer's identifier, named in error messages; may be null.</summary>
    public string? CustomerId { get; init; }

    /// <summary>Retention (客户保留): the probability or rate that the customer stays, in [0, 1] (a renewal, P(alive), tenure kept).</summary>
    public double? Retention { get; init; }

    /// <summary>Repeat purchases (重复购买次数) in the period, ≥ 0.</summary>
    public double? RepeatPurchases { get; init; }

    /// <summary>Share of wallet (钱包份额): the firm's share of the customer's spending in the category, in [0, 1].</summary>
    public double? ShareOfWallet { get; init; }

    /// <summary>Resistance to competitors' offers (被其他供应商吸引的程度, inverted; 排斥竞争对手): the share of competitors' offers declined, in [0, 1].</summary>
    public double? CompetitorResistance { get; init; }

    /// <summary>Referrals and recommending (向亲友推荐): likelihood to recommend, the 0–10 answer of the Net Promoter question.</summary>
    public double? Recommendation { get; init; }

    /// <summary>New customers brought in (获得的新顾客数量) by this customer in the period, ≥ 0.</summary>
    public double? NewCustomersBrought { get; init; }

    /// <summary>Trying new products (关注新产品): the share of the firm's new products or services the customer tried, in [0, 1].</summary>
    public double? NewProductTrial { get; init; }
}
