using CustomerValue.Switching;

namespace CustomerValue.Tests.Switching;

/// <summary>Survey normalisation, facet/group/total scores and weights, with hand-computed values.</summary>
public sealed class FacetModelTests
{
    private static readonly double[] Mixed = [7, 1, 4, 4, 7, 1, 4, 1];

    [Fact]
    public void Ratings_map_linearly_onto_zero_one()
    {
        Assert.Equal(0.0, LikertScale.SevenPoint.Normalize(1));
        Assert.Equal(0.5, LikertScale.SevenPoint.Normalize(4));
        Assert.Equal(1.0, LikertScale.SevenPoint.Normalize(7));
        Assert.Equal(0.75, LikertScale.FivePoint.Normalize(4));
        Assert.Equal(1.0 / 6, LikertScale.SevenPoint.PointsToScore(1), 15);
        Assert.Equal(5.5, LikertScale.SevenPoint.Denormalize(0.75));
    }

    [Fact]
    public void Equal_weights_average_facets_within_groups_and_groups_into_the_total()
    {
        var response = new SwitchingSurveyResponse("a", Mixed, 3);
        SwitchingCostScore score = FacetSwitchingCostModel.Default.Score(response.Facets);

        // Normalised: [1, 0, .5, .5 | 1, 0 | .5, 0].
        Assert.Equal(0.5, score.Procedural, 15);
        Assert.Equal(0.5, score.Financial, 15);
        Assert.Equal(0.25, score.Relational, 15);
        Assert.Equal(1.25 / 3, score.Total, 15);
        Assert.Equal(0.5, score.Barrier, 15);
        Assert.Equal(1.0 / 3, response.Satisfaction, 15);
        Assert.Equal(4.0, response.Rating(SwitchingCostFacet.Learning));
    }

    [Fact]
    public void Caller_weights_change_the_groups_and_the_total()
    {
        var weights = new SwitchingCostWeights([2, 1, 1, 0, 1, 3, 1, 1], procedural: 1, financial: 2, relational: 1);
        SwitchingCostScore score = new FacetSwitchingCostModel(weights).Score(new SwitchingSurveyResponse("a", Mixed, 3).Facets);

        Assert.Equal((2 * 1.0 + 0 + 0.5 + 0) / 4, score.Procedural, 15);
        Assert.Equal(1.0 / 4, score.Financial, 15);
        Assert.Equal(0.25, score.Relational, 15);
        Assert.Equal((0.625 + (2 * 0.25) + 0.25) / 4, score.Total, 15);

        // The effective weights sum to one and give the total as a plain weighted sum of facets.
        double[] facets = new SwitchingSurveyResponse("a", Mixed, 3).Facets.ToArray();
        Assert.Equal(1.0, SwitchingCostFacets.All.Sum(weights.EffectiveWeight), 14);
        Assert.Equal(score.Total, SwitchingCostFacets.All.Sum(f => weights.EffectiveWeight(f) * facets[(int)f]), 14);
    }

    [Fact]
    public void Facets_belong_to_the_published_groups_and_parse_by_name()
    {
        Assert.Equal(4, SwitchingCostFacets.FacetsOf(SwitchingCostGroup.Procedural).Count);
        Assert.Equal([SwitchingCostFacet.BenefitLoss, SwitchingCostFacet.MonetaryLoss], SwitchingCostFacets.FacetsOf(SwitchingCostGroup.Financial));
        Assert.Equal(SwitchingCostGroup.Relational, SwitchingCostFacets.GroupOf(SwitchingCostFacet.BrandRelationship));
        Assert.True(SwitchingCostFacets.TryParse("Benefit-Loss", out SwitchingCostFacet? f) && f == SwitchingCostFacet.BenefitLoss);
        Assert.True(SwitchingCostFacets.TryParse("personal", out f) && f == SwitchingCostFacet.PersonalRelationship);
        Assert.True(SwitchingCostFacets.TryParse("EconomicRisk", out f) && f == SwitchingCostFacet.EconomicRisk);
        Assert.False(SwitchingCostFacets.TryParse("price", out _));
        Assert.Equal(CustomerValue.IO.SwitchingSurveyCsv.Header, "customer_id," + string.Join(',', SwitchingCostFacets.ColumnNames) + ",satisfaction");
    }

