namespace CustomerValue.Switching;

/// <summary>
/// A customer's switching costs as scored by an <see cref="ISwitchingCostModel"/>: the eight facet scores, the three group
/// scores and the total, all on [0, 1].
/// </summary>
/// <param name="Facets">The eight facet scores.</param>
/// <param name="Procedural">The procedural group score (economic risk, evaluation, learning, setup), in [0, 1].</param>
/// <param name="Financial">The financial group score (benefit loss, monetary loss), in [0, 1].</param>
/// <param name="Relational">The relational group score (personal and brand relationship loss), in [0, 1].</param>
/// <param name="Total">The total switching cost, in [0, 1]: the weighted mean of the three groups.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SwitchingCostScore(FacetScores Facets, double Procedural, double Financial, double Relational, double Total)
{
    /// <summary>The score of a group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>Its score, in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined group.</exception>
    public double Group(SwitchingCostGroup group) => group switch
    {
        SwitchingCostGroup.Procedural => Procedural,
        SwitchingCostGroup.Financial => Financial,
        SwitchingCostGroup.Relational => Relational,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, $"{group} is not a switching-cost group."),
    };

    /// <summary>
    /// The "barrier" costs that keep a customer without its liking the firm: the larger of the procedural and the financial
    /// group score (seed 002: 程序 and 财政 switching costs). Used by <see cref="CaptiveRule"/>.
    /// </summary>
    public double Barrier => Math.Max(Procedural, Financial);
}
