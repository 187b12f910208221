using CustomerValue.Lifetime;

namespace CustomerValue.Tests.Lifetime;

/// <summary>
/// The one-pass likelihood evaluations used by the fits (value and gradient together, tables of distinct ages and
/// recencies, tail-series coefficients shared by a frequency) against the per-customer kernels and central differences.
/// </summary>
public sealed class FitLikelihoodEvaluationTests
{
    private static readonly CustomerSummary[] Simulated =
        BgNbdSimulator.Simulate(new BgNbdParameters(0.3, 5, 0.8, 2.5), [.. Enumerable.Range(0, 400).Select(i => 27.0 + (i % 13))], seed: 7);

    private static readonly double[][] BgPoints = [[0.4, 3.0, 1.2, 2.0], [0.24, 4.4, 0.79, 2.43], [2.0, 60.0, 0.05, 30.0], [0.05, 0.5, 5.0, 0.3]];

    private static readonly double[][] ParetoPoints =
    [
        [0.55, 10.6, 0.61, 11.7], // α < β
        [0.55, 11.7, 0.61, 10.6], // α > β
        [0.55, 10.6, 0.61, 10.6], // α = β
        [0.5, 8.0, 0.5, 32.0], // z up to 0.75: long series
        [0.5, 10.3, 4.8, 214.0], // z up to 0.95: the series, beyond the value-only limit
        [0.3, 1000, 2.0, 0.05], // z close to 1: the hypergeometric fallback
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Buy_till_you_die_value_equals_the_sum_of_per_customer_kernels(int shift)
    {
        PatternTable table = PatternTable.FromCustomers(Simulated);
        var evaluation = new BuyTillYouDieLikelihood(table, shift);
        double[] gradient = new double[4];
        foreach (double[] p in BgPoints)
        {
            double expected = Simulated.Sum(c => BuyTillYouDieKernels.LogLikelihood(p[0], p[1], p[2], p[3], shift, c.Frequency, c.Recency, c.T));
            Assert.Equal(expected, evaluation.Evaluate(p, default), 1e-10 * Math.Abs(expected));
            Assert.Equal(expected, evaluation.Evaluate(p, gradient), 1e-10 * Math.Abs(expected));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Buy_till_you_die_gradient_equals_central_differences_at_several_points(int shift)
    {
        var evaluation = new BuyTillYouDieLikelihood(PatternTable.FromCustomers(Simulated), shift);
        foreach (double[] p in BgPoints)
        {
            AssertGradientMatches(p, g => evaluation.Evaluate(p, g), q => evaluation.Evaluate(q, default));
        }
    }

    [Fact]
    public void Pareto_value_equals_the_sum_of_per_customer_kernels()
    {
        PatternTable table = PatternTable.FromCustomers(Simulated);
        var evaluation = new ParetoNbdLikelihood(table);
        double[] gradient = new double[4];
        foreach (double[] p in ParetoPoints)
        {
            double expected = Simulated.Sum(c => ParetoNbdKernels.LogLikelihood(p[0], p[1], p[2], p[3], c.Frequency, c.Recency, c.T));
            Assert.Equal(expected, evaluation.Evaluate(p, default), 1e-10 * Math.Abs(expected));
            Assert.Equal(expected, evaluation.Evaluate(p, gradient), 1e-10 * Math.Abs(expected));
        }
    }

    [Fact]
    public void Pareto_gradient_equals_central_differences_at_several_points_with_one_evaluator()
    {
        // One evaluator for every point: its caches (tail-series coefficients, tails per age) must not leak between points.
        var evaluation = new ParetoNbdLikelihood(PatternTable.FromCustomers(Simulated));
        foreach (double[] p in ParetoPoints.Concat(ParetoPoints.Reverse()))
        {
            AssertGradientMatches(p, g => evaluation.Evaluate(p, g), q => evaluation.Evaluate(q, default));
        }
    }

    [Fact]
    public void Tail_series_gives_the_same_tail_gradient_reused_or_fresh()
    {
        var shared = new ParetoNbdTailSeries();
        double[] reused = new double[4];
        double[] fresh = new double[4];
        foreach ((double alpha, double beta, int x) in new[] { (10.6, 11.7, 3), (11.7, 10.6, 3), (8.0, 32.0, 0), (32.0, 8.0, 12) })
        {
            // Small u first (large z), then large u, then small again: the coefficients are extended and reused.
            foreach (double u in new[] { 0.0, 38.0, 0.5, 12.0 })
            {
                double a = ParetoNbdKernels.LogTail(0.55, alpha, 0.61, beta, x, u, shared, reused);
                double b = ParetoNbdKernels.LogTail(0.55, alpha, 0.61, beta, x, u, new ParetoNbdTailSeries(), fresh);
                Assert.Equal(ParetoNbdKernels.LogTail(0.55, alpha, 0.61, beta, x, u), a, 1e-14 * Math.Abs(a));
                Assert.Equal(b, a, 1e-15 * Math.Abs(b));
                for (int i = 0; i < 4; i++)
                {
                    Assert.Equal(fresh[i], reused[i], 1e-14 * Math.Max(1, Math.Abs(fresh[i])));
                }

                double[] p = [0.55, alpha, 0.61, beta];
                AssertGradientMatches(p, g => ParetoNbdKernels.LogTail(p[0], p[1], p[2], p[3], x, u, shared, g), q => ParetoNbdKernels.LogTail(q[0], q[1], q[2], q[3], x, u));
            }
        }
    }

    [Fact]
    public void Pattern_table_indexes_its_distinct_ages_and_recencies()
    {
        PatternTable table = PatternTable.FromCustomers(Simulated);
        Assert.Equal(table.T.Distinct().Order(), table.Ages);
        Assert.Equal(table.Tx.Distinct().Order(), table.Recencies);
        for (int i = 0; i < table.Rows; i++)
        {
            Assert.Equal(table.T[i], table.Ages[table.AgeIndex[i]]);
            Assert.Equal(table.Tx[i], table.Recencies[table.RecencyIndex[i]]);
        }
    }

    /// <summary>
    /// Compares with the five-point central difference (f(−2h) − 8f(−h) + 8f(h) − f(2h))/(12h), h = 10⁻³ of the parameter:
    /// its truncation error is O(h⁴), and the step is large enough for the rounding of the Gamma functions not to matter.
    /// </summary>
    private static void AssertGradientMatches(double[] p, Func<double[], double> withGradient, Func<double[], double> value)
    {
        double[] analytic = new double[4];
        withGradient(analytic);
        for (int i = 0; i < 4; i++)
        {
            double h = 1e-3 * p[i];
            double At(double shift)
            {
                double[] q = (double[])p.Clone();
                q[i] += shift;
                return value(q);
            }

            double numeric = (At(-2 * h) - (8 * At(-h)) + (8 * At(h)) - At(2 * h)) / (12 * h);
            Assert.True(
                Math.Abs(numeric - analytic[i]) <= 1e-6 * Math.Max(1, Math.Abs(numeric)),
                $"[{string.Join(", ", p)}] component {i}: analytic {analytic[i]} vs central differences {numeric}");
        }
    }
}
