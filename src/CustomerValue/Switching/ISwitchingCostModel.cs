namespace CustomerValue.Switching;

/// <summary>Turns a customer's eight facet scores into group scores and a total switching cost.</summary>
/// <remarks>Implementations are immutable and thread-safe, and keep every score in [0, 1].</remarks>
public interface ISwitchingCostModel
{
    /// <summary>Scores one customer.</summary>
    /// <param name="facets">The eight facet scores.</param>
    /// <returns>The facet, group and total scores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facets"/> is null.</exception>
    SwitchingCostScore Score(FacetScores facets);

    /// <summary>How much the total rises per unit rise of one facet's score (∂ total / ∂ facet), for the what-if.</summary>
    /// <param name="facet">The facet.</param>
    /// <returns>The facet's weight in the total, in [0, 1].</returns>
    double TotalSensitivity(SwitchingCostFacet facet);
}
