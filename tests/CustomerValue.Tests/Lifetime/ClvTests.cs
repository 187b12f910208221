using CustomerValue.Lifetime;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerValue.Tests.Lifetime;

public sealed class ClvTests
{
    private static readonly GammaGammaModel Spend = new(6.25, 3.74, 15.44);
    private static readonly CustomerSummary Repeat = new("1", 2, 30.43, 38.86, 22.35);
    private static readonly CustomerSummary New = new("3", 0, 0, 38.86);

    [Fact]
    public void Poisson_model_clv_matches_a_hand_computation()
    {
        // λ = 0.1 purchases per week, monthly steps of 365.2425/12/7 weeks, 3 months, margin 0.3, 1 % per month.
        var model = new ClvFakeTransactionModel(0.1, 0.0);
        var options = ClvOptions.FromCalendar(3, TimePeriod.Month, TimePeriod.Week) with { Margin = 0.3, DiscountRate = 0.01 };
        double step = 365.2425 / 12 / 7;
        Assert.Equal(step, options.StepLength, 14);

        double spend = Spend.ConditionalExpectedSpend(Repeat);
        double perStep = 0.1 * step * spend * 0.3;
        double expected = (perStep / 1.01) + (perStep / (1.01 * 1.01)) + (perStep / (1.01 * 1.01 * 1.01));
        var clv = new CustomerLifetimeValue(model, Spend, options);
        Assert.Equal(expected, clv.Calculate(Repeat), 10);
        Assert.Equal(expected, CustomerLifetimeValue.Calculate(model, Repeat, spend, options), 10);
    }

    [Fact]
    public void Dying_customer_clv_matches_a_hand_computation()
    {
        // E[X(T, T + τ)] = λ(1 − e^(−μτ))/μ; step 4 weeks, 2 steps, d = 0.05.
        var model = new ClvFakeTransactionModel(0.5, 0.1);
        var options = new ClvOptions(2, 4.0) { Margin = 0.5, DiscountRate = 0.05 };
        double e1 = 5 * (1 - Math.Exp(-0.4)), e2 = 5 * (1 - Math.Exp(-0.8));
        double spend = Spend.PopulationMeanSpend();
        double expected = ((e1 / 1.05) + ((e2 - e1) / (1.05 * 1.05))) * spend * 0.5;
        Assert.Equal(expected, new CustomerLifetimeValue(model, Spend, options).Calculate(New), 10);
        Assert.Equal((e1 / 1.05) + ((e2 - e1) / (1.05 * 1.05)), CustomerLifetimeValue.DiscountedExpectedPurchases(model, New, options), 12);
    }

    [Fact]
    public void Without_discount_and_with_margin_one_clv_is_expected_purchases_times_spend()
    {
        var model = new ClvFakeTransactionModel(0.3, 0.02);
        var options = new ClvOptions(12, 365.2425 / 12 / 7);
        double expected = model.ConditionalExpectedPurchases(Repeat, options.HorizonLength) * Spend.ConditionalExpectedSpend(Repeat);
        Assert.Equal(expected, new CustomerLifetimeValue(model, Spend, options).Calculate(Repeat), 10);
        Assert.Equal(12 * 365.2425 / 12 / 7, options.HorizonLength, 12);
    }

