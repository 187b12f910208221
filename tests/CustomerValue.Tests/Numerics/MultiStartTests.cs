using CustomerValue.Lifetime;
using CustomerValue.Numerics;

namespace CustomerValue.Tests.Numerics;

/// <summary>
/// The multi-start engine: later starts stop once they enter the basin of the optimum already found, yet a start that
/// heads for a better optimum still runs to it and wins.
/// </summary>
public sealed class MultiStartTests
{
    [Fact]
    public void A_later_start_that_finds_a_better_optimum_wins()
    {
        // F(θ) = [(θ² − 1)² + 0.3 θ]/100 in θ = log p: a worse minimum near θ = 1 and a better one near θ = −1 (scaled so
        // that the first, steepest-descent step stays in the basin it starts in).
        static double Ll(ReadOnlySpan<double> p)
        {
            double t = Math.Log(p[0]);
            return -((((t * t) - 1) * ((t * t) - 1)) + (0.3 * t)) / 100;
        }

        static void Gradient(ReadOnlySpan<double> p, Span<double> g)
        {
            double t = Math.Log(p[0]);
            g[0] = -((4 * t * ((t * t) - 1)) + 0.3) / 100 / p[0];
        }

        var problem = new MaximumLikelihoodProblem(["p"], Ll, Gradient, [[Math.Exp(1.2)], [Math.Exp(0.9)], [Math.Exp(-1.2)]], 1);
        MaximumLikelihoodResult result = MaximumLikelihood.Maximize(problem);
        Assert.True(result.Converged);
        Assert.Equal(2, result.StartIndex);
        Assert.True(Math.Log(result.Point[0]) < -0.9, $"θ = {Math.Log(result.Point[0])}");
    }

    [Fact]
    public void Starts_that_reach_the_same_optimum_leave_the_first_answer_unchanged()
    {
        CustomerSummary[] data = BgNbdSimulator.Simulate(new BgNbdParameters(0.3, 5, 0.8, 2.5), 2000, 39, seed: 11);
        double[][] starts = [[1.0, 10.0, 1.0, 1.0], [0.5, 5.0, 0.5, 2.0], [2.0, 20.0, 2.0, 5.0]];
        ModelFit<BgNbdModel> all = BgNbdModel.Fit(data, new FitOptions { StartingPoints = starts }).EnsureConverged();
        ModelFit<BgNbdModel> first = BgNbdModel.Fit(data, new FitOptions { StartingPoints = [starts[0]] }).EnsureConverged();
        Assert.Equal(first.LogLikelihood, all.LogLikelihood);
        Assert.Equal(first.Parameters, all.Parameters);
        Assert.Equal(first.StandardErrors, all.StandardErrors);

        // And each later start, run on its own, converges to the same optimum.
        foreach (double[] start in starts.Skip(1))
        {
            ModelFit<BgNbdModel> alone = BgNbdModel.Fit(data, new FitOptions { StartingPoints = [start] }).EnsureConverged();
            Assert.Equal(first.LogLikelihood, alone.LogLikelihood, 1e-7);
            for (int i = 0; i < 4; i++)
            {
                Assert.Equal(first.Parameters[i].Value, alone.Parameters[i].Value, 1e-6 * first.Parameters[i].Value);
            }
        }
    }

    [Fact]
    public void Basin_holds_points_the_quadratic_model_explains_and_no_other_stationary_point()
    {
        // F(θ) = ½ θᵀ H θ with H = [[4, 1], [1, 2]]: optimum 0, value 0.
        double[] h = [4, 1, 1, 2];
        OptimumBasin basin = OptimumBasin.TryCreate([0.0, 0.0], 0.0, h) ?? throw new InvalidOperationException("H is positive definite");
        double[] near = [0.01, -0.02];
        double[] gradient = [(4 * near[0]) + near[1], near[0] + (2 * near[1])];
        double value = 0.5 * ((near[0] * gradient[0]) + (near[1] * gradient[1]));
        Assert.True(basin.Contains(near, value, gradient));

        // Another stationary point (zero gradient) close by, one below the optimum, and one too far away.
        Assert.False(basin.Contains(near, value, [0.0, 0.0]));
        Assert.False(basin.Contains(near, -1e-3, gradient));
        double[] far = [0.5, 0.0];
        Assert.False(basin.Contains(far, 0.5, [2.0, 0.5]));
        Assert.Null(OptimumBasin.TryCreate([0.0, 0.0], 0.0, [1, 2, 2, 1]));
    }
}
