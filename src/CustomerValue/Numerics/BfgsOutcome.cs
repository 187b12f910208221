using CustomerValue.Lifetime;

namespace CustomerValue.Numerics;

/// <summary>
/// The end of one BFGS run: the point θ (log-parameters), F(θ), its gradient, iterations, the exit and the final gradient
/// size. <see cref="JoinedReference"/> marks a run stopped early because it entered the basin of an optimum already found
/// (<see cref="OptimumBasin"/>); its exit is then <see cref="FitExitReason.MaximumIterations"/>, as it was stopped before
/// converging.
/// </summary>
internal readonly record struct BfgsOutcome(
    double[] Theta,
    double Value,
    double[] Gradient,
    int Iterations,
    FitExitReason ExitReason,
    double GradientNorm,
    bool JoinedReference = false);
