using CustomerValue.Lifetime;

namespace CustomerValue.Numerics;

/// <summary>
/// The outcome of <see cref="MaximumLikelihood.Maximize"/>: the best point over all starting points, its log-likelihood, the
/// optimiser's exit and the delta-method covariance of the natural parameters.
/// </summary>
/// <param name="Point">The maximiser in natural parameters.</param>
/// <param name="LogLikelihood">The (unpenalised) log-likelihood at <paramref name="Point"/>.</param>
/// <param name="Objective">The penalised log-likelihood that was maximised (equal to <paramref name="LogLikelihood"/> without a penalty).</param>
/// <param name="Iterations">BFGS iterations of the winning run.</param>
/// <param name="ExitReason">Why the winning run stopped.</param>
/// <param name="StartIndex">Index of the starting point that won.</param>
/// <param name="Covariance">Covariance of the natural parameters (row-major, Dimension²), from the inverse observed information; NaN when the Hessian is not negative definite.</param>
/// <param name="StandardErrors">Square roots of the covariance diagonal (NaN when not available).</param>
/// <param name="GradientNorm">Largest absolute component of the objective's gradient with respect to the log-parameters at the end.</param>
internal sealed record MaximumLikelihoodResult(
    double[] Point,
    double LogLikelihood,
    double Objective,
    int Iterations,
    FitExitReason ExitReason,
    int StartIndex,
    double[] Covariance,
    double[] StandardErrors,
    double GradientNorm)
{
    /// <summary>Whether the winning run converged.</summary>
    public bool Converged => ExitReason is FitExitReason.GradientTolerance or FitExitReason.NoFurtherProgress;
}
