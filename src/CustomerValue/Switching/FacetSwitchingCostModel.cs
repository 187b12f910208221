namespace CustomerValue.Switching;

/// <summary>
/// The facet model of switching costs after Burnham, Frels &amp; Mahajan (2003): a group score is the weighted mean of its
/// facets, G_g = Σ_{f∈g} w_f s_f / Σ_{f∈g} w_f, and the total is the weighted mean of the groups, C = Σ_g W_g G_g / Σ_g W_g.
/// With scores in [0, 1] every output is in [0, 1].
/// </summary>
/// <remarks>Immutable and thread-safe; scoring allocates only the result.</remarks>
public sealed class FacetSwitchingCostModel : ISwitchingCostModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="weights">The facet and group weights; null for <see cref="SwitchingCostWeights.Default"/>.</param>
    public FacetSwitchingCostModel(SwitchingCostWeights? weights = null)
    {
        Weights = weights ?? SwitchingCostWeights.Default;
    }

    /// <summary>The model with equal weights.</summary>
    public static FacetSwitchingCostModel Default { get; } = new();

    /// <summary>The weights.</summary>
    public SwitchingCostWeights Weights { get; }

    /// <summary>The total switching cost of eight facet scores under <paramref name="weights"/> (the pure kernel of <see cref="Score"/>).</summary>
    /// <param name="facets">Eight scores in [0, 1], canonical order (not checked here).</param>
    /// <param name="weights">The weights.</param>
    /// <param name="groups">Receives the three group scores (procedural, financial, relational); at least three long.</param>
    /// <returns>The total, in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">A span is too short.</exception>
    public static double Total(ReadOnlySpan<double> facets, SwitchingCostWeights weights, Span<double> groups)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (facets.Length < SwitchingCostFacets.Count || groups.Length < 3)
        {
            throw new ArgumentException($"Need {SwitchingCostFacets.Count} facet scores and room for 3 group scores, but got {facets.Length} and {groups.Length}.", nameof(facets));
        }

        ReadOnlySpan<double> w = weights.Facets;
        groups[..3].Clear();
        for (int i = 0; i < SwitchingCostFacets.Count; i++)
        {
            groups[(int)SwitchingCostFacets.GroupOf((SwitchingCostFacet)i)] += w[i] * facets[i];
        }

        ReadOnlySpan<double> gw = weights.Groups;
        double total = 0, groupWeightSum = 0;
        for (int g = 0; g < 3; g++)
        {
            // Clamp away the last-bit rounding of a weighted mean of values in [0, 1].
            groups[g] = Math.Clamp(groups[g] / weights.GroupSum(g), 0.0, 1.0);
            total += gw[g] * groups[g];
            groupWeightSum += gw[g];
        }

        return Math.Clamp(total / groupWeightSum, 0.0, 1.0);
    }

    /// <inheritdoc/>
    public SwitchingCostScore Score(FacetScores facets)
    {
        ArgumentNullException.ThrowIfNull(facets);
        Span<double> groups = stackalloc double[3];
        double total = Total(facets.AsSpan(), Weights, groups);
        return new SwitchingCostScore(facets, groups[0], groups[1], groups[2], total);
    }

    /// <inheritdoc/>
    public double TotalSensitivity(SwitchingCostFacet facet) => Weights.EffectiveWeight(facet);
}
