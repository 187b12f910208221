using CustomerValue.Lifetime;

namespace CustomerValue.Switching;

/// <summary>The result of <see cref="LogisticChurnModel.Fit"/>: the fitted model, each coefficient with its standard error, and the
/// in-sample log-likelihood, log-loss and AUC.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ChurnFit
{
    internal ChurnFit(
        LogisticChurnModel model,
        IReadOnlyList<ChurnCoefficient> coefficients,
        double logLikelihood,
        double logLoss,
        double auc,
        int observations,
        int churners,
        int iterations,
        FitExitReason exitReason)
    {
        Model = model;
        Coefficients = coefficients;
        LogLikelihood = logLikelihood;
        LogLoss = logLoss;
        Auc = auc;
        Observations = observations;
        Churners = churners;
        Iterations = iterations;
        ExitReason = exitReason;
    }

    /// <summary>The fitted model.</summary>
    public LogisticChurnModel Model { get; }

    /// <summary>The estimated coefficients with standard errors: intercept, satisfaction, switching_cost, the interaction (when estimated), then the behaviour terms.</summary>
    public IReadOnlyList<ChurnCoefficient> Coefficients { get; }

    /// <summary>The maximised log-likelihood Σ [y log p + (1 − y) log(1 − p)] (without the penalty).</summary>
    public double LogLikelihood { get; }

    /// <summary>The in-sample mean log-loss, −<see cref="LogLikelihood"/>/n (up to the clipping of <see cref="ChurnMetrics.LogLoss"/>).</summary>
    public double LogLoss { get; }

    /// <summary>The in-sample area under the ROC curve.</summary>
    public double Auc { get; }

    /// <summary>The number of observations.</summary>
    public int Observations { get; }

    /// <summary>The number of churners among them.</summary>
    public int Churners { get; }

    /// <summary>Optimiser iterations.</summary>
    public int Iterations { get; }

    /// <summary>Why the optimiser stopped.</summary>
    public FitExitReason ExitReason { get; }

    /// <summary>Whether the optimiser converged.</summary>
    public bool Converged => ExitReason is FitExitReason.GradientTolerance or FitExitReason.NoFurtherProgress;

    /// <summary>Akaike's information criterion, 2k − 2 LL.</summary>
    public double Aic => (2.0 * Coefficients.Count) - (2.0 * LogLikelihood);

    /// <summary>The coefficient named <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">A term name.</param>
    /// <returns>The coefficient.</returns>
    /// <exception cref="KeyNotFoundException">No term has that name.</exception>
    public ChurnCoefficient this[string name] =>
        Coefficients.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The fit has no term '{name}'; its terms are {string.Join(", ", Coefficients.Select(c => c.Name))}.");

    /// <summary>Throws when the optimiser did not converge.</summary>
    /// <returns>This fit.</returns>
    /// <exception cref="ModelFitException">The fit did not converge.</exception>
    public ChurnFit EnsureConverged() => Converged
        ? this
        : throw new ModelFitException($"The churn fit did not converge ({ExitReason} after {Iterations} iterations); the outcomes may be perfectly separated by a predictor. Try ChurnFitOptions.L2Penalty > 0.", ExitReason);
}
