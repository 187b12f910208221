using CustomerValue.Lifetime;
using Xunit.Abstractions;

namespace CustomerValue.Tests.Lifetime;

/// <summary>The constant-retention relationship value against the heterogeneous sBG cohort.</summary>
public sealed class RetentionCurveTests(ITestOutputHelper output)
{
    private static readonly ShiftedBetaGeometricModel RegularCohort = new(new ShiftedBetaGeometricParameters(0.704, 1.182));

    [Fact]
    public void Relationship_value_must_show_numbers()
    {
        // m = 100, r = 0.8, d = 0.1, first payment one period from now: m r/(1 + d − r) and the first 5 payments.
        Assert.Equal(266.67, RelationshipValue.InfiniteDeferred(100, 0.8, 0.1), 0.005);
        Assert.Equal(212.41, RelationshipValue.FiniteDeferred(100, 0.8, 0.1, 5), 0.005);

        // By hand: Σ_{t=1..5} 100 (0.8/1.1)^t.
        double byHand = 0;
        for (int t = 1; t <= 5; t++)
        {
            byHand += 100 * Math.Pow(0.8 / 1.1, t);
        }

        Assert.Equal(byHand, RelationshipValue.FiniteDeferred(100, 0.8, 0.1, 5), 10);
    }

    [Fact]
    public void Constant_rate_defaults_to_the_first_renewal_and_undervalues_the_heterogeneous_cohort()
    {
        RetentionCurve curve = RetentionCurve.Compare(RegularCohort, margin: 100, discountRate: 0.1, periods: 12);
        double r1 = 1.182 / (0.704 + 1.182);
        Assert.Equal(r1, curve.ConstantRetention, 14);
        Assert.Equal(12, curve.Periods);
        foreach (RetentionCurvePoint p in curve.Points)
        {
            output.WriteLine($"t={p.Period,2}: constant S={p.ConstantSurvival:F3} r={p.ConstantRetention:F3} | sBG S={p.HeterogeneousSurvival:F3} r={p.HeterogeneousRetention:F3}");
            Assert.Equal(Math.Pow(r1, p.Period), p.ConstantSurvival, 12);
            Assert.Equal(RegularCohort.Survival(p.Period), p.HeterogeneousSurvival, 12);
            Assert.Equal(RegularCohort.Retention(p.Period), p.HeterogeneousRetention, 14);
            Assert.True(p.HeterogeneousSurvival >= p.ConstantSurvival - 1e-15);
        }

        output.WriteLine($"value: constant {curve.ConstantValue:F2}, sBG {curve.HeterogeneousValue:F2} ({100 * curve.ValueUnderstatement:F1} %); 12 periods: {curve.ConstantHorizonValue:F2} vs {curve.HeterogeneousHorizonValue:F2}");
        Assert.Equal(RelationshipValue.Infinite(100, r1, 0.1), curve.ConstantValue, 10);
        Assert.Equal(100 * RegularCohort.DiscountedExpectedLifetime(0.1), curve.HeterogeneousValue, 10);
        Assert.Equal(RelationshipValue.Finite(100, r1, 0.1, 12), curve.ConstantHorizonValue, 10);
        double horizon = 0;
        for (int t = 0; t < 12; t++)
        {
            horizon += 100 * RegularCohort.Survival(t) / Math.Pow(1.1, t);
        }

        Assert.Equal(horizon, curve.HeterogeneousHorizonValue, 10);
        Assert.True(curve.HeterogeneousValue > curve.ConstantValue);
        Assert.True(curve.ValueUnderstatement > 0.3);
    }

    [Fact]
    public void A_chosen_constant_rate_is_used_as_given_and_arguments_are_checked()
    {
        RetentionCurve curve = RetentionCurve.Compare(RegularCohort, constantRetention: 0.8, margin: 100, discountRate: 0.1, periods: 5);
        Assert.Equal(RelationshipValue.Infinite(100, 0.8, 0.1), curve.ConstantValue, 10);
        Assert.Equal(0.8 * 0.8, curve.Points[1].ConstantSurvival, 14);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => RetentionCurve.Compare(RegularCohort, 100, 0.1, 0)).ParamName);
        Assert.Equal("discountRate", Assert.Throws<ArgumentOutOfRangeException>(() => RetentionCurve.Compare(RegularCohort, 100, 0.0, 5)).ParamName);
        Assert.Equal("retention", Assert.Throws<ArgumentOutOfRangeException>(() => RetentionCurve.Compare(RegularCohort, 1.5, 100, 0.1, 5)).ParamName);
        Assert.Throws<ArgumentNullException>(() => RetentionCurve.Compare(null!, 100, 0.1, 5));
    }
}
