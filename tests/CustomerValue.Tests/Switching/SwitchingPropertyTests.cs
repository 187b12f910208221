using CustomerValue.Economics;
using CustomerValue.Switching;
using FsCheck.Xunit;

namespace CustomerValue.Tests.Switching;

/// <summary>Invariants of the switching-cost models over arbitrary ratings, weights and predictors (FsCheck draws the integers that index them).</summary>
public sealed class SwitchingPropertyTests
{
    private static double U(int k) => unchecked((uint)k * 2654435761u) / 4294967296.0;

    private static double Rating(int k) => 1 + Math.Round(U(k) * 12) / 2;

    private static double[] Ratings(int seed) => [.. Enumerable.Range(0, 8).Select(i => Rating(unchecked(seed + (i * 7919))))];

    [Property(MaxTest = 300)]
    public void Scores_stay_in_zero_one_and_the_total_between_the_groups(int seed, int weightSeed, int satisfaction)
    {
        double[] weights = [.. Enumerable.Range(0, 8).Select(i => Math.Round(U(unchecked(weightSeed + (i * 104729))) * 3))];
        for (int i = 0; i < 8; i += i < 4 ? 4 : 2)
        {
            weights[i] += 0.5;
        }

        var model = new FacetSwitchingCostModel(new SwitchingCostWeights(weights, U(weightSeed), 1 - U(weightSeed), 0.25));
        var response = new SwitchingSurveyResponse("p", Ratings(seed), Rating(satisfaction));
        SwitchingCostScore score = model.Score(response.Facets);
        double[] groups = [score.Procedural, score.Financial, score.Relational];
        Assert.All(response.Facets.ToArray(), s => Assert.InRange(s, 0.0, 1.0));
        Assert.All(groups, g => Assert.InRange(g, 0.0, 1.0));
        Assert.InRange(score.Total, groups.Min() - 1e-12, groups.Max() + 1e-12);
        Assert.InRange(response.Satisfaction, 0.0, 1.0);

        double churn = new SwitchingCostAnalysis(model).Assess(response).ChurnProbability;
        Assert.InRange(churn, 0.0, 1.0);
    }

    [Property(MaxTest = 300)]
    public void Default_churn_is_non_increasing_in_switching_cost_and_in_satisfaction(int ks, int kc1, int kc2)
    {
        LogisticChurnModel m = LogisticChurnModel.Default;
        double s = U(ks), c1 = Math.Min(U(kc1), U(kc2)), c2 = Math.Max(U(kc1), U(kc2));
        Assert.True(m.Probability(s, c2) <= m.Probability(s, c1), $"cost: S={s}, {c1} -> {c2}");
        Assert.True(m.Probability(c2, s) <= m.Probability(c1, s), $"satisfaction: C={s}, {c1} -> {c2}");
        Assert.True(m.SwitchingCostEffect(s, c1, []) <= 0);
    }

    [Property(MaxTest = 300)]
    public void Raising_any_facet_never_raises_default_churn(int seed, int satisfaction, int facet, int points)
    {
        SwitchingCustomer customer = new SwitchingSurveyResponse("p", Ratings(seed), Rating(satisfaction)).ToCustomer();
        var change = SwitchingChange.OfFacet((SwitchingCostFacet)(Math.Abs(facet % 8)), 1 + Math.Abs(points % 6));
        CustomerWhatIf r = new SwitchingWhatIf().Evaluate(customer, change);
        Assert.True(r.ChurnAfter <= r.ChurnBefore);
        Assert.True(r.ValueAfter >= r.ValueBefore && r.ContractualValueAfter >= r.ContractualValueBefore);
    }

    [Property(MaxTest = 300)]
    public void Customer_value_is_non_decreasing_when_churn_falls(int kp1, int kp2, int kd, int km, int kh, bool deferred, int kk)
    {
        double low = Math.Min(U(kp1), U(kp2)), high = Math.Max(U(kp1), U(kp2));
        var valuation = new CustomerValuationOptions
        {
            Margin = 1000 * U(km),
            DiscountRate = 0.001 + U(kd),
            Timing = deferred ? PaymentTiming.FirstPaymentInOnePeriod : PaymentTiming.FirstPaymentNow,
            HorizonPeriods = kh % 3 == 0 ? null : Math.Abs(kh % 40),
            Concentration = 0.5 + (50 * U(kk)),
        };
        double rvLow = SwitchingWhatIf.RelationshipValueOf(low, valuation), rvHigh = SwitchingWhatIf.RelationshipValueOf(high, valuation);
        double sbgLow = SwitchingWhatIf.ContractualValueOf(low, valuation), sbgHigh = SwitchingWhatIf.ContractualValueOf(high, valuation);
        Assert.True(double.IsFinite(rvLow) && double.IsFinite(sbgLow));
        Assert.True(rvLow >= rvHigh * (1 - 1e-12), $"RV: churn {low} -> {rvLow}, churn {high} -> {rvHigh}");
        Assert.True(sbgLow >= sbgHigh * (1 - 1e-9), $"sBG: churn {low} -> {sbgLow}, churn {high} -> {sbgHigh}");
    }

    [Property(MaxTest = 200)]
    public void Proxy_scores_stay_in_zero_one_and_the_bond_rises_with_products(int points, int fees, int products, int lines, int years)
    {
        int n = Math.Abs(products % 30);
        int c = n == 0 ? 0 : 1 + Math.Abs(lines % n);
        var proxies = new SwitchingCostProxies(Math.Abs(points % 100_000), 0, Math.Abs(fees % 10_000), n, c, Math.Abs(years % 60));
        Assert.All(proxies.ToFacetScores().ToArray(), s => Assert.InRange(s, 0.0, 1.0));
        if (n > 0)
        {
            Assert.True(StructuralBond.Default.Score(n + 1, c) >= StructuralBond.Default.Score(n, c));
        }
    }
}
