namespace CustomerValue.Segmentation;

/// <summary>An inclusive range of RFM scores, for example 4–5.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct ScoreRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="min">The lowest score in the range, 1 to 5.</param>
    /// <param name="max">The highest score in the range, <paramref name="min"/> to 5.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is outside 1..5, or <paramref name="max"/> is below <paramref name="min"/>.</exception>
    public ScoreRange(int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, 5);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        Min = min;
        Max = max;
    }

    /// <summary>Every score, 1–5.</summary>
    public static ScoreRange Any { get; } = new(1, 5);

    /// <summary>The lowest score in the range.</summary>
    public int Min { get; }

    /// <summary>The highest score in the range.</summary>
    public int Max { get; }

    /// <summary>The range holding the single score <paramref name="score"/>.</summary>
    /// <param name="score">A score, 1 to 5.</param>
    /// <returns>The range [score, score].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside 1..5.</exception>
    public static ScoreRange Only(int score) => new(score, score);

    /// <summary>True when <paramref name="score"/> is in the range.</summary>
    /// <param name="score">A score.</param>
    /// <returns>Whether Min ≤ score ≤ Max.</returns>
    public bool Contains(int score) => score >= Min && score <= Max;

    /// <inheritdoc />
    public override string ToString() => Min == Max ? $"{Min}" : $"{Min}-{Max}";
}
