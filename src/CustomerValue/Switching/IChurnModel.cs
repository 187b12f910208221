namespace CustomerValue.Switching;

/// <summary>
/// A defection (churn) model: the probability that a customer leaves within one period, from its satisfaction and total
/// switching cost (both on [0, 1]) and optional behaviour covariates.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe and return a probability in [0, 1], never NaN.</remarks>
public interface IChurnModel
{
    /// <summary>The names of the behaviour covariates the model expects, in order (empty when it has none).</summary>
    IReadOnlyList<string> BehaviourNames { get; }

    /// <summary>The probability of churning within one period.</summary>
    /// <param name="satisfaction">Satisfaction on [0, 1].</param>
    /// <param name="switchingCost">Total switching cost on [0, 1].</param>
    /// <param name="behaviour">One finite value per name in <see cref="BehaviourNames"/>.</param>
    /// <returns>The probability, in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A predictor is out of range.</exception>
    /// <exception cref="ArgumentException">The number of behaviour values is wrong.</exception>
    double Probability(double satisfaction, double switchingCost, ReadOnlySpan<double> behaviour);
}
