using CustomerValue.Lifetime;

namespace CustomerValue.Numerics;

/// <summary>
/// The maximum-likelihood engine shared by the lifetime models: BFGS over log-parameters from several deterministic
/// starting points (best kept, ties to the earliest), a Newton polish with the numerical Hessian, and the delta-method
/// covariance of the natural parameters from the observed information.
/// </summary>
/// <remarks>
/// Deterministic: the same problem gives the same answer, bit for bit. Once one start has converged to an optimum with a
/// positive-definite Hessian, the later starts begin with its inverse Hessian and are run only until they enter its basin
/// (<see cref="OptimumBasin"/>): from there they would converge to the same optimum, so running them on costs time and
/// tells nothing. A start that does not
/// enter the basin runs to the end and competes as before, so a better optimum elsewhere is still found.
/// Standard errors come from the Hessian of the maximised objective (penalised when <see cref="FitOptions.L2Penalty"/>
/// &gt; 0) with respect to θ = log(parameter), obtained by central differences of the gradient, inverted, and mapped back
/// with Cov(p) = diag(p) Cov(θ) diag(p).
/// </remarks>
internal static class MaximumLikelihood
{
    private const double HessianStep = 1e-4;
    private const int NewtonSteps = 4;

    /// <summary>A Newton step this small (in log-parameters: relative in the parameters) changes nothing that matters.</summary>
    private const double NegligibleStep = 1e-10;

    /// <summary>Maximises the problem's log-likelihood.</summary>
    public static MaximumLikelihoodResult Maximize(MaximumLikelihoodProblem problem, FitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= FitOptions.Default;
        var objective = new LogParameterObjective(problem, options.L2Penalty);
        int n = problem.Dimension;

        BfgsOutcome best = default;
        int bestIndex = -1;
        Optimum optimum = default;
        OptimumBasin? basin = null;
        var start = new double[n];
        for (int i = 0; i < problem.StartingPoints.Count; i++)
        {
            for (int j = 0; j < n; j++)
            {
                start[j] = Math.Log(problem.StartingPoints[i][j]);
            }

            BfgsOutcome outcome = Bfgs.Minimize(objective, start, options.MaxIterations, options.Tolerance, basin);
            if (outcome.JoinedReference || (bestIndex >= 0 && !IsBetter(outcome, best)))
            {
                continue;
            }

            best = outcome;
            bestIndex = i;
            optimum = Finish(objective, outcome, options.Tolerance);
            basin = optimum.HessianOk && IsConverged(optimum.ExitReason) ? OptimumBasin.TryCreate(optimum.Theta, optimum.Value, optimum.Hessian) : null;
        }

        var point = new double[n];
        for (int j = 0; j < n; j++)
        {
            point[j] = Math.Exp(optimum.Theta[j]);
        }

        double[] covariance = new double[n * n];
        double[] standardErrors = new double[n];
        double[] inverse = new double[n * n];
        if (optimum.HessianOk && SmallMatrix.TryInvertSymmetricPositiveDefinite(optimum.Hessian, n, inverse))
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    covariance[(i * n) + j] = point[i] * point[j] * inverse[(i * n) + j];
                }