    [Fact]
    public void Batch_equals_single_and_allocates_nothing()
    {
        var model = new ClvFakeTransactionModel(0.2, 0.05);
        var clv = new CustomerLifetimeValue(model, Spend, new ClvOptions(24, 4.348) { Margin = 0.2, DiscountRate = 0.01 });
        var customers = new CustomerSummary[300];
        for (int i = 0; i < customers.Length; i++)
        {
            int x = i % 7;
            customers[i] = new CustomerSummary($"c{i}", x, x == 0 ? 0 : 20, 38, x == 0 ? 0 : 10 + (i % 50));
        }

        var destination = new double[customers.Length];
        clv.Calculate(customers, destination);
        for (int i = 0; i < customers.Length; i++)
        {
            Assert.Equal(clv.Calculate(customers[i]), destination[i], 12);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        clv.Calculate(customers, destination);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => clv.Calculate(customers, new double[10])).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Options_refuse_an_empty_horizon(int steps) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClvOptions(steps, 1.0));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Options_refuse_a_bad_step_length(double length) =>
        Assert.Equal("StepLength", Assert.Throws<ArgumentOutOfRangeException>(() => new ClvOptions(3, length)).ParamName);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Options_refuse_a_margin_outside_zero_to_one(double margin) =>
        Assert.Equal("Margin", Assert.Throws<ArgumentOutOfRangeException>(() => new ClvOptions(3, 1.0) { Margin = margin }).ParamName);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Options_refuse_a_bad_discount_rate(double rate) =>
        Assert.Equal("DiscountRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ClvOptions(3, 1.0) { DiscountRate = rate }).ParamName);

    [Fact]
    public void Options_have_documented_defaults()
    {
        var options = new ClvOptions(12, 4.0);
        Assert.Equal(1.0, options.Margin);
        Assert.Equal(0.0, options.DiscountRate);
        Assert.Equal(1.0, ClvOptions.FromCalendar(1, TimePeriod.Week, TimePeriod.Week).StepLength);
        Assert.Equal(365.2425 / 12, ClvOptions.FromCalendar(1, TimePeriod.Month, TimePeriod.Day).StepLength, 12);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var model = new ClvFakeTransactionModel(0.1, 0);
        var options = new ClvOptions(1, 1);
        Assert.Throws<ArgumentNullException>(() => new CustomerLifetimeValue(null!, Spend, options));
        Assert.Throws<ArgumentNullException>(() => new CustomerLifetimeValue(model, null!, options));
        Assert.Throws<ArgumentNullException>(() => new CustomerLifetimeValue(model, Spend, null!));
        Assert.Equal("expectedSpend", Assert.Throws<ArgumentOutOfRangeException>(() => CustomerLifetimeValue.Calculate(model, Repeat, -1, options)).ParamName);
        Assert.Throws<InvalidOperationException>(() => new CustomerLifetimeValue(model, new GammaGammaModel(1, 0.5, 1), options).Calculate(New));
    }

    private static Arbitrary<(double Lambda, double Mu, int Steps, double Step, double Margin, double Discount, int X, double M)> Inputs() =>
        (from lambda in Gen.Choose(0, 1000)
         from mu in Gen.Choose(0, 1000)
         from steps in Gen.Choose(1, 60)
         from step in Gen.Choose(1, 100)
         from margin in Gen.Choose(0, 100)
         from discount in Gen.Choose(0, 100)
         from x in Gen.Choose(0, 50)
         from m in Gen.Choose(1, 100_000)
         select (lambda / 1000.0, mu / 2000.0, steps, step / 10.0, margin / 100.0, discount / 1000.0, x, m / 100.0)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Clv_is_nonnegative_and_nondecreasing_in_the_horizon() =>
        Prop.ForAll(Inputs(), input =>
        {
            var model = new ClvFakeTransactionModel(input.Lambda, input.Mu);
            var customer = new CustomerSummary("c", input.X, input.X == 0 ? 0 : 1, 2, input.X == 0 ? 0 : input.M);
            var options = new ClvOptions(input.Steps, input.Step) { Margin = input.Margin, DiscountRate = input.Discount };
            double shorter = new CustomerLifetimeValue(model, Spend, options).Calculate(customer);
            double longer = new CustomerLifetimeValue(model, Spend, options with { HorizonSteps = input.Steps + 1 }).Calculate(customer);
            return double.IsFinite(shorter) && shorter >= 0 && longer >= shorter;
        });

    [Property(MaxTest = 300)]
    public Property Clv_with_a_constant_rate_is_a_discounted_annuity() =>
        Prop.ForAll(Inputs(), input =>
        {
            // μ = 0: each step brings λ·s purchases, so CLV = λ s E[M] margin Σ_k (1 + d)^(−k) = λ s E[M] margin · RelationshipValue.FiniteDeferred(1, 1, d, H).
            var model = new ClvFakeTransactionModel(input.Lambda, 0);
            var options = new ClvOptions(input.Steps, input.Step) { Margin = input.Margin, DiscountRate = input.Discount };
            double spend = Spend.PopulationMeanSpend();
            double expected = input.Lambda * input.Step * spend * input.Margin * RelationshipValue.FiniteDeferred(1, 1, input.Discount, input.Steps);
            double actual = new CustomerLifetimeValue(model, Spend, options).Calculate(New);
            return Math.Abs(actual - expected) <= 1e-9 * Math.Max(1, expected);
        });
}