    [Fact]
    public void An_out_of_range_rating_names_the_customer_the_field_and_the_value()
    {
        double[] ratings = [4, 4, 9, 4, 4, 4, 4, 4];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SwitchingSurveyResponse("k7", ratings, 4));
        Assert.Contains("Customer 'k7'", e.Message, StringComparison.Ordinal);
        Assert.Contains("learning must be a rating from 1 to 7, but was 9", e.Message, StringComparison.Ordinal);

        var s = Assert.Throws<ArgumentOutOfRangeException>(() => new SwitchingSurveyResponse("k8", [4, 4, 4, 4, 4, 4, 4, 4], 0));
        Assert.Contains("Customer 'k8': satisfaction must be a rating from 1 to 7, but was 0", s.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_facet_names_the_customer_and_the_facets()
    {
        var answers = SwitchingCostFacets.All.Where(f => f is not SwitchingCostFacet.Setup and not SwitchingCostFacet.BrandRelationship).ToDictionary(f => f, _ => 4.0);
        var e = Assert.Throws<ArgumentException>(() => SwitchingSurveyResponse.FromRatings("k9", answers, 5));
        Assert.Contains("Customer 'k9'", e.Message, StringComparison.Ordinal);
        Assert.Contains("setup, brand_relationship", e.Message, StringComparison.Ordinal);

        var nan = Assert.Throws<ArgumentException>(() => new SwitchingSurveyResponse("k10", [4, 4, 4, 4, double.NaN, 4, 4, 4], 5));
        Assert.Contains("Customer 'k10': the survey has no benefit_loss score", nan.Message, StringComparison.Ordinal);

        var shortRow = Assert.Throws<ArgumentException>(() => new SwitchingSurveyResponse("k11", [4, 4, 4], 5));
        Assert.Contains("Customer 'k11': expected 8 facet scores", shortRow.Message, StringComparison.Ordinal);

        var complete = SwitchingCostFacets.All.ToDictionary(f => f, f => 1.0 + (int)f % 7);
        Assert.Equal(1.0, SwitchingSurveyResponse.FromRatings("ok", complete, 5).Rating(SwitchingCostFacet.EconomicRisk));
    }

    [Fact]
    public void Bad_weights_are_rejected_with_what_is_wrong()
    {
        Assert.Contains("relational group are all zero", Assert.Throws<ArgumentException>(() => new SwitchingCostWeights([1, 1, 1, 1, 1, 1, 0, 0])).Message, StringComparison.Ordinal);
        Assert.Contains("weight of setup", Assert.Throws<ArgumentOutOfRangeException>(() => new SwitchingCostWeights([1, 1, 1, -1, 1, 1, 1, 1])).Message, StringComparison.Ordinal);
        Assert.Contains("all zero", Assert.Throws<ArgumentException>(() => SwitchingCostWeights.Default.WithGroupWeights(0, 0, 0)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => SwitchingCostWeights.Default.WithFacetWeight(SwitchingCostFacet.Learning, double.NaN));
        Assert.Throws<ArgumentException>(() => new SwitchingCostWeights([1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FacetScores([0, 0, 0, 0, 0, 0, 0, 1.5]));
        Assert.Throws<ArgumentException>(() => new SwitchingSurveyResponse(" ", Mixed, 4));
    }

    [Fact]
    public void Captive_rule_flags_dissatisfied_customers_held_only_by_barriers()
    {
        var captive = new SwitchingSurveyResponse("c", [6, 6, 6, 6, 6, 6, 2, 2], 2);
        var related = new SwitchingSurveyResponse("r", [6, 6, 6, 6, 6, 6, 6, 6], 2);
        var happy = new SwitchingSurveyResponse("h", [6, 6, 6, 6, 6, 6, 2, 2], 6);
        Assert.True(SwitchingCostAnalysis.Default.Assess(captive).Captive);
        Assert.False(SwitchingCostAnalysis.Default.Assess(related).Captive);
        Assert.False(SwitchingCostAnalysis.Default.Assess(happy).Captive);
        var strict = new SwitchingCostAnalysis(captiveRule: new CaptiveRule { BarrierAtLeast = 0.9 });
        Assert.False(strict.Assess(captive).Captive);
    }
}
