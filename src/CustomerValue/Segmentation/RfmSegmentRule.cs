namespace CustomerValue.Segmentation;

/// <summary>One row of an RFM segment map: the score ranges a customer must fall in to get the segment's name.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RfmSegmentRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="name">The segment's name; not blank.</param>
    /// <param name="recency">The recency scores the rule accepts.</param>
    /// <param name="frequency">The frequency scores the rule accepts.</param>
    /// <param name="monetary">The monetary scores the rule accepts; all by default.</param>
    /// <param name="action">What to do with these customers; empty by default.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank, or a range is the default (uninitialised) value.</exception>
    public RfmSegmentRule(string name, ScoreRange recency, ScoreRange frequency, ScoreRange? monetary = null, string action = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Recency = Initialised(recency, nameof(recency));
        Frequency = Initialised(frequency, nameof(frequency));
        Monetary = Initialised(monetary ?? ScoreRange.Any, nameof(monetary));
        Action = action ?? string.Empty;
    }

    /// <summary>The segment's name.</summary>
    public string Name { get; }

    /// <summary>The recency scores the rule accepts.</summary>
    public ScoreRange Recency { get; }

    /// <summary>The frequency scores the rule accepts.</summary>
    public ScoreRange Frequency { get; }

    /// <summary>The monetary scores the rule accepts.</summary>
    public ScoreRange Monetary { get; }

    /// <summary>What to do with these customers.</summary>
    public string Action { get; }

    /// <summary>True when all three scores of <paramref name="score"/> fall in the rule's ranges.</summary>
    /// <param name="score">A customer's scores.</param>
    /// <returns>Whether the rule matches.</returns>
    public bool Matches(in RfmScore score) =>
        Recency.Contains(score.Recency) && Frequency.Contains(score.Frequency) && Monetary.Contains(score.Monetary);

    private static ScoreRange Initialised(ScoreRange range, string parameterName) =>
        range.Min >= 1 ? range : throw new ArgumentException("A score range must be created with its constructor (scores 1 to 5).", parameterName);
}