                standardErrors[i] = Math.Sqrt(covariance[(i * n) + i]);
            }
        }
        else
        {
            Array.Fill(covariance, double.NaN);
            Array.Fill(standardErrors, double.NaN);
        }

        double logLikelihood = objective.LogLikelihood(optimum.Theta);
        return new MaximumLikelihoodResult(point, logLikelihood, -optimum.Value, best.Iterations, optimum.ExitReason, bestIndex, covariance, standardErrors, optimum.GradientNorm);
    }

    /// <summary>
    /// The Hessian at the end of a BFGS run and a Newton polish with it: BFGS stops when the gradient is small; a few Newton
    /// steps reach the optimum to near machine precision. The Hessian is not recomputed after the polish: the polish moves θ
    /// by about H⁻¹∇F, orders of magnitude below the Hessian's own step, so the Hessian changes far less than its
    /// central-difference error.
    /// </summary>
    private static Optimum Finish(LogParameterObjective objective, in BfgsOutcome outcome, double tolerance)
    {
        double[] hessian = new double[outcome.Theta.Length * outcome.Theta.Length];
        bool hessianOk = double.IsFinite(outcome.Value) && Hessian(objective, outcome.Theta, hessian);
        if (!hessianOk || outcome.ExitReason == FitExitReason.NonFiniteLikelihood)
        {
            return new Optimum(outcome.Theta, outcome.Value, outcome.GradientNorm, outcome.ExitReason, hessian, hessianOk);
        }

        (double[] theta, double value, double gradientNorm, bool improved) = Polish(objective, outcome, hessian);
        FitExitReason reason = improved && gradientNorm <= tolerance * Math.Max(1.0, Math.Abs(value)) ? FitExitReason.GradientTolerance : outcome.ExitReason;
        return new Optimum(theta, value, gradientNorm, reason, hessian, true);
    }

    /// <summary>
    /// The Hessian of F with respect to θ by central differences of the gradient, symmetrised; false when not finite.
    /// </summary>
    internal static bool Hessian(LogParameterObjective objective, ReadOnlySpan<double> theta, Span<double> hessian)
    {
        int n = theta.Length;
        double[] shifted = theta.ToArray();
        double[] up = new double[n];
        double[] down = new double[n];
        for (int j = 0; j < n; j++)
        {
            double h = HessianStep * Math.Max(1.0, Math.Abs(theta[j]));
            shifted[j] = theta[j] + h;
            bool okUp = objective.TryEvaluate(shifted, up, out _);
            shifted[j] = theta[j] - h;
            bool okDown = objective.TryEvaluate(shifted, down, out _);
            shifted[j] = theta[j];
            if (!okUp || !okDown)
            {
                return false;
            }

            for (int i = 0; i < n; i++)
            {
                hessian[(i * n) + j] = (up[i] - down[i]) / (2 * h);
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double m = 0.5 * (hessian[(i * n) + j] + hessian[(j * n) + i]);
                hessian[(i * n) + j] = m;
                hessian[(j * n) + i] = m;
            }
        }

        foreach (double e in hessian)
        {
            if (!double.IsFinite(e))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBetter(in BfgsOutcome candidate, in BfgsOutcome incumbent)
    {
        if (!double.IsFinite(candidate.Value))
        {
            return false;
        }

        if (!double.IsFinite(incumbent.Value))
        {
            return true;
        }

        bool candidateConverged = IsConverged(candidate.ExitReason);
        bool incumbentConverged = IsConverged(incumbent.ExitReason);
        double margin = 1e-9 * Math.Max(1.0, Math.Abs(incumbent.Value));
        if (candidate.Value < incumbent.Value - margin)
        {
            return true;
        }

        // Within rounding of each other: prefer a converged run, otherwise keep the earlier one.
        return candidate.Value <= incumbent.Value + margin && candidateConverged && !incumbentConverged;
    }

    /// <summary>
    /// Up to <see cref="NewtonSteps"/> Newton steps, until a step is negligible; a step is kept only when it lowers the
    /// gradient without raising F.
    /// </summary>
    private static (double[] Theta, double Value, double GradientNorm, bool Improved) Polish(LogParameterObjective objective, in BfgsOutcome outcome, double[] hessian)
    {
        int n = outcome.Theta.Length;
        double[] lower = new double[n * n];
        if (!SmallMatrix.TryCholesky(hessian, n, lower))
        {
            return (outcome.Theta, outcome.Value, outcome.GradientNorm, false);
        }

        double[] x = outcome.Theta;
        double[] g = outcome.Gradient;
        double value = outcome.Value;
        double norm = MaxAbs(g);
        bool improved = false;
        for (int step = 0; step < NewtonSteps; step++)
        {
            double[] candidate = new double[n];
            for (int i = 0; i < n; i++)
            {
                candidate[i] = -g[i];
            }

            SmallMatrix.CholeskySolve(lower, n, candidate);
            if (MaxAbs(candidate) <= NegligibleStep)
            {
                break;
            }

            for (int i = 0; i < n; i++)
            {
                candidate[i] += x[i];
            }

            double[] candidateGradient = new double[n];
            if (!objective.TryEvaluate(candidate, candidateGradient, out double candidateValue))
            {
                break;
            }

            double candidateNorm = MaxAbs(candidateGradient);
            if (candidateNorm >= norm || candidateValue > value + (1e-12 * Math.Max(1.0, Math.Abs(value))))
            {
                break;
            }

            x = candidate;
            g = candidateGradient;
            value = candidateValue;
            norm = candidateNorm;
            improved = true;
        }

        return improved ? (x, value, norm, true) : (outcome.Theta, outcome.Value, outcome.GradientNorm, false);
    }

    private static double MaxAbs(ReadOnlySpan<double> v)
    {
        double m = 0;
        foreach (double e in v)
        {
            m = Math.Max(m, Math.Abs(e));
        }

        return m;
    }

    private static bool IsConverged(FitExitReason reason) => reason is FitExitReason.GradientTolerance or FitExitReason.NoFurtherProgress;

    /// <summary>A finished optimum: θ, F(θ), the gradient size, the exit and the Hessian at the end of the BFGS run.</summary>
    private readonly record struct Optimum(double[] Theta, double Value, double GradientNorm, FitExitReason ExitReason, double[] Hessian, bool HessianOk);
}
