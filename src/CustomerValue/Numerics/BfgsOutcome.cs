using CustomerValue.Lifetime;

namespace CustomerValue.Numerics;

/// <summary>The end of one BFGS run: the point θ (log-parameters), F(θ), iterations, the exit and the final gradient size.</summary>
internal readonly record struct BfgsOutcome(double[] Theta, double Value, int Iterations, FitExitReason ExitReason, double GradientNorm);
