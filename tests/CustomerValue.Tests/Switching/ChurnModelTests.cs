using CustomerValue.Switching;

namespace CustomerValue.Tests.Switching;

/// <summary>The logistic churn model: the default's hand-computed values and interaction, metrics, and the fit's recovery of simulated coefficients.</summary>
public sealed class ChurnModelTests
{
    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

    [Fact]
    public void The_default_gives_the_hand_computed_probabilities()
    {
        LogisticChurnModel m = LogisticChurnModel.Default;
        Assert.Equal(Logistic(1.0), m.Probability(0, 0), 15);
        Assert.Equal(Logistic(-1.0), m.Probability(0, 1), 15);
        Assert.Equal(Logistic(-1.5), m.Probability(1, 0), 15);
        Assert.Equal(Logistic(-3.0), m.Probability(1, 1), 15);

        // The CLI contract rows: k1 rates every facet 4 and satisfaction 5; k2 every facet 7 and satisfaction 2.
        SwitchingAssessment k1 = SwitchingCostAnalysis.Default.Assess(new SwitchingSurveyResponse("k1", [4, 4, 4, 4, 4, 4, 4, 4], 5));
        SwitchingAssessment k2 = SwitchingCostAnalysis.Default.Assess(new SwitchingSurveyResponse("k2", [7, 7, 7, 7, 7, 7, 7, 7], 2));
        Assert.Equal(0.5, k1.Score.Total, 15);
        Assert.Equal(0.18242552380635635, k1.ChurnProbability, 14);
        Assert.Equal(1.0, k2.Score.Total, 15);
        Assert.Equal(0.2086085273260449, k2.ChurnProbability, 14);
        Assert.False(k2.Captive);
        Assert.True(m.IsMonotone);
    }

    [Fact]
    public void High_switching_cost_holds_dissatisfied_customers_more_than_satisfied_ones()
    {
        LogisticChurnModel m = LogisticChurnModel.Default;
        double heldDissatisfied = m.Probability(0, 0) - m.Probability(0, 1);
        double heldSatisfied = m.Probability(1, 0) - m.Probability(1, 1);
        Assert.True(heldDissatisfied > heldSatisfied, $"{heldDissatisfied} vs {heldSatisfied}");
        Assert.Equal(0.731 - 0.269, heldDissatisfied, 3);
        Assert.True(m.SwitchingCostEffect(0.1, 0.5, []) < m.SwitchingCostEffect(0.9, 0.5, []));

        // Without the interaction term the log-odds effect of cost is the same at every satisfaction.
        var additive = new LogisticChurnModel(1, -2.5, -2, 0);
        Assert.Equal(additive.Logit(0, 0, []) - additive.Logit(0, 1, []), additive.Logit(1, 0, []) - additive.Logit(1, 1, []), 15);
        Assert.False(new LogisticChurnModel(0, -1, -1, 2).IsMonotone);
    }

