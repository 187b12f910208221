using System.Globalization;

namespace CustomerValue.Switching;

/// <summary>
/// A what-if change: <see cref="Points"/> rating points on one facet, on all facets or on satisfaction, on a rating scale
/// (1–7 by default, where one point is 1/6 of the normalised scale). The new score is clamped to [0, 1], so a customer
/// already at the top gains nothing.
/// </summary>
/// <remarks>Immutable and thread-safe. Create it with <see cref="OfFacet"/>, <see cref="OfAllFacets"/> or <see cref="OfSatisfaction"/>.</remarks>
public sealed record SwitchingChange
{
    private SwitchingChange(SwitchingLever lever, SwitchingCostFacet? facet, double points, LikertScale? scale)
    {
        Lever = lever;
        Facet = facet;
        Points = SwitchingChecks.Finite(points, nameof(points), "The change in rating points");
        Scale = scale ?? LikertScale.SevenPoint;
    }

    /// <summary>What the change moves.</summary>
    public SwitchingLever Lever { get; }

    /// <summary>The facet, when <see cref="Lever"/> is <see cref="SwitchingLever.Facet"/>; otherwise null.</summary>
    public SwitchingCostFacet? Facet { get; }

    /// <summary>The change in rating points (positive raises the score).</summary>
    public double Points { get; }

    /// <summary>The rating scale the points are on.</summary>
    public LikertScale Scale { get; }

    /// <summary>The change on the normalised [0, 1] scale: points/(max − min).</summary>
    public double ScoreChange => Scale.PointsToScore(Points);

    /// <summary>
    /// Whether the change raises only procedural or financial costs (a positive change of one of their facets): the kind of
    /// change seed 002 warns about when it is made without relational value.
    /// </summary>
    public bool RaisesBarrierOnly =>
        Lever == SwitchingLever.Facet && Points > 0 && SwitchingCostFacets.GroupOf(Facet!.Value) != SwitchingCostGroup.Relational;

    /// <summary>A change of one facet by <paramref name="points"/> rating points.</summary>
    /// <param name="facet">The facet.</param>
    /// <param name="points">Rating points, for example +1; finite.</param>
    /// <param name="scale">The rating scale; null for 1–7.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The facet is not defined or the points are not finite.</exception>
    public static SwitchingChange OfFacet(SwitchingCostFacet facet, double points, LikertScale? scale = null)
    {
        _ = SwitchingCostFacets.Index(facet);
        return new SwitchingChange(SwitchingLever.Facet, facet, points, scale);
    }

    /// <summary>A change of all eight facets by <paramref name="points"/> rating points.</summary>
    /// <param name="points">Rating points; finite.</param>
    /// <param name="scale">The rating scale; null for 1–7.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The points are not finite.</exception>
    public static SwitchingChange OfAllFacets(double points, LikertScale? scale = null) => new(SwitchingLever.AllFacets, null, points, scale);

    /// <summary>A change of satisfaction by <paramref name="points"/> rating points.</summary>
    /// <param name="points">Rating points; finite.</param>
    /// <param name="scale">The rating scale; null for 1–7.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The points are not finite.</exception>
    public static SwitchingChange OfSatisfaction(double points, LikertScale? scale = null) => new(SwitchingLever.Satisfaction, null, points, scale);

    /// <summary>The customer after the change, and whether a score hit the end of the scale (and was clamped).</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The changed customer and the clamping flag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    public (SwitchingCustomer Changed, bool Clamped) Apply(SwitchingCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        double step = ScoreChange;
        bool clamped = false;
        double Move(double score)
        {
            double moved = score + step;
            clamped |= moved < 0 || moved > 1;
            return Math.Clamp(moved, 0.0, 1.0);
        }

        if (Lever == SwitchingLever.Satisfaction)
        {
            double satisfaction = Move(customer.Satisfaction);
            return (customer.With(customer.Facets, satisfaction), clamped);
        }

        Span<double> facets = stackalloc double[SwitchingCostFacets.Count];
        customer.Facets.CopyTo(facets);
        for (int i = 0; i < facets.Length; i++)
        {
            if (Lever == SwitchingLever.AllFacets || i == (int)Facet!.Value)
            {
                facets[i] = Move(facets[i]);
            }
        }

        return (customer.With(new FacetScores(facets), customer.Satisfaction), clamped);
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        string target = Lever switch
        {
            SwitchingLever.Facet => SwitchingCostFacets.ColumnName(Facet!.Value),
            SwitchingLever.AllFacets => "all facets",
            _ => "satisfaction",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{target} {Points:+0.###;-0.###;0} point(s) on {Scale}");
    }
}
