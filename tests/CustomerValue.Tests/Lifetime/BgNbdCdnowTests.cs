using System.Diagnostics;
using CustomerValue.Lifetime;
using CustomerValue.Tests.TestSupport;
using Xunit.Abstractions;

namespace CustomerValue.Tests.Lifetime;

public sealed class BgNbdCdnowTests(ITestOutputHelper output)
{
    private static readonly BgNbdParameters Published = new(0.2425945, 4.4136019, 0.7929199, 2.4258881);

    [SharedDataFact]
    public void Fit_reproduces_the_published_cdnow_estimates()
    {
        CustomerSummary[] customers = CdnowData.Customers;
        Assert.Equal(2357, customers.Length);
        var watch = Stopwatch.StartNew();
        ModelFit<BgNbdModel> fit = BgNbdModel.Fit(customers).EnsureConverged();
        watch.Stop();
        output.WriteLine($"{fit.Model} LL={fit.LogLikelihood:R} it={fit.Iterations} {fit.ExitReason} in {watch.Elapsed.TotalMilliseconds:F0} ms");
        output.WriteLine(string.Join(", ", fit.StandardErrors.Select(e => $"{e.Key}={e.Value:G5}")));

        BgNbdParameters p = fit.Model.Parameters;
        Assert.Equal(0.2426, p.R, 0.2426 * 1e-3);
        Assert.Equal(4.4136, p.Alpha, 4.4136 * 1e-3);
        Assert.Equal(0.7930, p.A, 0.7930 * 1e-3);
        Assert.Equal(2.4259, p.B, 2.4259 * 1e-3);
        Assert.Equal(Published.R, p.R, Published.R * 1e-4);
        Assert.Equal(Published.Alpha, p.Alpha, Published.Alpha * 1e-4);
        Assert.Equal(Published.A, p.A, Published.A * 1e-4);
        Assert.Equal(Published.B, p.B, Published.B * 1e-4);
        Assert.Equal(-9582.43, fit.LogLikelihood, 0.01);
        Assert.Equal(2357, fit.Observations);
        Assert.True(fit.StandardErrors.All(e => e.Value > 0 && double.IsFinite(e.Value)));
    }

    [Fact]
    public void Published_predictions_for_the_example_customer()
    {
        var model = new BgNbdModel(Published);
        var customer = new CustomerSummary("1", 2, 30.43, 38.86);
        Assert.Equal(1.226, model.ConditionalExpectedPurchases(customer, 39), 0.0005);
        Assert.Equal(0.7266, model.ProbabilityAlive(customer), 0.00005);
    }

    [Theory]
    [InlineData(1, 0.0532)]
    [InlineData(3, 0.1506)]
    [InlineData(32, 1.0437)]
    [InlineData(78, 1.8580)]
    public void Published_unconditional_expectations(double t, double expected)
    {
        Assert.Equal(expected, BgNbdModel.ExpectedPurchases(Published, t), 0.00005);
    }

    [Fact]
    public void Published_purchase_count_probabilities()
    {
        Assert.Equal(0.5743, BgNbdModel.ProbabilityOfPurchases(Published, 0, 39), 0.00005);
        double p = BgNbdModel.ProbabilityOfPurchases(Published, 10, 2);
        Assert.Equal(1.0767e-7, p, 0.00005e-7);
    }

    [Theory]
    [InlineData(0, 0.0, -0.59947382)]
    [InlineData(200, 38.0, 100.7957)]
    public void Per_customer_log_likelihood(int x, double tx, double expected)
    {
        var p = new BgNbdParameters(0.25, 4, 0.8, 2.5);
        double ll = BgNbdModel.LogLikelihood(p, x, tx, 40);
        output.WriteLine($"x={x}: {ll:R}");
        Assert.Equal(expected, ll, Math.Abs(expected) * 1e-7 + 1e-7);
    }
}
