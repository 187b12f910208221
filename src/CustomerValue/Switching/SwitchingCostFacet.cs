namespace CustomerValue.Switching;

/// <summary>
/// The eight switching-cost facets of Burnham, Frels &amp; Mahajan (2003), "Consumer switching costs: a typology, antecedents,
/// and consequences", <i>Journal of the Academy of Marketing Science</i> 31(2), 109–126; grouped by
/// <see cref="SwitchingCostFacets.GroupOf"/> into procedural, financial and relational costs.
/// </summary>
/// <remarks>The numeric values 0–7 are the facets' canonical order, used by every span of eight facet values.</remarks>
public enum SwitchingCostFacet
{
    /// <summary>Economic risk: the uncertainty of a poorer outcome with an untried provider (procedural).</summary>
    EconomicRisk = 0,

    /// <summary>Evaluation: the time and effort of searching for and assessing alternatives (procedural).</summary>
    Evaluation = 1,

    /// <summary>Learning: the time and effort of acquiring the skills or know-how a new provider needs (procedural).</summary>
    Learning = 2,

    /// <summary>Setup: the time and effort of starting with a new provider, the organisational adjustment (procedural).</summary>
    Setup = 3,

    /// <summary>Benefit loss: points, discounts and tenure perks forfeited by leaving (financial).</summary>
    BenefitLoss = 4,

    /// <summary>Monetary loss: one-time outlays such as exit fees, deposits and sunk purchases (financial).</summary>
    MonetaryLoss = 5,

    /// <summary>Personal relationship loss: the bonds with the people the customer deals with (relational).</summary>
    PersonalRelationship = 6,

    /// <summary>Brand relationship loss: the identification with the brand or firm given up (relational).</summary>
    BrandRelationship = 7,
}
