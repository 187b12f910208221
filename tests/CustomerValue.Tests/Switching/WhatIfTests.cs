using CustomerValue.Economics;
using CustomerValue.Switching;

namespace CustomerValue.Tests.Switching;

/// <summary>The what-if chain facet → churn → retention → value, with hand-computed values.</summary>
public sealed class WhatIfTests
{
    private static readonly CustomerValuationOptions Valuation = new() { Margin = 100, DiscountRate = 0.1 };

    private static SwitchingCustomer K1 => new SwitchingSurveyResponse("k1", [4, 4, 4, 4, 4, 4, 4, 4], 5).ToCustomer();

    [Fact]
    public void One_point_of_learning_cost_flows_through_to_customer_value()
    {
        var engine = new SwitchingWhatIf(valuation: Valuation);
        CustomerWhatIf r = engine.Evaluate(K1, SwitchingChange.OfFacet(SwitchingCostFacet.Learning, 1));

        // Learning 0.5 → 2/3; procedural (1.5 + 2/3)/4; total (procedural + 1)/3 = 0.513889; logit 1 − 2.5·S − 2C + 0.5·S·C.
        Assert.Equal(0.18242552380635635, r.ChurnBefore, 14);
        Assert.Equal(0.17899840630331204, r.ChurnAfter, 14);
        Assert.Equal(100 * 1.1 / (0.1 + 0.18242552380635635), r.ValueBefore, 10);
        Assert.Equal(389.48321142327393, r.ValueBefore, 9);
        Assert.Equal(394.26748509958827, r.ValueAfter, 9);
        Assert.Equal(4.784273676314342, r.ValueChange, 9);
        Assert.Equal(458.53, r.ContractualValueBefore, 2);
        Assert.Equal(464.45, r.ContractualValueAfter, 2);
        Assert.False(r.Clamped);
        Assert.False(r.CaptiveNotLoyal);
        Assert.Equal(1 - r.ChurnAfter, r.RetentionAfter, 15);

        // The figures quoted in docs/switching-costs.md: a point of satisfaction is worth far more than a point on one facet.
        CustomerWhatIf satisfaction = engine.Evaluate(K1, SwitchingChange.OfSatisfaction(1));
        Assert.Equal(0.1330, satisfaction.ChurnAfter, 4);
        Assert.Equal(82.69, satisfaction.ValueChange, 2);
    }

    [Fact]
    public void The_contractual_value_approaches_the_relationship_value_as_uncertainty_vanishes()
    {
        foreach (PaymentTiming timing in new[] { PaymentTiming.FirstPaymentNow, PaymentTiming.FirstPaymentInOnePeriod })
        {
            foreach (int? horizon in new int?[] { null, 5 })
            {
                var certain = Valuation with { Concentration = 1e7, Timing = timing, HorizonPeriods = horizon };
                var uncertain = certain with { Concentration = 5 };
                double rv = SwitchingWhatIf.RelationshipValueOf(0.3, certain);
                Assert.Equal(rv, SwitchingWhatIf.ContractualValueOf(0.3, certain), 3);
                Assert.True(SwitchingWhatIf.ContractualValueOf(0.3, uncertain) > rv, "Heterogeneity raises the expected value (Jensen).");
            }
        }
    }

    [Fact]
    public void The_contractual_value_is_the_discounted_sbg_survival_sum()
    {
        // θ ~ Beta(κp, κ(1 − p)) with p = 0.2, κ = 10: α = 2, β = 8; S(t) = Π (β + i)/(α + β + i); value = m Σ S(t)/(1 + d)^t.
        double sum = 0, s = 1, discount = 1;
        for (int t = 0; t < 5000; t++)
        {
            sum += s * discount;
            s *= (8.0 + t) / (10.0 + t);
            discount /= 1.1;
        }

        Assert.Equal(100 * sum, SwitchingWhatIf.ContractualValueOf(0.2, Valuation), 8);
        double deferred = SwitchingWhatIf.ContractualValueOf(0.2, Valuation with { Timing = PaymentTiming.FirstPaymentInOnePeriod });
        Assert.Equal(100 * (sum - 1), deferred, 8);
        double threeYears = SwitchingWhatIf.ContractualValueOf(0.2, Valuation with { HorizonPeriods = 3 });
        Assert.Equal(100 * (1 + (0.8 / 1.1) + (0.8 * 9 / 11 / 1.21)), threeYears, 10);
    }

    [Fact]
    public void The_base_result_sums_customers_and_prices_a_point()
    {
        SwitchingCustomer[] customers = [.. SwitchingSurveySimulator.Generate(50, 3).Select(r => r.ToCustomer())];
        var engine = new SwitchingWhatIf(valuation: Valuation);
        WhatIfResult two = engine.Evaluate(customers, SwitchingChange.OfAllFacets(2));
        Assert.Equal(50, two.Count);
        Assert.Equal(two.Customers.Sum(c => c.ValueChange), two.ValueChange, 9);
        Assert.Equal(two.ValueChange / 50 / 2, two.ValueChangePerCustomerPerPoint, 12);
        Assert.True(two.MeanChurnAfter < two.MeanChurnBefore);
        Assert.True(two.ContractualValueChange > 0);
        Assert.True(two.ClampedCustomers > 0, "Some simulated customers already rate a facet 6 or 7.");

        WhatIfResult none = engine.Evaluate(customers, SwitchingChange.OfSatisfaction(0));
        Assert.Equal(0.0, none.ValueChange);
        Assert.Equal(0.0, none.ValueChangePerCustomerPerPoint);
        Assert.True(engine.Evaluate(customers, SwitchingChange.OfSatisfaction(-1)).ValueChange < 0);
        Assert.Throws<ArgumentException>(() => engine.Evaluate(Array.Empty<SwitchingCustomer>(), SwitchingChange.OfAllFacets(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SwitchingWhatIf(valuation: Valuation with { DiscountRate = 0 }));
    }

    [Fact]
    public void Raising_barriers_for_a_dissatisfied_customer_without_relationships_is_flagged()
    {
        SwitchingCustomer unhappy = new SwitchingSurveyResponse("u", [4, 3, 3, 3, 3, 3, 2, 2], 2).ToCustomer();
        var engine = new SwitchingWhatIf(valuation: Valuation);
        CustomerWhatIf fee = engine.Evaluate(unhappy, SwitchingChange.OfFacet(SwitchingCostFacet.MonetaryLoss, 4));
        Assert.True(fee.ChurnAfter < fee.ChurnBefore);
        Assert.True(fee.CaptiveNotLoyal, "A large exit fee holds a dissatisfied customer who has no relationship with the firm.");
        Assert.False(engine.Evaluate(unhappy, SwitchingChange.OfFacet(SwitchingCostFacet.PersonalRelationship, 4)).CaptiveNotLoyal);
        Assert.False(engine.Evaluate(unhappy, SwitchingChange.OfSatisfaction(1)).CaptiveNotLoyal);

        WhatIfResult flagged = engine.Evaluate([unhappy, K1], SwitchingChange.OfFacet(SwitchingCostFacet.MonetaryLoss, 4));
        Assert.Equal(1, flagged.CaptiveNotLoyalCustomers);
        Assert.Equal(fee.ValueChange, flagged.CaptiveNotLoyalValueChange, 12);
        Assert.Equal("monetary_loss +4 point(s) on 1–7", SwitchingChange.OfFacet(SwitchingCostFacet.MonetaryLoss, 4).ToString());
    }
}
