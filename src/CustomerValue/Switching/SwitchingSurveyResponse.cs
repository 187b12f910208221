namespace CustomerValue.Switching;

/// <summary>
/// One customer's answers to a switching-cost survey: a rating of each of the eight facets and of overall satisfaction, on
/// a Likert scale (1–7 by default), validated on creation and normalised onto [0, 1] by (x − min)/(max − min).
/// </summary>
/// <remarks>Immutable and thread-safe. Every error names the customer and the field, for example
/// <c>Customer 'k7': learning must be a rating from 1 to 7, but was 9.</c></remarks>
public sealed class SwitchingSurveyResponse
{
    private readonly double[] _ratings;

    /// <summary>Creates a response from eight facet ratings in canonical order and a satisfaction rating.</summary>
    /// <param name="customerId">The customer; not blank.</param>
    /// <param name="facetRatings">Eight ratings in the order of <see cref="SwitchingCostFacet"/>; NaN marks a missing answer, which is rejected.</param>
    /// <param name="satisfaction">Overall satisfaction on the same scale.</param>
    /// <param name="scale">The rating scale; null for 1–7.</param>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is blank, there are not eight ratings, or a rating is missing; the message names the customer and field.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is outside the scale; the message names the customer, field and value.</exception>
    public SwitchingSurveyResponse(string customerId, ReadOnlySpan<double> facetRatings, double satisfaction, LikertScale? scale = null)
    {
        CustomerId = SwitchingChecks.CustomerId(customerId, nameof(customerId));
        Scale = scale ?? LikertScale.SevenPoint;
        Facets = FacetScores.FromRatings(facetRatings, Scale, customerId);
        Satisfaction = Scale.Normalize(satisfaction, "satisfaction", nameof(satisfaction), customerId);
        SatisfactionRating = satisfaction;
        _ratings = facetRatings.ToArray();
    }

    /// <summary>The customer.</summary>
    public string CustomerId { get; }

    /// <summary>The rating scale.</summary>
    public LikertScale Scale { get; }

    /// <summary>The facet scores normalised onto [0, 1].</summary>
    public FacetScores Facets { get; }

    /// <summary>Satisfaction normalised onto [0, 1].</summary>
    public double Satisfaction { get; }

    /// <summary>Satisfaction as rated, on <see cref="Scale"/>.</summary>
    public double SatisfactionRating { get; }

    /// <summary>
    /// Creates a response from ratings by facet; every facet must be present. Use this when answers arrive by name (a form, a
    /// JSON document) and a facet may be missing.
    /// </summary>
    /// <param name="customerId">The customer; not blank.</param>
    /// <param name="facetRatings">A rating for each of the eight facets.</param>
    /// <param name="satisfaction">Overall satisfaction on the same scale.</param>
    /// <param name="scale">The rating scale; null for 1–7.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A facet is missing; the message names the customer and every missing facet.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is outside the scale.</exception>
    public static SwitchingSurveyResponse FromRatings(string customerId, IReadOnlyDictionary<SwitchingCostFacet, double> facetRatings, double satisfaction, LikertScale? scale = null)
    {
        SwitchingChecks.CustomerId(customerId, nameof(customerId));
        ArgumentNullException.ThrowIfNull(facetRatings);
        string[] missing = [.. SwitchingCostFacets.All.Where(f => !facetRatings.ContainsKey(f)).Select(SwitchingCostFacets.ColumnName)];
        if (missing.Length > 0)
        {
            throw new ArgumentException($"Customer '{customerId}': the survey has no score for {string.Join(", ", missing)} (missing facet{(missing.Length > 1 ? "s" : string.Empty)}); all eight facets are needed.", nameof(facetRatings));
        }

        double[] ratings = [.. SwitchingCostFacets.All.Select(f => facetRatings[f])];
        return new SwitchingSurveyResponse(customerId, ratings, satisfaction, scale);
    }

    /// <summary>A facet's rating as answered, on <see cref="Scale"/>.</summary>
    /// <param name="facet">The facet.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="facet"/> is not a defined facet.</exception>
    public double Rating(SwitchingCostFacet facet) => _ratings[SwitchingCostFacets.Index(facet)];

    /// <summary>The response as the input of the churn and what-if models.</summary>
    /// <param name="behaviour">Behaviour covariates of the churn model, in its order; null for none.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A behaviour value is not finite.</exception>
    public SwitchingCustomer ToCustomer(IReadOnlyList<double>? behaviour = null) =>
        new(CustomerId, Facets, Satisfaction, behaviour);
}
