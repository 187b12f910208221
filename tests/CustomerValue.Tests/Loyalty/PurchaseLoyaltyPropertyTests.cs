using CustomerValue.Loyalty;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerValue.Tests.Loyalty;

public sealed class PurchaseLoyaltyPropertyTests
{
    /// <summary>A value from −10 to 10⁸ spread over magnitudes (including 0 and negatives, which count as zero).</summary>
    private static Gen<double> Amount() =>
        Gen.OneOf(
            Gen.Choose(-10, 100).Select(i => (double)i),
            Gen.Choose(0, 800).Select(e => Math.Round(Math.Pow(10, e / 100.0), 2)));

    private static Gen<LoyaltyAnchor> Anchor() =>
        from typical in Gen.Choose(0, 10_000)
        from spread in Gen.Choose(1, 100_000)
        select new LoyaltyAnchor(typical / 10.0, (typical / 10.0) + (spread / 10.0));

    /// <summary>A model with random anchors and weights (some zero), and a point (a, b, c, d).</summary>
    private static Arbitrary<(BalancedLoyaltyModel Model, double[] Point)> Inputs() =>
        (from pa in Anchor()
         from pb in Anchor()
         from pc in Anchor()
         from pd in Anchor()
         from weights in Gen.ArrayOf(Gen.Choose(0, 4), 4)
         from point in Gen.ArrayOf(Amount(), 4)
         let w = weights.Sum() == 0 ? [1, 1, 1, 1] : weights
         select (new BalancedLoyaltyModel(new PurchaseLoyaltyCalibration(pa, pb, pc, pd), new LoyaltyInputWeights(w[0], w[1], w[2], w[3])), point))
        .ToArbitrary();

    private static double Score(BalancedLoyaltyModel model, double[] p) => model.Score(p[0], p[1], p[2], p[3]);

    [Property(MaxTest = 400)]
    public Property F_is_between_zero_and_one() =>
        Prop.ForAll(Inputs(), input =>
        {
            double f = Score(input.Model, input.Point);
            return f >= 0 && f <= 1;
        });

    [Property(MaxTest = 400)]
    public Property F_is_non_decreasing_in_each_input() =>
        Prop.ForAll(Inputs(), Arb.From(Amount()), Arb.From(Gen.Choose(0, 3)), (input, step, which) =>
        {
            double[] higher = (double[])input.Point.Clone();
            higher[which] += Math.Abs(step);
            return Score(input.Model, higher) >= Score(input.Model, input.Point);
        });

    [Property(MaxTest = 200)]
    public Property Yearly_activity_scores_equal_the_scalar_scores() =>
        Prop.ForAll(Inputs(), input =>
        {
            double[] p = input.Point;
            var activity = new YearlyActivity("C", 2024, (int)Math.Clamp(p[0], -10, 1e6), (int)Math.Clamp(p[1], -10, 1e6), (decimal)p[2], (decimal)p[3]);
            double scalar = input.Model.Score(activity.PurchaseCount, activity.DistinctProducts, (double)activity.Units, (double)activity.Spend);
            return input.Model.Score(activity) == scalar;
        });
}
