namespace CustomerValue.Segmentation;

/// <summary>
/// Ranks customers by value (highest first, equal values in natural id order) and cuts the ranking into tiers at shares of
/// the customers or of the total value: the three-tier (三分法) and four-tier (四分法) splits and the deciles (十分法) of
/// seed 000 篇5.
/// </summary>
/// <remarks>
/// <para>
/// With n customers ranked r = 0, 1, …, n − 1, on <see cref="TierBasis.Customers"/> the customer at rank r is in tier
/// t = #{cut points c : c ≤ r / n}; on <see cref="TierBasis.Value"/> it is in tier t = #{c : c ≤ S_r / S}, where S_r is the
/// value of the customers ranked before it and S the total (every customer is in the last tier when S = 0). A customer
/// therefore goes to the tier in which its share starts; with the seed's 1 % cut, a base of fewer than 100 customers still
/// has one best customer.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class TierStrategy : ISegmentationStrategy<CustomerValueInput>
{
    /// <summary>Creates a tier strategy.</summary>
    /// <param name="name">The strategy's name, for example <c>tiers3</c>.</param>
    /// <param name="options">The tiers.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public TierStrategy(string name, TierOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        Name = name;
        Options = options;
    }

    /// <summary>三分法 with the seed's cut points (<see cref="TierOptions.ThreeTier"/>), named <c>tiers3</c>.</summary>
    public static TierStrategy ThreeTier { get; } = new("tiers3", TierOptions.ThreeTier);

    /// <summary>四分法 with the seed's cut points (<see cref="TierOptions.FourTier"/>), named <c>tiers4</c>.</summary>
    public static TierStrategy FourTier { get; } = new("tiers4", TierOptions.FourTier);

    /// <summary>Revenue deciles (收益十分位): bands of 10 % of the total value each, named <c>revenue-deciles</c>.</summary>
    public static TierStrategy RevenueDeciles { get; } = new("revenue-deciles", TierOptions.ValueDeciles);

    /// <summary>Purchase deciles (购买十分位): as <see cref="RevenueDeciles"/>, fed with purchase amounts; named <c>purchase-deciles</c>.</summary>
    public static TierStrategy PurchaseDeciles { get; } = new("purchase-deciles", TierOptions.ValueDeciles);

    /// <summary>Customer-count deciles: bands of 10 % of the customers each, named <c>customer-deciles</c>.</summary>
    public static TierStrategy CustomerDeciles { get; } = new("customer-deciles", TierOptions.CustomerDeciles);

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The tiers.</summary>
    public TierOptions Options { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">Also: on <see cref="TierBasis.Value"/>, a value is negative.</exception>
    public SegmentationResult Segment(IEnumerable<CustomerValueInput> customers)
    {
        CustomerSet<CustomerValueInput> set = CustomerSet<CustomerValueInput>.From(customers, nameof(customers));
        return Segment(Name, set, Options);
    }

    internal static SegmentationResult Segment<TCustomer>(string name, CustomerSet<TCustomer> set, TierOptions options)
        where TCustomer : ISegmentableCustomer
    {
        double[] cuts = [.. options.CutPoints];
        int[] order = Ranking.ByValueDescending(set.Values, set.IdRank);
        int[] tiers;
        if (options.Basis == TierBasis.Value)
        {
            set.RequireNonNegativeValues("value", "customers");
            tiers = Ranking.TiersByValueShare(order, set.Values, cuts);
        }
        else
        {
            tiers = Ranking.TiersByCustomerShare(order, cuts);
        }

        var labels = new SegmentLabel[options.Names.Count];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = new SegmentLabel(options.Names[i], options.Actions[i]);
        }

        return SegmentTable.Build(name, set, tiers, labels);
    }
}
