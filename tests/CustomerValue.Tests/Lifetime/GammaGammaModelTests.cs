using CustomerValue.Lifetime;
using MathNet.Numerics;

namespace CustomerValue.Tests.Lifetime;

public sealed class GammaGammaModelTests
{
    private static readonly GammaGammaModel Model = new(6.25, 3.74, 15.44);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(30)]
    public void Density_of_the_mean_spend_integrates_to_one(int x)
    {
        // The complete constant: ∫ f(m̄ | x) dm̄ over (0, ∞) is 1. Substitute m̄ = u/(1 − u) to integrate over (0, 1).
        double total = Integrate.OnClosedInterval(
            u =>
            {
                if (u <= 0 || u >= 1)
                {
                    return 0.0;
                }

                double m = u / (1 - u);
                return Math.Exp(Model.LogLikelihood(x, m)) / ((1 - u) * (1 - u));
            },
            0,
            1,
            1e-10);
        Assert.Equal(1.0, total, 6);
    }

    [Fact]
    public void Log_likelihood_matches_the_closed_form()
    {
        // x = 2, m̄ = 22.35 (CDNOW customer 1), written out term by term.
        double p = 6.25, q = 3.74, g = 15.44, x = 2, m = 22.35;
        double expected = SpecialFunctions.GammaLn((p * x) + q) - SpecialFunctions.GammaLn(p * x) - SpecialFunctions.GammaLn(q)
            + (q * Math.Log(g)) + (((p * x) - 1) * Math.Log(m)) + (p * x * Math.Log(x)) - (((p * x) + q) * Math.Log(g + (x * m)));
        Assert.Equal(expected, Model.LogLikelihood(2, 22.35), 12);
        Assert.Equal(expected, GammaGammaModel.LogLikelihood(p, q, g, 2, 22.35), 12);
    }

    [Fact]
    public void Conditional_expected_spend_is_the_posterior_mean_formula()
    {
        // p(γ + x m̄)/(px + q − 1)
        double expected = 6.25 * (15.44 + (2 * 22.35)) / ((6.25 * 2) + 3.74 - 1);
        Assert.Equal(expected, Model.ConditionalExpectedSpend(2, 22.35), 12);
        Assert.Equal(expected, GammaGammaModel.ConditionalExpectedSpend(6.25, 3.74, 15.44, 2, 22.35), 12);
        Assert.Equal(expected, Model.ConditionalExpectedSpend(new CustomerSummary("1", 2, 30.43, 38.86, 22.35)), 12);
    }

    [Fact]
    public void Customers_without_repeat_purchases_get_the_population_mean()
    {
        double mean = 6.25 * 15.44 / 2.74;
        Assert.Equal(mean, Model.PopulationMeanSpend(), 12);
        Assert.Equal(mean, GammaGammaModel.PopulationMeanSpend(6.25, 3.74, 15.44), 12);
        Assert.Equal(mean, Model.ConditionalExpectedSpend(0, 0.0), 12);
        Assert.Equal(mean, Model.ConditionalExpectedSpend(new CustomerSummary("3", 0, 0, 38.86)), 12);
    }

    [Fact]
    public void Population_mean_is_refused_when_q_is_at_most_one()
    {
        var model = new GammaGammaModel(2, 0.9, 10);
        Assert.False(model.HasFiniteMeanSpend);
        var error = Assert.Throws<InvalidOperationException>(() => model.PopulationMeanSpend());
        Assert.Contains("q = 0.9", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => model.ConditionalExpectedSpend(0, 0));
        Assert.Equal("q", Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.PopulationMeanSpend(2, 1.0, 10)).ParamName);

        // With repeat purchases px + q > 1, so the conditional expectation is still finite.
        Assert.Equal(2 * (10 + (3 * 5.0)) / ((2 * 3) + 0.9 - 1), model.ConditionalExpectedSpend(3, 5.0), 12);
    }

    [Fact]
    public void Expected_spend_is_refused_when_px_plus_q_is_at_most_one()
    {
        var model = new GammaGammaModel(0.1, 0.5, 10);
        Assert.Throws<InvalidOperationException>(() => model.ConditionalExpectedSpend(2, 5.0));
        Assert.Equal(0.1 * (10 + 50.0) / ((0.1 * 10) + 0.5 - 1), model.ConditionalExpectedSpend(10, 5.0), 12);
        Assert.Equal("q", Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.ConditionalExpectedSpend(0.1, 0.5, 10, 2, 5.0)).ParamName);
    }

    [Theory]
    [InlineData(0.0, 1.0, 1.0, "p")]
    [InlineData(-1.0, 1.0, 1.0, "p")]
    [InlineData(double.NaN, 1.0, 1.0, "p")]
    [InlineData(1.0, 0.0, 1.0, "q")]
    [InlineData(1.0, double.PositiveInfinity, 1.0, "q")]
    [InlineData(1.0, 1.0, 0.0, "gamma")]
    [InlineData(1.0, 1.0, double.NaN, "gamma")]
    public void Invalid_parameters_are_refused_by_name(double p, double q, double gamma, string name)
    {
        Assert.False(GammaGammaParameters.IsValidParameterSet(p, q, gamma));
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new GammaGammaParameters(p, q, gamma)).ParamName);
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.LogLikelihood(p, q, gamma, 1, 1)).ParamName);
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.ConditionalExpectedSpend(p, q, gamma, 1, 1)).ParamName);
    }

    [Fact]
    public void Likelihood_needs_a_repeat_purchase_with_positive_spend()
    {
        Assert.Equal("frequency", Assert.Throws<ArgumentOutOfRangeException>(() => Model.LogLikelihood(0, 10)).ParamName);
        Assert.Equal("monetaryValue", Assert.Throws<ArgumentOutOfRangeException>(() => Model.LogLikelihood(1, 0)).ParamName);
        Assert.Equal("monetaryValue", Assert.Throws<ArgumentOutOfRangeException>(() => Model.LogLikelihood(1, double.NaN)).ParamName);
    }

    [Fact]
    public void Batch_scoring_equals_single_scoring_and_allocates_nothing()
    {
        var customers = new CustomerSummary[500];
        for (int i = 0; i < customers.Length; i++)
        {
            int x = i % 9;
            customers[i] = new CustomerSummary(i.ToString(System.Globalization.CultureInfo.InvariantCulture), x, x == 0 ? 0 : 10, 20, x == 0 ? 0 : 5 + (i % 37));
        }

        var destination = new double[customers.Length];
        Model.ConditionalExpectedSpend(customers, destination);
        for (int i = 0; i < customers.Length; i++)
        {
            Assert.Equal(Model.ConditionalExpectedSpend(customers[i]), destination[i]);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        Model.ConditionalExpectedSpend(customers, destination);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, after - before);
    }

    [Fact]
    public void Batch_scoring_checks_the_destination_and_names_a_bad_customer()
    {
        var customers = new[]
        {
            new CustomerSummary("a", 1, 1, 2, 10),
            new CustomerSummary("refund-heavy", 2, 1, 2, -3),
        };
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Model.ConditionalExpectedSpend(customers, new double[1])).ParamName);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Model.ConditionalExpectedSpend(customers, new double[2]));
        Assert.Contains("Customer 1 ('refund-heavy')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_are_a_value()
    {
        var parameters = new GammaGammaParameters(6.25, 3.74, 15.44);
        Assert.Equal(parameters, Model.Parameters);
        (double p, double q, double gamma) = parameters;
        Assert.Equal((6.25, 3.74, 15.44), (p, q, gamma));
        Assert.Equal("p = 6.25, q = 3.74, gamma = 15.44", parameters.ToString());
        Assert.Equal("gamma-gamma", Model.Name);
    }
}
