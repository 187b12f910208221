namespace CustomerValue.Loyalty;

/// <summary>
/// A weighted satisfaction index over drivers of satisfaction. By default the five of seed 004 (客户满意度的影响因素):
/// core product or service (产品服务核心), process and support (流程与支持), technical performance (技术表现), interaction
/// with the firm (与企业的互动) and emotional factors (情感要素), equally weighted, rated 0–10.
/// </summary>
/// <remarks>
/// <para>
/// With ratings rᵢ on the scale [<see cref="MinimumRating"/>, <see cref="MaximumRating"/>] and weights wᵢ:
/// <see cref="WeightedMean"/> = Σ wᵢ rᵢ / Σ wᵢ, on the rating scale; <see cref="Score"/> = (mean − min) / (max − min), in
/// [0, 1]. Satisfaction is an attitude; seed 002 §2.2.1 warns that it does not guarantee loyalty (see
/// <see cref="SatisfactionTrap"/>).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class SatisfactionIndex
{
    private readonly WeightedComponent[] _drivers;
    private readonly double _totalWeight;

    /// <summary>Creates the index.</summary>
    /// <param name="drivers">The drivers, in the order ratings are given; at least one, names distinct, weights with a positive sum.</param>
    /// <param name="minimumRating">The lowest rating on the scale; finite.</param>
    /// <param name="maximumRating">The highest rating on the scale; finite and above <paramref name="minimumRating"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="drivers"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No drivers, a repeated name, or all weights zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The scale is not finite or not increasing.</exception>
    public SatisfactionIndex(IEnumerable<WeightedComponent> drivers, double minimumRating = 0, double maximumRating = 10)
    {
        _drivers = LoyaltyCheck.Components(drivers, nameof(drivers), "driver", out _totalWeight);
        LoyaltyCheck.Finite(minimumRating, nameof(minimumRating), "The minimum rating");
        LoyaltyCheck.Finite(maximumRating, nameof(maximumRating), "The maximum rating");
        if (!(maximumRating > minimumRating))
        {
            throw new ArgumentOutOfRangeException(nameof(maximumRating), maximumRating, LoyaltyCheck.Invariant($"The maximum rating must be above the minimum rating {minimumRating}, but was {maximumRating}."));
        }

        MinimumRating = minimumRating;
        MaximumRating = maximumRating;
    }

    /// <summary>Seed 004's five drivers, equally weighted, rated 0–10.</summary>
    public static SatisfactionIndex Default { get; } = new(
    [
        new WeightedComponent("core product or service", 1),
        new WeightedComponent("process and support", 1),
        new WeightedComponent("technical performance", 1),
        new WeightedComponent("interaction with the firm", 1),
        new WeightedComponent("emotional factors", 1),
    ]);

    /// <summary>The drivers, in the order ratings are given.</summary>
    public IReadOnlyList<WeightedComponent> Drivers => _drivers;

    /// <summary>The lowest rating on the scale.</summary>
    public double MinimumRating { get; }

    /// <summary>The highest rating on the scale.</summary>
    public double MaximumRating { get; }

    /// <summary>Σ wᵢ rᵢ / Σ wᵢ, on the rating scale.</summary>
    /// <param name="ratings">One rating per driver, in <see cref="Drivers"/> order, each on the scale.</param>
    /// <param name="customerId">Optional: named in error messages.</param>
    /// <exception cref="ArgumentException">The number of ratings differs from the number of drivers.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is off the scale; the message names the driver and the value.</exception>
    public double WeightedMean(ReadOnlySpan<double> ratings, string? customerId = null)
    {
        if (ratings.Length != _drivers.Length)
        {
            throw new ArgumentException($"{LoyaltyCheck.Where(customerId)}{ratings.Length} ratings were given for {_drivers.Length} drivers.", nameof(ratings));
        }

        string where = LoyaltyCheck.Where(customerId);
        double sum = 0;
        for (int i = 0; i < ratings.Length; i++)
        {
            sum += _drivers[i].Weight * LoyaltyCheck.InRange(ratings[i], MinimumRating, MaximumRating, nameof(ratings), $"the rating of '{_drivers[i].Name}'", where);
        }

        return Math.Clamp(sum / _totalWeight, MinimumRating, MaximumRating);
    }

    /// <summary>The weighted mean rescaled to [0, 1]: (mean − min) / (max − min).</summary>
    /// <inheritdoc cref="WeightedMean" path="/param"/>
    /// <inheritdoc cref="WeightedMean" path="/exception"/>
    public double Score(ReadOnlySpan<double> ratings, string? customerId = null) =>
        (WeightedMean(ratings, customerId) - MinimumRating) / (MaximumRating - MinimumRating);
}
