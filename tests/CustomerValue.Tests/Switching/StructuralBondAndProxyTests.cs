using CustomerValue.Switching;

namespace CustomerValue.Tests.Switching;

/// <summary>Structural bonds and measured proxies, with hand-computed values.</summary>
public sealed class StructuralBondAndProxyTests
{
    [Fact]
    public void The_bond_rises_with_products_and_lines_with_diminishing_returns()
    {
        StructuralBond bond = StructuralBond.Default;
        Assert.Equal(0.0, bond.Score(0, 0));
        Assert.Equal(0.0, bond.Score(1, 1));
        Assert.Equal(0.2, bond.Score(2, 1), 15);
        Assert.Equal(1 - (0.8 * 0.8 * 0.7), bond.Score(3, 2), 15);
        Assert.Equal(1 - (Math.Pow(0.8, 4) * 0.7 * 0.7), bond.Score(5, 3), 15);
        double previousGain = double.PositiveInfinity;
        for (int n = 1; n < 12; n++)
        {
            double gain = bond.Score(n + 1, 1) - bond.Score(n, 1);
            Assert.True(gain > 0 && gain < previousGain);
            previousGain = gain;
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => bond.Score(2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => bond.Score(2, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StructuralBond(1.0, 0.1));
    }

    [Fact]
    public void Proxies_map_onto_the_documented_facets()
    {
        var proxies = new SwitchingCostProxies(pointsBalanceValue: 60, tenurePerksValue: 40, contractFees: 300, productsHeld: 2, productLines: 1, yearsWithFirm: 5);
        FacetScores s = proxies.ToFacetScores();
        Assert.Equal(0.5, s[SwitchingCostFacet.EconomicRisk]);
        Assert.Equal(0.5, s[SwitchingCostFacet.Evaluation]);
        Assert.Equal(5.0 / 7, s[SwitchingCostFacet.Learning], 15);
        Assert.Equal(0.2, s[SwitchingCostFacet.Setup], 15);
        Assert.Equal(0.5, s[SwitchingCostFacet.BenefitLoss], 15);
        Assert.Equal(0.75, s[SwitchingCostFacet.MonetaryLoss], 15);
        Assert.Equal(0.5, s[SwitchingCostFacet.PersonalRelationship]);
        Assert.Equal(0.5, s[SwitchingCostFacet.BrandRelationship], 15);

        FacetScores survey = FacetScores.Uniform(0.9);
        FacetScores merged = proxies.ToFacetScores(new ProxyNormalization { BenefitHalfValue = 50, UnmeasuredScore = 0 }, survey);
        Assert.Equal(0.9, merged[SwitchingCostFacet.PersonalRelationship]);
        Assert.Equal(100.0 / 150, merged[SwitchingCostFacet.BenefitLoss], 15);
        Assert.Equal(0.0, proxies.ToFacetScores(new ProxyNormalization { UnmeasuredScore = 0 })[SwitchingCostFacet.Evaluation]);

        Assert.Contains("contract fees", Assert.Throws<ArgumentOutOfRangeException>(() => new SwitchingCostProxies(0, 0, -1, 0, 0, 0)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProxyNormalization { TenureHalfYears = 0 });
    }
}
