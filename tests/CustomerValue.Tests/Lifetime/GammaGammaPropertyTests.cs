using CustomerValue.Lifetime;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerValue.Tests.Lifetime;

public sealed class GammaGammaPropertyTests
{
    /// <summary>Parameters with q &gt; 1 (finite population mean), a frequency up to 10,000 and a mean spend from 0.01 to 100,000.</summary>
    private static Arbitrary<(double P, double Q, double Gamma, int X, double Spend)> Inputs() =>
        (from p in Gen.Choose(1, 5000)
         from q in Gen.Choose(1, 5000)
         from g in Gen.Choose(1, 10000)
         from x in Gen.OneOf(Gen.Choose(0, 20), Gen.Choose(0, 10_000), Gen.Constant(10_000))
         from spendExponent in Gen.Choose(-200, 500)
         select (p / 100.0, 1.0 + (q / 1000.0), g / 10.0, x, Math.Pow(10, spendExponent / 100.0))).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Expected_spend_is_positive_and_between_the_population_mean_and_the_own_mean() =>
        Prop.ForAll(Inputs(), input =>
        {
            (double p, double q, double g, int x, double spend) = input;
            var model = new GammaGammaModel(p, q, g);
            double expected = model.ConditionalExpectedSpend(x, spend);
            double mean = model.PopulationMeanSpend();
            double low = Math.Min(mean, x == 0 ? mean : spend);
            double high = Math.Max(mean, x == 0 ? mean : spend);
            double slack = 1e-12 * high;
            return double.IsFinite(expected) && expected > 0 && expected >= low - slack && expected <= high + slack;
        });

    [Property(MaxTest = 500)]
    public Property Expected_spend_is_the_weighted_average_of_the_population_mean_and_the_own_mean() =>
        Prop.ForAll(Inputs(), input =>
        {
            (double p, double q, double g, int x, double spend) = input;
            double expected = GammaGammaModel.ConditionalExpectedSpend(p, q, g, x, spend);
            double denominator = (p * x) + q - 1;
            double mix = ((q - 1) / denominator * GammaGammaModel.PopulationMeanSpend(p, q, g)) + ((p * x) / denominator * spend);
            return Math.Abs(expected - mix) <= 1e-10 * Math.Max(1, Math.Abs(mix));
        });

    [Property(MaxTest = 500)]
    public Property Log_likelihood_is_finite_for_valid_inputs() =>
        Prop.ForAll(Inputs(), input =>
        {
            (double p, double q, double g, int x, double spend) = input;
            return double.IsFinite(GammaGammaModel.LogLikelihood(p, q, g, Math.Max(1, x), spend));
        });

    [Fact]
    public void Very_frequent_customers_are_scored_finitely()
    {
        var model = new GammaGammaModel(6.25, 3.74, 15.44);
        double spend = model.ConditionalExpectedSpend(10_000, 1e6);
        Assert.True(double.IsFinite(spend));
        Assert.InRange(spend, 0.999 * 1e6, 1e6);
        Assert.True(double.IsFinite(model.LogLikelihood(10_000, 1e6)));
        Assert.True(double.IsFinite(model.LogLikelihood(int.MaxValue, 1e-3)));
        Assert.True(double.IsFinite(model.ConditionalExpectedSpend(int.MaxValue, double.MaxValue)));
    }
}
