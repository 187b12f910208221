using System.Globalization;

namespace CustomerValue.Switching;

/// <summary>
/// The weights of the facet model: a weight per facet, which averages the facets of a group into the group score, and a
/// weight per group, which averages the three group scores into the total. Weights are relative (only ratios matter):
/// a group score is Σ w_f s_f / Σ w_f over its facets and the total is Σ W_g G_g / Σ W_g, so every score stays in [0, 1].
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The default weights every facet 1 and every group 1: the group score is the plain mean of its
/// facets and the total the plain mean of the three groups, so that each group counts a third whatever its number of facets
/// (procedural has four, the others two). Caller weights might come from a regression of churn on the facets or from the
/// importance the business gives each cost.
/// </remarks>
public sealed class SwitchingCostWeights
{
    private readonly double[] _facets;
    private readonly double[] _groups;

    /// <summary>Creates weights, validating each.</summary>
    /// <param name="facetWeights">Eight facet weights in canonical order; each finite and zero or more, with a positive sum within every group.</param>
    /// <param name="procedural">Weight of the procedural group in the total; finite and zero or more.</param>
    /// <param name="financial">Weight of the financial group in the total; finite and zero or more.</param>
    /// <param name="relational">Weight of the relational group in the total; finite and zero or more.</param>
    /// <exception cref="ArgumentException">There are not eight facet weights, a group's facet weights are all zero, or the three group weights are all zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite; the message names it.</exception>
    public SwitchingCostWeights(ReadOnlySpan<double> facetWeights, double procedural = 1, double financial = 1, double relational = 1)
    {
        if (facetWeights.Length != SwitchingCostFacets.Count)
        {
            throw new ArgumentException($"Expected {SwitchingCostFacets.Count} facet weights ({string.Join(", ", SwitchingCostFacets.ColumnNames)}), but got {facetWeights.Length}.", nameof(facetWeights));
        }

        _facets = new double[SwitchingCostFacets.Count];
        var sums = new double[3];
        for (int i = 0; i < _facets.Length; i++)
        {
            _facets[i] = SwitchingChecks.NonNegative(facetWeights[i], nameof(facetWeights), $"The weight of {SwitchingCostFacets.ColumnNames[i]}");
            sums[(int)SwitchingCostFacets.GroupOf((SwitchingCostFacet)i)] += _facets[i];
        }

        for (int g = 0; g < sums.Length; g++)
        {
            if (!(sums[g] > 0))
            {
                string group = SwitchingCostFacets.GroupName((SwitchingCostGroup)g);
                throw new ArgumentException($"The facet weights of the {group} group are all zero; give at least one {group} facet a positive weight.", nameof(facetWeights));
            }
        }

        _groups =
        [
            SwitchingChecks.NonNegative(procedural, nameof(procedural), "The procedural group weight"),
            SwitchingChecks.NonNegative(financial, nameof(financial), "The financial group weight"),
            SwitchingChecks.NonNegative(relational, nameof(relational), "The relational group weight"),
        ];
        if (!(_groups.Sum() > 0))
        {
            throw new ArgumentException("The three group weights are all zero; give at least one group a positive weight.", nameof(procedural));
        }
    }

    /// <summary>Equal weights: every facet 1, every group 1.</summary>
    public static SwitchingCostWeights Default { get; } = new([1, 1, 1, 1, 1, 1, 1, 1]);

    /// <summary>The weight of a facet within its group (as given, not normalised).</summary>
    /// <param name="facet">The facet.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="facet"/> is not a defined facet.</exception>
    public double FacetWeight(SwitchingCostFacet facet) => _facets[SwitchingCostFacets.Index(facet)];

    /// <summary>The weight of a group in the total (as given, not normalised).</summary>
    /// <param name="group">The group.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined group.</exception>
    public double GroupWeight(SwitchingCostGroup group)
    {
        _ = SwitchingCostFacets.GroupName(group);
        return _groups[(int)group];
    }

    /// <summary>These weights with one facet weight replaced.</summary>
    /// <param name="facet">The facet.</param>
    /// <param name="weight">Its new weight; finite and zero or more.</param>
    /// <returns>New weights.</returns>
    /// <exception cref="ArgumentException">The change leaves a group with no positive weight.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The facet is not defined or the weight is out of range.</exception>
    public SwitchingCostWeights WithFacetWeight(SwitchingCostFacet facet, double weight)
    {
        double[] copy = (double[])_facets.Clone();
        copy[SwitchingCostFacets.Index(facet)] = weight;
        return new SwitchingCostWeights(copy, _groups[0], _groups[1], _groups[2]);
    }

    /// <summary>These weights with the three group weights replaced.</summary>
    /// <param name="procedural">The procedural group weight.</param>
    /// <param name="financial">The financial group weight.</param>
    /// <param name="relational">The relational group weight.</param>
    /// <returns>New weights.</returns>
    /// <exception cref="ArgumentException">All three are zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is out of range.</exception>
    public SwitchingCostWeights WithGroupWeights(double procedural, double financial, double relational) =>
        new(_facets, procedural, financial, relational);

    /// <summary>
    /// The weight of each facet in the total, normalised to sum to 1: (w_f/Σ_group w) · (W_g/Σ W). The total score is
    /// Σ_f of these times the facet scores; the what-if uses them to turn a facet change into a change of the total.
    /// </summary>
    /// <param name="facet">The facet.</param>
    /// <returns>The facet's share of the total, in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="facet"/> is not a defined facet.</exception>
    public double EffectiveWeight(SwitchingCostFacet facet)
    {
        int g = (int)SwitchingCostFacets.GroupOf(facet);
        return FacetWeight(facet) / GroupSum(g) * (_groups[g] / _groups.Sum());
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"facets [{string.Join(", ", _facets)}], groups [{string.Join(", ", _groups)}]");

    /// <summary>Σ w_f over the facets of group <paramref name="group"/> (positive).</summary>
    internal double GroupSum(int group)
    {
        double sum = 0;
        for (int i = 0; i < _facets.Length; i++)
        {
            if ((int)SwitchingCostFacets.GroupOf((SwitchingCostFacet)i) == group)
            {
                sum += _facets[i];
            }
        }

        return sum;
    }

    /// <summary>The raw facet weights.</summary>
    internal ReadOnlySpan<double> Facets => _facets;

    /// <summary>The raw group weights.</summary>
    internal ReadOnlySpan<double> Groups => _groups;
}
