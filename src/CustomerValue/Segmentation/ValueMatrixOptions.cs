namespace CustomerValue.Segmentation;

/// <summary>
/// The grid of a <see cref="ValueMatrixStrategy"/>: the number of levels of current and of potential value, and a named
/// cell with a strategy for every combination. Core customers (核心客户, seed 001) are the top-level cell of both.
/// </summary>
/// <remarks>Immutable and thread-safe; validated on creation.</remarks>
public sealed class ValueMatrixOptions
{
    /// <summary>The name of the core-customer cell in the presets.</summary>
    public const string Core = "Core";

    /// <summary>Creates options.</summary>
    /// <param name="levels">Levels of each axis, 2 to 5.</param>
    /// <param name="cells">One cell per (current, potential) level pair, levels² in all, with distinct names; the segment order.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="levels"/> is outside 2..5.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentException">A level pair is missing, repeated or out of range, or two cells share a name.</exception>
    public ValueMatrixOptions(int levels, IReadOnlyList<ValueMatrixCell> cells)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(levels, 5);
        ArgumentNullException.ThrowIfNull(cells);
        var seen = new bool[levels * levels];
        foreach (ValueMatrixCell cell in cells)
        {
            if (cell is null || cell.CurrentLevel > levels || cell.PotentialLevel > levels || seen[CellIndex(levels, cell.CurrentLevel, cell.PotentialLevel)])
            {
                throw new ArgumentException($"Each of the {levels}×{levels} level pairs needs exactly one cell; '{cell?.Name}' is out of range or repeats a pair.", nameof(cells));
            }

            seen[CellIndex(levels, cell.CurrentLevel, cell.PotentialLevel)] = true;
        }

        if (seen.Contains(false))
        {
            throw new ArgumentException($"Each of the {levels}×{levels} level pairs needs a cell, but only {cells.Count} were given.", nameof(cells));
        }

        _ = SegmentationCheck.Names([.. cells.Select(c => c.Name)], cells.Count, nameof(cells));
        Levels = levels;
        Cells = [.. cells];
    }

    /// <summary>The 2 × 2 matrix: Core (high current, high potential), Maintain (high, low), Develop (low, high), Economise (low, low).</summary>
    public static ValueMatrixOptions TwoByTwo { get; } = new(2,
    [
        new(2, 2, Core, "Invest most: one-to-one strategy, keep and grow the relationship"),
        new(2, 1, "Maintain", "Keep their current business with good service at a controlled cost"),
        new(1, 2, "Develop", "Cross- and up-sell to release the potential"),
        new(1, 1, "Economise", "Serve at low cost"),
    ]);

    /// <summary>The 3 × 3 matrix of high, middle and low current value × high, middle and low potential, Core at high × high.</summary>
    public static ValueMatrixOptions ThreeByThree { get; } = new(3,
    [
        new(3, 3, Core, "Invest most: one-to-one strategy, keep and grow the relationship"),
        new(3, 2, "Key", "Retain, and grow the share of wallet"),
        new(3, 1, "Maintain", "Keep their current business with good service at a controlled cost"),
        new(2, 3, "Growth", "Cross- and up-sell actively"),
        new(2, 2, "Standard", "Standard service; targeted offers"),
        new(2, 1, "Stable", "Keep at low cost"),
        new(1, 3, "Prospect", "Develop: find and meet their unmet needs"),
        new(1, 2, "Monitor", "Occasional targeted offers"),
        new(1, 1, "Economise", "Serve at minimum cost"),
    ]);

    /// <summary>Levels of each axis.</summary>
    public int Levels { get; }

    /// <summary>The cells, in segment order.</summary>
    public IReadOnlyList<ValueMatrixCell> Cells { get; }

    internal static int CellIndex(int levels, int current, int potential) => ((current - 1) * levels) + (potential - 1);
}
