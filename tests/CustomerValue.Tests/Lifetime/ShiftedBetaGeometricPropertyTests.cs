using CustomerValue.Lifetime;
using FsCheck.Xunit;

namespace CustomerValue.Tests.Lifetime;

/// <summary>Invariants of the sBG model over log-uniform parameters 1e-2 … 1e2 (FsCheck draws the integers that index them).</summary>
public sealed class ShiftedBetaGeometricPropertyTests
{
    private static double U(int k) => unchecked((uint)k * 2654435761u) / 4294967296.0;

    private static double LogUniform(int k, double lo, double hi) => Math.Exp(Math.Log(lo) + (U(k) * (Math.Log(hi) - Math.Log(lo))));

    private static ShiftedBetaGeometricModel Sbg(int k1, int k2) =>
        new(new ShiftedBetaGeometricParameters(LogUniform(k1, 1e-2, 1e2), LogUniform(k2 + 17, 1e-2, 1e2)));

    [Property(MaxTest = 200)]
    public void Survival_is_non_increasing_and_retention_is_a_rising_probability(int k1, int k2)
    {
        ShiftedBetaGeometricModel model = Sbg(k1, k2);
        double[] survival = new double[200];
        model.Survival(survival);
        Assert.Equal(1.0, survival[0]);
        double previousRetention = 0;
        for (int t = 1; t < survival.Length; t++)
        {
            Assert.InRange(survival[t], 0.0, survival[t - 1]);
            double r = model.Retention(t);
            Assert.InRange(r, 0.0, 1.0);
            Assert.True(r >= previousRetention, $"{model}: r({t}) = {r} after {previousRetention}");
            previousRetention = r;
            Assert.InRange(model.ChurnProbability(t), 0.0, 1.0);
        }

        Assert.Equal(survival[150], model.Survival(150), 1e-12);
    }

    [Property(MaxTest = 200)]
    public void Derl_rises_with_the_renewals_of_a_heterogeneous_cohort(int k1, int k2, int kd)
    {
        ShiftedBetaGeometricModel model = Sbg(k1, k2);
        double d = LogUniform(kd, 0.01, 1.0);
        double previous = model.DiscountedExpectedResidualLifetime(d, 0);
        Assert.True(double.IsFinite(previous) && previous > 0);
        foreach (int renewals in new[] { 1, 2, 3, 5, 10, 50, 1000 })
        {
            double next = model.DiscountedExpectedResidualLifetime(d, renewals);
            Assert.True(next > previous, $"{model}, d = {d}: DERL({renewals}) = {next} after {previous}");
            Assert.True(next < (1 + d) / d, "DERL is below the value of a customer who never churns.");
            previous = next;
        }

        double del = model.DiscountedExpectedLifetime(d);
        Assert.InRange(del, 1.0, (1 + d) / d);
    }
}