    [Fact]
    public void Behaviour_terms_add_to_the_log_odds()
    {
        var m = new LogisticChurnModel(0.5, -2, -1, 0.25, ["structural_bond", "recency"], [-1.5, 0.02]);
        Assert.Equal(0.5 - 1 - 0.5 + (0.25 * 0.25) - 0.75 + 0.2, m.Logit(0.5, 0.5, [0.5, 10]), 14);
        Assert.Equal(["intercept", "satisfaction", "switching_cost", "satisfaction_x_switching_cost", "structural_bond", "recency"], m.ToNamedValues().Select(kv => kv.Key));
        Assert.Contains("2 behaviour terms", Assert.Throws<ArgumentException>(() => m.Probability(0.5, 0.5)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new LogisticChurnModel(0, 0, 0, 0, ["satisfaction"], [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Probability(1.2, 0.5, [0, 0]));
        var customer = new SwitchingCustomer("b", FacetScores.Uniform(0.5), 0.5);
        var e = Assert.Throws<ArgumentException>(() => new SwitchingCostAnalysis(churnModel: m).Assess(customer));
        Assert.Contains("Customer 'b'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_match_hand_counts()
    {
        Assert.Equal(0.75, ChurnMetrics.Auc([0.1, 0.4, 0.35, 0.8], [false, false, true, true]), 15);
        Assert.Equal(0.5, ChurnMetrics.Auc([0.3, 0.3], [false, true]), 15);
        double expected = -(Math.Log(0.8) + Math.Log(0.6)) / 2;
        Assert.Equal(expected, ChurnMetrics.LogLoss([0.8, 0.4], [true, false]), 15);
        Assert.Throws<ArgumentException>(() => ChurnMetrics.Auc([0.1, 0.2], [true, true]));
    }

    [Fact]
    public void A_fit_recovers_the_coefficients_of_simulated_history()
    {
        var truth = new LogisticChurnModel(1.0, -2.5, -2.0, 0.5);
        ChurnObservation[] history = SwitchingSurveySimulator.GenerateHistory(20_000, truth, seed: 42);
        ChurnFit fit = LogisticChurnModel.Fit(history).EnsureConverged();

        Assert.Equal(20_000, fit.Observations);
        double[] expected = [truth.Intercept, truth.Satisfaction, truth.SwitchingCost, truth.Interaction];
        for (int j = 0; j < expected.Length; j++)
        {
            ChurnCoefficient c = fit.Coefficients[j];
            Assert.True(c.StandardError > 0 && c.StandardError < 1, $"{c.Name}: SE {c.StandardError}");
            Assert.True(Math.Abs(c.Estimate - expected[j]) < 3.5 * c.StandardError, $"{c.Name}: {c.Estimate} ± {c.StandardError}, truth {expected[j]}");
        }

        Assert.Equal(fit.Coefficients[1].Estimate, fit.Model.Satisfaction);
        Assert.Equal(fit.Coefficients[3].Estimate, fit["satisfaction_x_switching_cost"].Estimate);
        Assert.InRange(fit.Auc, 0.6, 0.9);
        Assert.InRange(fit.LogLoss, 0.3, 0.69);
        Assert.Equal(-fit.LogLikelihood / fit.Observations, fit.LogLoss, 10);
        Assert.True(fit["satisfaction"].PValue < 1e-6);
        Assert.Equal(fit.Aic, (2 * 4) - (2 * fit.LogLikelihood), 10);

        ChurnFit additive = LogisticChurnModel.Fit(history, new ChurnFitOptions { IncludeInteraction = false });
        Assert.Equal(3, additive.Coefficients.Count);
        Assert.Equal(0.0, additive.Model.Interaction);
        Assert.True(additive.LogLikelihood <= fit.LogLikelihood);
    }

    [Fact]
    public void A_fit_rejects_histories_it_cannot_estimate_from()
    {
        ChurnObservation[] allStay = [.. Enumerable.Range(0, 10).Select(i => new ChurnObservation(i / 10.0, 0.5, false))];
        Assert.Contains("both churners and stayers", Assert.Throws<ArgumentException>(() => LogisticChurnModel.Fit(allStay)).Message, StringComparison.Ordinal);
        ChurnObservation[] mismatch = [new(0.5, 0.5, true, [1.0], "x9"), new(0.5, 0.5, false)];
        Assert.Contains("customer 'x9'", Assert.Throws<ArgumentException>(() => LogisticChurnModel.Fit(mismatch)).Message, StringComparison.Ordinal);
        Assert.Contains("Customer 'q': satisfaction", Assert.Throws<ArgumentOutOfRangeException>(() => new ChurnObservation(2, 0.5, true, null, "q")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fit_with_a_behaviour_term_and_a_penalty_stays_finite()
    {
        var truth = new LogisticChurnModel(0.5, -2, -1.5, 0.5);
        ChurnObservation[] simulated = SwitchingSurveySimulator.GenerateHistory(2_000, truth, seed: 7);
        ChurnObservation[] withBond = [.. simulated.Select((o, i) => new ChurnObservation(o.Satisfaction, o.SwitchingCost, o.Churned, [i % 3 == 0 ? 1.0 : 0.0]))];
        ChurnFit fit = LogisticChurnModel.Fit(withBond, new ChurnFitOptions { BehaviourNames = ["bond"], L2Penalty = 1.0 });
        Assert.True(fit.Converged);
        Assert.Equal(["bond"], fit.Model.BehaviourNames);
        Assert.All(fit.Coefficients, c => Assert.True(double.IsFinite(c.Estimate) && double.IsFinite(c.StandardError)));
    }
}
