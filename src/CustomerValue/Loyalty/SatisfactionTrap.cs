namespace CustomerValue.Loyalty;

/// <summary>
/// The satisfaction trap (顾客满意陷阱, seed 002 §2.2.1): customers who say they are highly satisfied but are not loyal in
/// their behaviour. Seed 002 cites Bain: 65–85 % of satisfied or very satisfied customers switch; in cars 85–95 % are
/// satisfied but only 30–40 % buy the same brand again.
/// </summary>
/// <remarks>
/// A customer is trapped when satisfaction ≥ <see cref="SatisfactionThreshold"/> (0.8 on the [0, 1] scale of
/// <see cref="SatisfactionIndex.Score"/> by default) and behavioural loyalty (for example F) &lt;
/// <see cref="LoyaltyThreshold"/> (0.8 by default). Immutable and thread-safe.
/// </remarks>
public sealed class SatisfactionTrap
{
    /// <summary>The default satisfaction threshold, 0.8: "highly satisfied".</summary>
    public const double DefaultSatisfactionThreshold = 0.8;

    /// <summary>Creates the flag.</summary>
    /// <param name="satisfactionThreshold">Satisfaction from which a customer is highly satisfied, in [0, 1].</param>
    /// <param name="loyaltyThreshold">Behavioural loyalty from which a customer is loyal, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not in [0, 1].</exception>
    public SatisfactionTrap(double satisfactionThreshold = DefaultSatisfactionThreshold, double loyaltyThreshold = PurchaseLoyalty.DefaultThreshold)
    {
        SatisfactionThreshold = LoyaltyCheck.Threshold(satisfactionThreshold, nameof(satisfactionThreshold));
        LoyaltyThreshold = LoyaltyCheck.Threshold(loyaltyThreshold, nameof(loyaltyThreshold));
    }

    /// <summary>The flag with the default thresholds.</summary>
    public static SatisfactionTrap Default { get; } = new();

    /// <summary>Satisfaction from which a customer is highly satisfied.</summary>
    public double SatisfactionThreshold { get; }

    /// <summary>Behavioural loyalty from which a customer is loyal.</summary>
    public double LoyaltyThreshold { get; }

    /// <summary>Whether one customer is in the trap: highly satisfied, not loyal.</summary>
    /// <param name="satisfaction">Satisfaction in [0, 1].</param>
    /// <param name="loyalty">Behavioural loyalty in [0, 1].</param>
    /// <param name="customerId">Optional: named in error messages.</param>
    /// <exception cref="ArgumentOutOfRangeException">An input is not in [0, 1].</exception>
    public bool IsTrapped(double satisfaction, double loyalty, string? customerId = null)
    {
        string where = LoyaltyCheck.Where(customerId);
        return LoyaltyCheck.Unit(satisfaction, nameof(satisfaction), "the satisfaction", where) >= SatisfactionThreshold
            && LoyaltyCheck.Unit(loyalty, nameof(loyalty), "the loyalty", where) < LoyaltyThreshold;
    }

    /// <summary>Counts satisfied, loyal and trapped customers.</summary>
    /// <param name="satisfaction">Each customer's satisfaction in [0, 1].</param>
    /// <param name="loyalty">Each customer's behavioural loyalty in [0, 1], in the same order.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not in [0, 1]; the message gives its row.</exception>
    public SatisfactionTrapSummary Summarize(ReadOnlySpan<double> satisfaction, ReadOnlySpan<double> loyalty)
    {
        if (satisfaction.Length != loyalty.Length)
        {
            throw new ArgumentException($"There are {satisfaction.Length} satisfaction scores but {loyalty.Length} loyalty scores.", nameof(loyalty));
        }

        int satisfied = 0, loyal = 0, trapped = 0;
        for (int i = 0; i < satisfaction.Length; i++)
        {
            bool isSatisfied = LoyaltyCheck.UnitAt(satisfaction[i], i, nameof(satisfaction), "the satisfaction") >= SatisfactionThreshold;
            bool isLoyal = LoyaltyCheck.UnitAt(loyalty[i], i, nameof(loyalty), "the loyalty") >= LoyaltyThreshold;
            satisfied += isSatisfied ? 1 : 0;
            loyal += isLoyal ? 1 : 0;
            trapped += isSatisfied && !isLoyal ? 1 : 0;
        }

        return new SatisfactionTrapSummary(satisfaction.Length, satisfied, loyal, trapped);
    }
}
