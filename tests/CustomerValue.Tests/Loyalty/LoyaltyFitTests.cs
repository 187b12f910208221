using CustomerValue.Loyalty;

namespace CustomerValue.Tests.Loyalty;

/// <summary>Fitting G to labels simulated from a known G (fixed seed), and checking it on a held-out part.</summary>
public sealed class LoyaltyFitTests
{
    private const int Customers = 3000;
    private const int Training = 2000;

    /// <summary>The known G: F = σ(−14 + 2.4 ln(1 + a) + 1.2 ln(1 + b) + 0.6 ln(1 + c) + 1.0 ln(1 + d)).</summary>
    private static readonly LogisticLoyaltyModel Truth = new(-14, 2.4, 1.2, 0.6, 1.0);

    private static readonly Lazy<(YearlyActivity[] Rows, bool[] Labels)> Data = new(Simulate);

    /// <summary>Simulated customers (correlated a, b, c, d) with labels drawn from the known G.</summary>
    private static (YearlyActivity[] Rows, bool[] Labels) Simulate()
    {
        YearlyActivity[] rows = YearlyActivitySimulator.Simulate(Customers, 8);
        var random = new Random(80);
        bool[] labels = [.. rows.Select(r => random.NextDouble() < Truth.Score(r))];
        return (rows, labels);
    }

    [Fact]
    public void The_fitted_g_recovers_the_ranking_of_the_known_g_on_held_out_customers()
    {
        (YearlyActivity[] rows, bool[] labels) = Data.Value;
        LoyaltyModelFit fit = LogisticLoyaltyModel.Fit(rows.AsSpan(0, Training), labels.AsSpan(0, Training));
        Assert.True(fit.Converged);

        ReadOnlySpan<YearlyActivity> heldOut = rows.AsSpan(Training);
        ReadOnlySpan<bool> heldOutLabels = labels.AsSpan(Training);
        LoyaltyModelEvaluation fitted = PurchaseLoyalty.Evaluate(fit.Model, heldOut, heldOutLabels);
        LoyaltyModelEvaluation truth = PurchaseLoyalty.Evaluate(Truth, heldOut, heldOutLabels);
        Assert.True(fitted.Auc >= 0.9, $"held-out AUC {fitted.Auc}");
        Assert.True(fitted.Auc >= truth.Auc - 0.01, $"fitted {fitted.Auc} vs truth {truth.Auc}");

        // Rank agreement with the known G itself: Spearman's ρ on the held-out customers.
        var f = new double[heldOut.Length];
        var g = new double[heldOut.Length];
        fit.Model.Score(heldOut, f);
        Truth.Score(heldOut, g);
        Assert.True(Spearman(f, g) > 0.97, $"Spearman {Spearman(f, g)}");
    }

    [Fact]
    public void The_fit_reports_coefficients_with_standard_errors_near_the_truth()
    {
        (YearlyActivity[] rows, bool[] labels) = Data.Value;
        LoyaltyModelFit fit = LogisticLoyaltyModel.Fit(rows, labels, new LoyaltyFitOptions { L2Penalty = 0.01 });
        Assert.Equal(["intercept", "log1p(purchase_count)", "log1p(distinct_products)", "log1p(units)", "log1p(spend)"], fit.Coefficients.Select(c => c.Name));
        double[] truth = [Truth.Intercept, Truth.PurchaseCount, Truth.DistinctProducts, Truth.Units, Truth.Spend];
        for (int k = 0; k < truth.Length; k++)
        {
            LoyaltyCoefficient c = fit.Coefficients[k];
            Assert.True(c.StandardError is > 0, c.Name);
            Assert.True(Math.Abs(c.Estimate - truth[k]) < 4 * c.StandardError!.Value, $"{c.Name}: {c.Estimate} ± {c.StandardError} vs {truth[k]}");
        }

        Assert.Equal(fit.Coefficients[1].Estimate, fit.Model.PurchaseCount, 12);
        Assert.Equal(Customers, fit.Training.Observations);
        Assert.InRange(fit.Training.LogLoss, 0.05, 0.6);
        Assert.InRange(fit.Training.Auc, 0.9, 1);
        Assert.True(fit.LogLikelihood < 0);
        Assert.Equal(fit.Coefficients[1].Estimate / fit.Coefficients[1].StandardError!.Value, fit.Coefficients[1].ZScore!.Value, 12);
    }

    [Fact]
    public void Separable_labels_still_fit_under_the_default_penalty_and_bad_inputs_are_rejected()
    {
        YearlyActivity[] rows =
        [
            new("A", 2024, 1, 1, 1m, 10m),
            new("B", 2024, 2, 1, 2m, 20m),
            new("C", 2024, 12, 5, 30m, 600m),
            new("D", 2024, 20, 8, 50m, 900m),
        ];
        bool[] loyal = [false, false, true, true];
        LoyaltyModelFit fit = LogisticLoyaltyModel.Fit(rows, loyal);
        Assert.True(fit.Converged);
        Assert.All(fit.Coefficients, c => Assert.True(double.IsFinite(c.Estimate)));
        Assert.Equal(1.0, fit.Training.Auc);
        Assert.True(fit.Model.Score(rows[3]) > fit.Model.Score(rows[0]));

        Assert.Throws<ArgumentException>(() => LogisticLoyaltyModel.Fit(rows, [true, true, true, true]));
        Assert.Throws<ArgumentException>(() => LogisticLoyaltyModel.Fit(rows, [true, false]));
        Assert.Throws<ArgumentException>(() => LogisticLoyaltyModel.Fit([], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LogisticLoyaltyModel(double.NaN, 0, 0, 0, 0));
    }

    [Fact]
    public void A_known_logistic_g_scores_by_its_formula()
    {
        var model = new LogisticLoyaltyModel(-2, 1, 0, 0, 0);

        // a = e² − 1: η = −2 + 2 = 0, F = ½; a = 0: F = σ(−2).
        Assert.Equal(0.5, model.Score(Math.Exp(2) - 1, 5, 5, 5), 12);
        Assert.Equal(1 / (1 + Math.Exp(2)), model.Score(0, 0, 0, 0), 14);
        Assert.Equal(1 / (1 + Math.Exp(2)), model.Score(-4, 0, 0, -100), 14);
    }

    private static double Spearman(double[] x, double[] y)
    {
        double[] rx = Ranks(x);
        double[] ry = Ranks(y);
        double mean = (x.Length - 1) / 2.0;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += (rx[i] - mean) * (ry[i] - mean);
            sxx += (rx[i] - mean) * (rx[i] - mean);
            syy += (ry[i] - mean) * (ry[i] - mean);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Ranks(double[] values)
    {
        int[] order = [.. Enumerable.Range(0, values.Length).OrderBy(i => values[i])];
        var ranks = new double[values.Length];
        for (int r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r;
        }

        return ranks;
    }
}
