using CustomerValue.Lifetime;
using CustomerValue.Numerics;

namespace CustomerValue.Tests.Lifetime;

/// <summary>
/// P(alive) of Pareto/NBD comes from the ratio form odds = (s/m) K (R G(z_tₓ) − G(z_T)), which needs no logarithm of the
/// tail integrals. These tests hold it to the log-space form (the log-odds of the likelihood's bracket) over a wide grid of
/// parameters and histories, and to references by direct integration.
/// </summary>
public sealed class ParetoNbdProbabilityAliveTests
{
    public static TheoryData<double, double, double, double> Parameters() => new()
    {
        { 0.5534, 10.5802, 0.6061, 11.6562 }, // CDNOW: α < β, small series arguments
        { 0.5534, 11.6562, 0.6061, 10.5802 }, // α > β
        { 1.5, 4, 1.5, 4 }, // α = β: the series is 1
        { 0.5, 3, 0.8, 40 }, // α ≪ β: arguments above 0.9 for small tₓ (the hypergeometric function)
        { 0.5, 40, 0.8, 3 },
        { 0.5, 1e3, 0.6, 1e-3 }, // arguments within 1e-6 of 1
        { 1e3, 1e-3, 1e-3, 1e3 },
        { 1e-3, 1e-3, 1e3, 1e3 },
        { 0.2, 0.05, 5, 200 },
    };

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Ratio_form_matches_the_log_space_form(double r, double alpha, double s, double beta)
    {
        int[] frequencies = [0, 1, 5, 40, 10_000];
        double[] ages = [0.01, 0.5, 39, 1_000, 1e6];
        double[] fractions = [0, 1e-9, 0.001, 0.3, 0.5, 0.9, 0.999, 1 - 1e-12, 1];
        int compared = 0;
        foreach (int x in frequencies)
        {
            foreach (double t in ages)
            {
                foreach (double fraction in fractions)
                {
                    double tx = x == 0 ? 0 : fraction * t;
                    ParetoNbdKernels.LogBracket(r, alpha, s, beta, x, tx, t, out double logOddsDead);
                    double logSpace = LogMath.LogisticOfNegative(logOddsDead);
                    double ratio = ParetoNbdKernels.ProbabilityAlive(r, alpha, s, beta, x, tx, t);

                    // The log-space form subtracts logarithms as large as (r + x + s) log(max(α, β) + T) and loses their
                    // rounding (1.5e-12 at x = 10,000; the ratio form is the accurate one there, see the references below).
                    double tolerance = 1e-12 + (4e-16 * (r + s + x) * (1 + Math.Abs(Math.Log(Math.Max(alpha, beta) + t))));
                    Assert.True(
                        Math.Abs(ratio - logSpace) <= tolerance,
                        $"r={r} α={alpha} s={s} β={beta} x={x} tₓ={tx:R} T={t}: {ratio:R} vs log space {logSpace:R}");
                    compared++;
                }
            }
        }

        Assert.Equal(5 * 5 * 9, compared);
    }

    // P(alive) = A/(A + s ∫ₜₓᵀ (α + τ)^(−(r+x)) (β + τ)^(−(s+1)) dτ), A = (α + T)^(−(r+x)) (β + T)^(−s), by mpmath.quad at
    // 40 to 50 digits (over 200 pieces for x = 10,000, whose integrand is steep); at α = β the integral is elementary,
    // ((α + tₓ)^(−m) − (α + T)^(−m))/m, m = r + s + x. tₓ = 0.999 T and 0.001 T are the doubles those products give.
    [Theory]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 2, 30.43, 38.86, 0.86911064396813704579)]
    [InlineData(0.5, 3, 0.8, 40, 10, 5, 40, 9.3652910882020060836e-7)]
    [InlineData(0.5, 40, 0.8, 3, 10, 5, 40, 0.002442415163299340418)]
    [InlineData(1.5, 4, 1.5, 4, 3, 10, 30, 0.019215438335394811608)]
    [InlineData(0.5, 1000, 0.6, 0.001, 3, 1, 50, 0.083519401727449434047)]
    [InlineData(0.7, 2, 0.4, 0.5, 50, 99.9, 100, 0.99959180889997624028)]
    [InlineData(1.5, 4, 1.5, 4, 10_000, 0.999 * 39, 39, 0.43258414692204587965)]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 10_000, 0.001 * 0.01, 0.01, 0.59129995942549354201)]
    [InlineData(0.5, 1000, 0.6, 0.001, 10_000, 0, 0.01, 0.22329462333385756153)]
    [InlineData(0.2, 0.05, 5, 200, 10_000, 0.999 * 1000, 1000, 0.09752205472709444397)]
    [InlineData(0.5, 3, 0.8, 40, 10_000, 0.999 * 1000, 1000, 0.37603388159784795882)]
    public void Matches_direct_integration(double r, double alpha, double s, double beta, int x, double tx, double t, double expected)
    {
        double alive = ParetoNbdModel.ProbabilityAlive(new ParetoNbdParameters(r, alpha, s, beta), x, tx, t);
        Assert.Equal(expected, alive, Math.Min(1e-12, 1e-9 * expected));
    }

    [Fact]
    public void Recency_equal_to_age_is_certainly_alive_and_batch_equals_single_across_the_memo_threshold()
    {
        // α = 3, β = 40: the series argument is above 1/8 for every u below 256, so the batch looks most series up.
        var model = new ParetoNbdModel(new ParetoNbdParameters(0.5, 3, 0.8, 40));
        CustomerSummary[] customers = [new("a", 4, 30, 30), new("b", 0, 0, 30), new("c", 3, 10, 30), new("d", 3, 10, 300), new("e", 3, 290, 300), new("f", 0, 0, 30)];
        var batch = new double[customers.Length];
        model.ProbabilityAlive(customers, batch);
        Assert.Equal(1.0, batch[0]);
        for (int i = 0; i < customers.Length; i++)
        {
            Assert.Equal(model.ProbabilityAlive(customers[i]), batch[i]);
        }
    }
}
