namespace CustomerValue.Switching;

/// <summary>One customer assessed by <see cref="SwitchingCostAnalysis"/>: its switching-cost scores, satisfaction, churn probability and whether it is captive, not loyal.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Score">Facet, group and total switching-cost scores, on [0, 1].</param>
/// <param name="Satisfaction">Satisfaction on [0, 1].</param>
/// <param name="ChurnProbability">The probability of churning within one period, in [0, 1].</param>
/// <param name="Captive">Whether <see cref="CaptiveRule"/> flags the customer as captive, not loyal.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SwitchingAssessment(string CustomerId, SwitchingCostScore Score, double Satisfaction, double ChurnProbability, bool Captive)
{
    /// <summary>The probability of staying one more period, 1 − <see cref="ChurnProbability"/>.</summary>
    public double Retention => 1.0 - ChurnProbability;
}
