namespace CustomerValue.Segmentation;

/// <summary>One cell of a value matrix: a level of current value × a level of potential value, its name and its strategy.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ValueMatrixCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="currentLevel">The level of current value, 1 (lowest) to the matrix's number of levels.</param>
    /// <param name="potentialLevel">The level of potential value, 1 (lowest) to the matrix's number of levels.</param>
    /// <param name="name">The segment's name; not blank.</param>
    /// <param name="action">The strategy for these customers.</param>
    /// <exception cref="ArgumentOutOfRangeException">A level is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public ValueMatrixCell(int currentLevel, int potentialLevel, string name, string action)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(currentLevel, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(potentialLevel, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        CurrentLevel = currentLevel;
        PotentialLevel = potentialLevel;
        Name = name;
        Action = action ?? string.Empty;
    }

    /// <summary>The level of current value, 1 = lowest.</summary>
    public int CurrentLevel { get; }

    /// <summary>The level of potential value, 1 = lowest.</summary>
    public int PotentialLevel { get; }

    /// <summary>The segment's name.</summary>
    public string Name { get; }

    /// <summary>The strategy for these customers.</summary>
    public string Action { get; }
}
