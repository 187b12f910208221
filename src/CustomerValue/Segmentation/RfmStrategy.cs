namespace CustomerValue.Segmentation;

/// <summary>
/// RFM segmentation (Hughes 1994, <i>Strategic Database Marketing</i>): recency, frequency and monetary scores 1–5 by
/// quintile, and named segments from an <see cref="RfmSegmentMap"/> (by default <see cref="RfmSegmentMap.Standard"/>).
/// </summary>
/// <remarks>
/// <para>
/// Scores by quintile, with ties: for a measure on which m customers do worse than a customer and e (itself included) do
/// exactly as well, the customer's mid-rank share is p = (m + e/2) / n and its score ⌈5p⌉. Customers with equal measures
/// therefore always share a score; n distinct measures fill the five scores as evenly as possible (a fifth each when n is
/// a multiple of 5); when everybody ties, everybody scores 3. Lower recency is better; higher frequency and monetary value
/// are better. The scores are computed in exact integer arithmetic and do not depend on the input order.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class RfmStrategy : ISegmentationStrategy<RfmFeatures>
{
    /// <summary>Number of score levels.</summary>
    public const int Levels = 5;

    /// <summary>Creates the strategy with a segment map.</summary>
    /// <param name="map">The segment map; <see cref="RfmSegmentMap.Standard"/> when null.</param>
    public RfmStrategy(RfmSegmentMap? map = null)
    {
        Map = map ?? RfmSegmentMap.Standard;
    }

    /// <summary>The strategy with the standard map.</summary>
    public static RfmStrategy Default { get; } = new();

    /// <inheritdoc />
    public string Name => "rfm";

    /// <summary>The segment map.</summary>
    public RfmSegmentMap Map { get; }

    /// <inheritdoc />
    public SegmentationResult Segment(IEnumerable<RfmFeatures> customers) => Analyze(customers).Segmentation;

    /// <summary>Every customer's RFM scores, in natural id order.</summary>
    /// <param name="customers">The customers; at least one, each id once.</param>
    /// <returns>The scores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no customers, or an id is missing or repeated.</exception>
    public static IReadOnlyList<RfmScore> Score(IEnumerable<RfmFeatures> customers)
    {
        CustomerSet<RfmFeatures> set = CustomerSet<RfmFeatures>.From(customers, nameof(customers));
        return ScoreInIdOrder(set, Scores(set));
    }

    /// <summary>The scores and the segmentation of <paramref name="customers"/>.</summary>
    /// <param name="customers">The customers; at least one, each id once.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no customers, or an id is missing or repeated.</exception>
    public RfmAnalysis Analyze(IEnumerable<RfmFeatures> customers)
    {
        CustomerSet<RfmFeatures> set = CustomerSet<RfmFeatures>.From(customers, nameof(customers));
        (int[] r, int[] f, int[] m) = Scores(set);
        int named = Map.SegmentNames.Count;

        // The map is read once per score combination (125 of them), not once per customer.
        var lookup = new int[Levels * Levels * Levels];
        for (int code = 0; code < lookup.Length; code++)
        {
            RfmSegmentRule? rule = Map.Match(new RfmScore(string.Empty, 1 + (code / (Levels * Levels)), 1 + (code / Levels % Levels), 1 + (code % Levels)));
            lookup[code] = rule is null ? named : IndexOf(rule.Name);
        }

        var labels = new int[set.Count];
        bool fallbackUsed = false;
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = lookup[((r[i] - 1) * Levels * Levels) + ((f[i] - 1) * Levels) + (m[i] - 1)];
            fallbackUsed |= labels[i] == named;
        }

        var segments = new List<SegmentLabel>(named + 1);
        foreach (string name in Map.SegmentNames)
        {
            segments.Add(new SegmentLabel(name, Map.Rules.First(rule => string.Equals(rule.Name, name, StringComparison.Ordinal)).Action));
        }

        if (fallbackUsed)
        {
            segments.Add(new SegmentLabel(Map.Fallback, string.Empty));
        }

        return new RfmAnalysis(SegmentTable.Build(Name, set, labels, segments), ScoreInIdOrder(set, (r, f, m)));
    }

    private int IndexOf(string name)
    {
        for (int i = 0; i < Map.SegmentNames.Count; i++)
        {
            if (string.Equals(Map.SegmentNames[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return Map.SegmentNames.Count;
    }

    private static (int[] R, int[] F, int[] M) Scores(CustomerSet<RfmFeatures> set)
    {
        int n = set.Count;
        var recency = new double[n];
        var frequency = new double[n];
        for (int i = 0; i < n; i++)
        {
            recency[i] = -set.Items[i].Recency;
            frequency[i] = set.Items[i].Frequency;
        }

        return (Ranking.QuantileScores(recency, Levels), Ranking.QuantileScores(frequency, Levels), Ranking.QuantileScores(set.Values, Levels));
    }

    private static RfmScore[] ScoreInIdOrder(CustomerSet<RfmFeatures> set, (int[] R, int[] F, int[] M) scores)
    {
        var result = new RfmScore[set.Count];
        for (int k = 0; k < result.Length; k++)
        {
            int i = set.IdOrder[k];
            result[k] = new RfmScore(set.Ids[i], scores.R[i], scores.F[i], scores.M[i]);
        }

        return result;
    }
}
