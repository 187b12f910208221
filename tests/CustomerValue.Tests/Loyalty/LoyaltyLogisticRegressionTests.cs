using CustomerValue.Lifetime;
using CustomerValue.Numerics;

namespace CustomerValue.Tests.Loyalty;

/// <summary>The internal logistic-regression solver shared by the loyalty and switching-cost models.</summary>
public sealed class LoyaltyLogisticRegressionTests
{
    /// <summary>
    /// One binary covariate: with x = 0, 2 of 8 positive; with x = 1, 6 of 8. The MLE is the two groups' log-odds:
    /// β₀ = ln(2/6) = −ln 3, β₁ = ln(6/2) − ln(2/6) = 2 ln 3, with Var(β₀) = 1/2 + 1/6 and Var(β₁) = 2 (1/2 + 1/6).
    /// </summary>
    private static (double[] Design, bool[] Labels) TwoGroups()
    {
        var design = new List<double>();
        var labels = new List<bool>();
        for (int i = 0; i < 8; i++)
        {
            design.Add(0);
            labels.Add(i < 2);
            design.Add(1);
            labels.Add(i < 6);
        }

        return ([.. design], [.. labels]);
    }

    [Fact]
    public void Two_groups_give_the_log_odds_and_their_textbook_standard_errors()
    {
        (double[] design, bool[] labels) = TwoGroups();
        LogisticRegressionResult fit = LogisticRegression.Fit(design, 1, labels);
        Assert.True(fit.Converged);
        Assert.Equal(FitExitReason.GradientTolerance, fit.ExitReason);
        Assert.Equal(-Math.Log(3), fit.Coefficients[0], 10);
        Assert.Equal(2 * Math.Log(3), fit.Coefficients[1], 10);
        Assert.Equal(Math.Sqrt(2.0 / 3.0), fit.StandardErrors[0], 8);
        Assert.Equal(Math.Sqrt(4.0 / 3.0), fit.StandardErrors[1], 8);
        double logLikelihood = (4 * Math.Log(0.25)) + (12 * Math.Log(0.75));
        Assert.Equal(logLikelihood, fit.LogLikelihood, 10);
        Assert.Equal(-logLikelihood / 16, fit.LogLoss, 10);

        // Positives at the high score beat the 6 negatives at the low score (6 × 6); ties count ½ (2 × 6 + 6 × 2).
        Assert.Equal((36 + 12) / 64.0, fit.Auc, 12);
        Assert.Equal(0.75, fit.Probability([1.0]), 10);
        Assert.Equal(16, fit.Observations);
    }

    [Fact]
    public void Weights_act_like_repeated_rows()
    {
        double[] design = [0, 0, 1, 1];
        bool[] labels = [true, false, true, false];
        double[] weights = [2, 6, 6, 2];
        LogisticRegressionResult weighted = LogisticRegression.Fit(design, 1, labels, weights: weights);
        (double[] fullDesign, bool[] fullLabels) = TwoGroups();
        LogisticRegressionResult full = LogisticRegression.Fit(fullDesign, 1, fullLabels);
        Assert.Equal(full.Coefficients[1], weighted.Coefficients[1], 10);
        Assert.Equal(full.StandardErrors[1], weighted.StandardErrors[1], 8);
        Assert.Equal(full.Auc, weighted.Auc, 12);
    }

    [Fact]
    public void A_ridge_penalty_keeps_separable_data_finite_and_shrinks_the_slope()
    {
        double[] design = [-2, -1, 1, 2];
        bool[] labels = [false, false, true, true];
        LogisticRegressionResult penalised = LogisticRegression.Fit(design, 1, labels, new LogisticRegressionOptions { L2Penalty = 1 });
        Assert.True(penalised.Converged);
        Assert.True(double.IsFinite(penalised.Coefficients[1]) && penalised.Coefficients[1] > 0);
        Assert.Equal(1.0, penalised.Auc);
        Assert.Equal(0, penalised.Coefficients[0], 10);

        // At the optimum the penalised score equation holds: Σ xᵢ (yᵢ − pᵢ) = λ β₁.
        double score = 0;
        for (int i = 0; i < 4; i++)
        {
            score += design[i] * ((labels[i] ? 1 : 0) - penalised.Probability([design[i]]));
        }

        Assert.Equal(penalised.Coefficients[1], score, 8);

        LogisticRegressionResult unpenalised = LogisticRegression.Fit(design, 1, labels, new LogisticRegressionOptions { MaxIterations = 20 });
        Assert.False(unpenalised.Converged);
        Assert.True(double.IsFinite(unpenalised.Coefficients[1]));
    }

    [Fact]
    public void Without_an_intercept_the_slope_alone_is_fitted()
    {
        double[] design = [1, 1, 1, 1];
        bool[] labels = [true, true, true, false];
        LogisticRegressionResult fit = LogisticRegression.Fit(design, 1, labels, new LogisticRegressionOptions { FitIntercept = false });
        Assert.Single(fit.Coefficients);
        Assert.Equal(Math.Log(3), fit.Coefficients[0], 10);
    }

    [Fact]
    public void Bad_inputs_are_rejected_with_the_place()
    {
        ArgumentException oneClass = Assert.Throws<ArgumentException>(() => LogisticRegression.Fit([1.0, 2.0], 1, [true, true]));
        Assert.Contains("all positive", oneClass.Message, StringComparison.Ordinal);
        ArgumentException shape = Assert.Throws<ArgumentException>(() => LogisticRegression.Fit([1.0, 2.0, 3.0], 1, [true, false]));
        Assert.Contains("3 values", shape.Message, StringComparison.Ordinal);
        ArgumentException nan = Assert.Throws<ArgumentException>(() => LogisticRegression.Fit([1.0, 2.0, double.NaN, 4.0], 2, [true, false]));
        Assert.Contains("Row 1, column 0", nan.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => LogisticRegression.Fit([1.0, 2.0], 1, [true, false], weights: [1.0, -1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogisticRegression.Fit([1.0, 2.0], 1, [true, false], new LogisticRegressionOptions { L2Penalty = -1 }));
    }

    [Fact]
    public void Auc_and_log_loss_of_given_scores()
    {
        // Pairs (positive, negative): (0.9 > 0.1), (0.9 > 0.5), (0.5 = 0.5 → ½), (0.5 > 0.1): 3.5 of 4.
        double[] scores = [0.9, 0.5, 0.5, 0.1];
        bool[] labels = [true, true, false, false];
        Assert.Equal(3.5 / 4, LogisticRegression.AreaUnderCurve(scores, labels), 12);
        double expected = -(Math.Log(0.9) + Math.Log(0.5) + Math.Log(0.5) + Math.Log(0.9)) / 4;
        Assert.Equal(expected, LogisticRegression.LogLoss(scores, labels), 12);
        Assert.True(double.IsFinite(LogisticRegression.LogLoss([0.0], [true])));
        Assert.Throws<ArgumentException>(() => LogisticRegression.AreaUnderCurve([0.5, 0.6], [true, true]));
    }
}
