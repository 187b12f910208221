namespace CustomerValue.Segmentation;

/// <summary>
/// A named RFM segment map as data: a table of rules read top to bottom, the first rule a customer's scores match naming
/// its segment, and a fallback segment for customers no rule matches.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Several rules may share a segment name (a segment that is not one rectangle of scores).
/// The segments of a segmentation are the distinct rule names in order of first appearance, then the fallback segment
/// when some customer fell into it.
/// </remarks>
public sealed class RfmSegmentMap
{
    private static readonly ScoreRange Low = new(1, 2);
    private static readonly ScoreRange HighFrequency = new(4, 5);
    private static readonly ScoreRange MiddleFrequency = new(2, 3);

    /// <summary>Creates a map.</summary>
    /// <param name="name">The map's name.</param>
    /// <param name="rules">The rules, first match wins; at least one.</param>
    /// <param name="fallback">The segment of customers no rule matches.</param>
    /// <exception cref="ArgumentException">A name is blank, there are no rules, or a rule is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public RfmSegmentMap(string name, IReadOnlyList<RfmSegmentRule> rules, string fallback = "Other")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentException.ThrowIfNullOrWhiteSpace(fallback);
        if (rules.Count == 0 || rules.Any(r => r is null))
        {
            throw new ArgumentException("An RFM segment map needs at least one rule, and no null rules.", nameof(rules));
        }

        Name = name;
        Rules = [.. rules];
        Fallback = fallback;
        SegmentNames = [.. Rules.Select(r => r.Name).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The widely used recency × frequency grid of ten named segments (monetary not used), covering all 25 cells:
    /// Champions (R 5, F 4–5), Loyal (R 3–4, F 4–5), Potential loyalist (R 4–5, F 2–3), New customers (R 5, F 1),
    /// Promising (R 4, F 1), Need attention (R 3, F 3), About to sleep (R 3, F 1–2), At risk (R 1–2, F 3–4),
    /// Can't lose (R 1–2, F 5), Hibernating (R 1–2, F 1–2).
    /// </summary>
    public static RfmSegmentMap Standard { get; } = new("standard", StandardRules(withLost: false));

    /// <summary>
    /// <see cref="Standard"/> with its weakest corner split off: <c>Lost</c> (R 1, F 1) comes before Hibernating, which
    /// keeps the other three cells of R 1–2, F 1–2.
    /// </summary>
    public static RfmSegmentMap StandardWithLost { get; } = new("standard-with-lost", StandardRules(withLost: true));

    /// <summary>The map's name.</summary>
    public string Name { get; }

    /// <summary>The rules, first match wins.</summary>
    public IReadOnlyList<RfmSegmentRule> Rules { get; }

    /// <summary>The segment of customers no rule matches.</summary>
    public string Fallback { get; }

    /// <summary>The distinct segment names of the rules, in order of first appearance.</summary>
    public IReadOnlyList<string> SegmentNames { get; }

    /// <summary>The first rule matching <paramref name="score"/>, or null when none does (the customer is in <see cref="Fallback"/>).</summary>
    /// <param name="score">A customer's scores.</param>
    /// <returns>The matching rule, or null.</returns>
    public RfmSegmentRule? Match(in RfmScore score)
    {
        foreach (RfmSegmentRule rule in Rules)
        {
            if (rule.Matches(score))
            {
                return rule;
            }
        }

        return null;
    }

    private static RfmSegmentRule[] StandardRules(bool withLost)
    {
        var rules = new List<RfmSegmentRule>
        {
            new("Champions", ScoreRange.Only(5), HighFrequency, action: "Reward them; early access to new products; ask for reviews and referrals"),
            new("Loyal", new ScoreRange(3, 4), HighFrequency, action: "Up-sell higher-value products; enrol in the loyalty programme"),
            new("Potential loyalist", new ScoreRange(4, 5), MiddleFrequency, action: "Offer membership and personal recommendations"),
            new("New customers", ScoreRange.Only(5), ScoreRange.Only(1), action: "Onboard them well; build the relationship early"),
            new("Promising", ScoreRange.Only(4), ScoreRange.Only(1), action: "Create brand awareness; trial offers"),
            new("Need attention", ScoreRange.Only(3), ScoreRange.Only(3), action: "Limited-time offers based on past purchases"),
            new("About to sleep", ScoreRange.Only(3), Low, action: "Reactivate with popular products and relevant content"),
            new("At risk", Low, new ScoreRange(3, 4), action: "Personal win-back messages and renewal offers"),
            new("Can't lose", Low, ScoreRange.Only(5), action: "Win them back personally; find out why they stopped"),
        };

        if (withLost)
        {
            rules.Add(new("Lost", ScoreRange.Only(1), ScoreRange.Only(1), action: "Low-cost reactivation campaign, otherwise let go"));
        }

        rules.Add(new("Hibernating", Low, Low, action: "Relevant offers and special discounts; keep costs low"));
        return [.. rules];
    }
}
