using CustomerValue.Lifetime;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerValue.Tests.Lifetime;

public sealed class RelationshipValueTests
{
    [Fact]
    public void Infinite_first_payment_now_matches_hand_computation()
    {
        // 100 · 1.1 / (1.1 − 0.8) = 110 / 0.3
        Assert.Equal(366.6666666666667, RelationshipValue.Infinite(100, 0.8, 0.1), 10);
    }

    [Fact]
    public void Infinite_first_payment_in_one_period_matches_hand_computation()
    {
        // 100 · 0.8 / 0.3
        Assert.Equal(266.6666666666667, RelationshipValue.InfiniteDeferred(100, 0.8, 0.1), 10);
        Assert.Equal(RelationshipValue.Infinite(100, 0.8, 0.1) - 100, RelationshipValue.InfiniteDeferred(100, 0.8, 0.1), 10);
    }

    [Fact]
    public void Finite_matches_hand_computation()
    {
        // 100 + 100·0.8/1.1 + 100·0.64/1.21
        double expected = 100 + (80 / 1.1) + (64 / 1.21);
        Assert.Equal(expected, RelationshipValue.Finite(100, 0.8, 0.1, 3), 10);
        Assert.Equal(expected - 100 + (100 * 0.512 / 1.331), RelationshipValue.FiniteDeferred(100, 0.8, 0.1, 3), 10);
    }

    [Theory]
    [InlineData(100.0, 0.8, 0.1)]
    [InlineData(50.0, 0.95, 0.01)]
    [InlineData(-20.0, 0.5, 0.0)]
    [InlineData(10.0, 1.0, 0.05)]
    [InlineData(10.0, 0.0, 0.05)]
    [InlineData(10.0, 0.999999, 1e-7)]
    public void Finite_sums_equal_brute_force_loops(double margin, double retention, double discount)
    {
        foreach (int n in new[] { 0, 1, 2, 5, 12, 100, 1000 })
        {
            double now = 0, deferred = 0;
            for (int t = 0; t < n; t++)
            {
                now += margin * Math.Pow(retention, t) / Math.Pow(1 + discount, t);
                deferred += margin * Math.Pow(retention, t + 1) / Math.Pow(1 + discount, t + 1);
            }

            double tolerance = 1e-10 * Math.Max(1, Math.Abs(now));
            Assert.InRange(RelationshipValue.Finite(margin, retention, discount, n), now - tolerance, now + tolerance);
            Assert.InRange(RelationshipValue.FiniteDeferred(margin, retention, discount, n), deferred - tolerance, deferred + tolerance);
        }
    }

    [Fact]
    public void Retention_one_without_discount_gives_n_payments_and_infinite_diverges()
    {
        Assert.Equal(1200, RelationshipValue.Finite(100, 1.0, 0.0, 12));
        Assert.Equal(1200, RelationshipValue.FiniteDeferred(100, 1.0, 0.0, 12));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RelationshipValue.Infinite(100, 1.0, 0.0));
        Assert.Contains("diverges", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => RelationshipValue.InfiniteDeferred(100, 1.0, 0.0));
    }

    [Fact]
    public void Retention_one_with_discount_is_a_perpetuity()
    {
        // m(1 + d)/d and m/d
        Assert.Equal(1100, RelationshipValue.Infinite(100, 1.0, 0.1), 9);
        Assert.Equal(1000, RelationshipValue.InfiniteDeferred(100, 1.0, 0.1), 9);
    }

    [Theory]
    [InlineData(double.NaN, 0.5, 0.1, "margin")]
    [InlineData(double.PositiveInfinity, 0.5, 0.1, "margin")]
    [InlineData(1.0, -0.1, 0.1, "retention")]
    [InlineData(1.0, 1.1, 0.1, "retention")]
    [InlineData(1.0, double.NaN, 0.1, "retention")]
    [InlineData(1.0, 0.5, -0.01, "discountRate")]
    [InlineData(1.0, 0.5, double.NaN, "discountRate")]
    public void Invalid_arguments_are_refused_by_name(double margin, double retention, double discount, string name)
    {
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => RelationshipValue.Infinite(margin, retention, discount)).ParamName);
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => RelationshipValue.Finite(margin, retention, discount, 3)).ParamName);
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => RelationshipValue.FiniteDeferred(margin, retention, discount, 3)).ParamName);
    }

    [Fact]
    public void Negative_periods_are_refused()
    {
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => RelationshipValue.Finite(1, 0.5, 0.1, -1)).ParamName);
    }

    private static Arbitrary<(double Margin, double Retention, double Discount)> Inputs() =>
        (from m in Gen.Choose(-1000, 1000)
         from r in Gen.Choose(0, 999)
         from d in Gen.Choose(0, 500)
         select (m / 10.0, r / 1000.0, d / 1000.0)).ToArbitrary();

    [Property]
    public Property Finite_tends_to_infinite_as_the_horizon_grows() =>
        Prop.ForAll(Inputs(), input =>
        {
            (double m, double r, double d) = input;
            double infinite = RelationshipValue.Infinite(m, r, d);
            double infiniteDeferred = RelationshipValue.InfiniteDeferred(m, r, d);

            // ρ ≤ 0.999: after 100,000 periods the tail ρ^N is below 1e-43.
            double far = RelationshipValue.Finite(m, r, d, 100_000);
            double farDeferred = RelationshipValue.FiniteDeferred(m, r, d, 100_000);
            double tolerance = 1e-9 * Math.Max(1, Math.Abs(infinite));

            // The gap to the limit shrinks (in absolute value) as N grows.
            double gap10 = Math.Abs(infinite - RelationshipValue.Finite(m, r, d, 10));
            double gap100 = Math.Abs(infinite - RelationshipValue.Finite(m, r, d, 100));
            return Math.Abs(far - infinite) <= tolerance
                && Math.Abs(farDeferred - infiniteDeferred) <= tolerance
                && gap100 <= gap10 + tolerance;
        });

    [Property]
    public Property Value_is_monotone_in_retention_for_a_positive_margin() =>
        Prop.ForAll(Inputs(), input =>
        {
            (double m, double r, double d) = input;
            double margin = Math.Abs(m) + 1;
            double higher = Math.Min(0.999, r + 0.01);
            return RelationshipValue.Infinite(margin, higher, d) >= RelationshipValue.Infinite(margin, r, d)
                && RelationshipValue.InfiniteDeferred(margin, higher, d) >= RelationshipValue.InfiniteDeferred(margin, r, d)
                && RelationshipValue.Finite(margin, higher, d, 24) >= RelationshipValue.Finite(margin, r, d, 24)
                && RelationshipValue.FiniteDeferred(margin, higher, d, 24) >= RelationshipValue.FiniteDeferred(margin, r, d, 24);
        });

    [Property]
    public Property Value_is_antitone_in_the_discount_rate_for_a_positive_margin() =>
        Prop.ForAll(Inputs(), input =>
        {
            (double m, double r, double d) = input;
            double margin = Math.Abs(m) + 1;
            return RelationshipValue.Infinite(margin, r, d + 0.01) <= RelationshipValue.Infinite(margin, r, d)
                && RelationshipValue.Finite(margin, r, d + 0.01, 24) <= RelationshipValue.Finite(margin, r, d, 24);
        });
}
