using CustomerValue.Lifetime;
using CustomerValue.Numerics;

namespace CustomerValue.Tests.Numerics;

public sealed class MaximumLikelihoodTests
{
    [Fact]
    public void Exponential_rate_and_its_standard_error_with_numerical_gradient()
    {
        // n observations with total 50: λ̂ = n / Σx, SE = λ̂ / √n.
        const int n = 200;
        const double total = 50;
        var problem = new MaximumLikelihoodProblem(["lambda"], p => (n * Math.Log(p[0])) - (p[0] * total), null, [[1.0], [100.0]], n);
        MaximumLikelihoodResult result = MaximumLikelihood.Maximize(problem);
        Assert.True(result.Converged);
        Assert.Equal(4.0, result.Point[0], 1e-7);
        Assert.Equal(4.0 / Math.Sqrt(n), result.StandardErrors[0], 1e-5);
    }

    [Fact]
    public void Gamma_shape_and_rate_with_analytic_gradient()
    {
        // Sufficient statistics of a Gamma sample: n, Σx, Σ log x.
        const int n = 1000;
        double sum = 2000, sumLog = 500;
        double Ll(ReadOnlySpan<double> p) =>
            (n * ((p[0] * Math.Log(p[1])) - MathNet.Numerics.SpecialFunctions.GammaLn(p[0]))) + ((p[0] - 1) * sumLog) - (p[1] * sum);
        void Gradient(ReadOnlySpan<double> p, Span<double> g)
        {
            g[0] = (n * (Math.Log(p[1]) - MathNet.Numerics.SpecialFunctions.DiGamma(p[0]))) + sumLog;
            g[1] = (n * p[0] / p[1]) - sum;
        }

        var problem = new MaximumLikelihoodProblem(["shape", "rate"], Ll, Gradient, [[1.0, 1.0], [0.1, 10.0]], n);
        MaximumLikelihoodResult result = MaximumLikelihood.Maximize(problem);
        Assert.True(result.Converged);
        var g = new double[2];
        Gradient(result.Point, g);
        Assert.True(Math.Abs(g[0]) < 1e-6 && Math.Abs(g[1]) < 1e-6);

        // Same answer with the numerical gradient.
        MaximumLikelihoodResult numeric = MaximumLikelihood.Maximize(new MaximumLikelihoodProblem(["shape", "rate"], Ll, null, [[1.0, 1.0]], n));
        Assert.Equal(result.Point[0], numeric.Point[0], 1e-6 * result.Point[0]);
        Assert.Equal(result.StandardErrors[1], numeric.StandardErrors[1], 1e-3 * result.StandardErrors[1]);
    }

    [Fact]
    public void Non_finite_start_and_iteration_limit_are_reported_not_thrown()
    {
        var bad = new MaximumLikelihoodProblem(["x"], _ => double.NaN, null, [[1.0]], 1);
        MaximumLikelihoodResult r1 = MaximumLikelihood.Maximize(bad);
        Assert.Equal(FitExitReason.NonFiniteLikelihood, r1.ExitReason);
        Assert.False(r1.Converged);

        var slow = new MaximumLikelihoodProblem(["x", "y"], p => -Math.Pow(Math.Log(p[0]) - 3, 2) - (100 * Math.Pow(Math.Log(p[1]) - Math.Pow(Math.Log(p[0]), 2), 2)), null, [[1.0, 1.0]], 1);
        MaximumLikelihoodResult r2 = MaximumLikelihood.Maximize(slow, new FitOptions { MaxIterations = 2 });
        Assert.Equal(FitExitReason.MaximumIterations, r2.ExitReason);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Analytic_likelihood_gradient_matches_central_differences(int shift)
    {
        CustomerSummary[] data = BgNbdSimulator.Simulate(new BgNbdParameters(0.3, 5, 0.8, 2.5), 300, 39, seed: 4);
        PatternTable table = PatternTable.FromCustomers(data);
        double[] p = [0.4, 3.0, 1.2, 2.0];
        var g = new double[4];
        BuyTillYouDieFitting.Gradient(table, shift, p, g);
        for (int i = 0; i < 4; i++)
        {
            double h = 1e-6 * p[i];
            double[] up = (double[])p.Clone();
            double[] down = (double[])p.Clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (BuyTillYouDieFitting.LogLikelihood(table, shift, up) - BuyTillYouDieFitting.LogLikelihood(table, shift, down)) / (2 * h);
            Assert.Equal(numeric, g[i], 1e-5 * Math.Max(1, Math.Abs(numeric)));
        }
    }

    [Fact]
    public void Table_sum_equals_the_sum_of_per_customer_likelihoods()
    {
        CustomerSummary[] data = BgNbdSimulator.Simulate(new BgNbdParameters(0.3, 5, 0.8, 2.5), 300, 39, seed: 4);
        var p = new BgNbdParameters(0.4, 3.0, 1.2, 2.0);
        double sum = data.Sum(c => BgNbdModel.LogLikelihood(p, c.Frequency, c.Recency, c.T));
        Assert.Equal(sum, new BgNbdModel(p).LogLikelihood(data), 1e-9 * Math.Abs(sum));
    }
}
