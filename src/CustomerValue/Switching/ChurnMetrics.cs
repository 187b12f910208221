using CustomerValue.Numerics;

namespace CustomerValue.Switching;

/// <summary>Measures of how well predicted churn probabilities match what happened: log-loss and the area under the ROC curve.</summary>
/// <remarks>Pure functions; thread-safe. Use them on held-out customers to check a fitted <see cref="LogisticChurnModel"/>.</remarks>
public static class ChurnMetrics
{
    /// <summary>
    /// The mean log-loss −(1/n) Σ [y log p + (1 − y) log(1 − p)], with p clipped to [1e-15, 1 − 1e-15] so that a confident
    /// mistake costs about 34.5 rather than infinity. Lower is better; always predicting the base rate ȳ scores the entropy of ȳ.
    /// </summary>
    /// <param name="probabilities">Predicted churn probabilities, each in [0, 1].</param>
    /// <param name="churned">What happened, one per probability.</param>
    /// <returns>The log-loss, zero or more.</returns>
    /// <exception cref="ArgumentException">The spans differ in length or are empty, or a probability is outside [0, 1] (the message gives its index).</exception>
    public static double LogLoss(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> churned) =>
        LogisticRegression.LogLoss(probabilities, churned);

    /// <summary>
    /// The area under the ROC curve: the probability that a random churner gets a higher score than a random stayer, ties
    /// counting one half (the Mann–Whitney statistic). 0.5 is chance, 1 a perfect ranking.
    /// </summary>
    /// <param name="scores">Predicted churn probabilities or any scores where higher means more likely to churn; not NaN.</param>
    /// <param name="churned">What happened, one per score.</param>
    /// <returns>The AUC, in [0, 1].</returns>
    /// <exception cref="ArgumentException">The spans differ in length, a score is NaN, or there are no churners or no stayers.</exception>
    public static double Auc(ReadOnlySpan<double> scores, ReadOnlySpan<bool> churned) =>
        LogisticRegression.AreaUnderCurve(scores, churned);
}
