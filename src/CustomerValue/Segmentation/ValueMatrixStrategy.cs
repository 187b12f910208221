namespace CustomerValue.Segmentation;

/// <summary>
/// The customer value matrix (seeds 001, 004): customers placed by level of current value × level of potential value,
/// each cell a named segment with its strategy; core customers (核心客户) have high current value and high potential.
/// </summary>
/// <remarks>
/// <para>
/// Each axis is cut into <see cref="ValueMatrixOptions.Levels"/> quantile levels with the tie rule of
/// <see cref="RfmStrategy"/>: a customer with m customers below it and e equal (itself included) is at level ⌈L (m + e/2)/n⌉,
/// so equal values share a level (when everybody ties, the lower middle level). Segment values are the customers' total value,
/// historical + current + potential.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ValueMatrixStrategy : ISegmentationStrategy<CustomerValueComponents>
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="options">The grid; <see cref="ValueMatrixOptions.TwoByTwo"/> when null.</param>
    public ValueMatrixStrategy(ValueMatrixOptions? options = null)
    {
        Options = options ?? ValueMatrixOptions.TwoByTwo;
    }

    /// <summary>The 2 × 2 strategy.</summary>
    public static ValueMatrixStrategy Default { get; } = new();

    /// <inheritdoc />
    public string Name => "value-matrix";

    /// <summary>The grid.</summary>
    public ValueMatrixOptions Options { get; }

    /// <inheritdoc />
    public SegmentationResult Segment(IEnumerable<CustomerValueComponents> customers)
    {
        CustomerSet<CustomerValueComponents> set = CustomerSet<CustomerValueComponents>.From(customers, nameof(customers));
        int n = set.Count;
        var current = new double[n];
        var potential = new double[n];
        for (int i = 0; i < n; i++)
        {
            current[i] = set.Items[i].Current;
            potential[i] = set.Items[i].Potential;
        }

        int levels = Options.Levels;
        int[] currentLevel = Ranking.QuantileScores(current, levels);
        int[] potentialLevel = Ranking.QuantileScores(potential, levels);
        var cellOfPair = new int[levels * levels];
        var segments = new SegmentLabel[Options.Cells.Count];
        for (int c = 0; c < segments.Length; c++)
        {
            ValueMatrixCell cell = Options.Cells[c];
            cellOfPair[ValueMatrixOptions.CellIndex(levels, cell.CurrentLevel, cell.PotentialLevel)] = c;
            segments[c] = new SegmentLabel(cell.Name, cell.Action);
        }

        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            labels[i] = cellOfPair[ValueMatrixOptions.CellIndex(levels, currentLevel[i], potentialLevel[i])];
        }

        return SegmentTable.Build(Name, set, labels, segments);
    }
}
