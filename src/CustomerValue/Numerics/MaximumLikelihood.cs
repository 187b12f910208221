using CustomerValue.Lifetime;

namespace CustomerValue.Numerics;

/// <summary>
/// The maximum-likelihood engine shared by the lifetime models: BFGS over log-parameters from several deterministic
/// starting points (best kept, ties to the earliest), a Newton polish with the numerical Hessian, and the delta-method
/// covariance of the natural parameters from the observed information.
/// </summary>
/// <remarks>
/// Deterministic: the same problem gives the same answer, bit for bit. Standard errors come from the Hessian of the
/// maximised objective (penalised when <see cref="FitOptions.L2Penalty"/> &gt; 0) with respect to θ = log(parameter),
/// obtained by central differences of the gradient, inverted, and mapped back with Cov(p) = diag(p) Cov(θ) diag(p).
/// </remarks>
internal static class MaximumLikelihood
{
    private const double HessianStep = 1e-4;
    private const int NewtonSteps = 4;

    /// <summary>Maximises the problem's log-likelihood.</summary>
    public static MaximumLikelihoodResult Maximize(MaximumLikelihoodProblem problem, FitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= FitOptions.Default;
        var objective = new LogParameterObjective(problem, options.L2Penalty);
        int n = problem.Dimension;

        BfgsOutcome best = default;
        int bestIndex = -1;
        var start = new double[n];
        for (int i = 0; i < problem.StartingPoints.Count; i++)
        {
            for (int j = 0; j < n; j++)
            {
                start[j] = Math.Log(problem.StartingPoints[i][j]);
            }

            BfgsOutcome outcome = Bfgs.Minimize(objective, start, options.MaxIterations, options.Tolerance);
            if (bestIndex < 0 || IsBetter(outcome, best))
            {
                best = outcome;
                bestIndex = i;
            }
        }

        double[] theta = best.Theta;
        double value = best.Value;
        FitExitReason reason = best.ExitReason;
        double gradientNorm = best.GradientNorm;
        double[] hessian = new double[n * n];
        bool hessianOk = double.IsFinite(value) && Hessian(objective, theta, hessian);

        if (hessianOk && best.ExitReason != FitExitReason.NonFiniteLikelihood)
        {
            // Newton polish: BFGS stops when the gradient is small; a few Newton steps with the numerical Hessian reach
            // the optimum to near machine precision. A step is kept only when it lowers the gradient without raising F.
            (theta, value, gradientNorm, bool improved) = Polish(objective, theta, value, gradientNorm, hessian);
            if (improved)
            {
                hessianOk = Hessian(objective, theta, hessian);
                if (gradientNorm <= options.Tolerance * Math.Max(1.0, Math.Abs(value)))
                {
                    reason = FitExitReason.GradientTolerance;
                }
            }
        }

        var point = new double[n];
        for (int j = 0; j < n; j++)
        {
            point[j] = Math.Exp(theta[j]);
        }

        double[] covariance = new double[n * n];
        double[] standardErrors = new double[n];
        double[] inverse = new double[n * n];
        if (hessianOk && SmallMatrix.TryInvertSymmetricPositiveDefinite(hessian, n, inverse))
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

        double logLikelihood = objective.LogLikelihood(theta);
        return new MaximumLikelihoodResult(point, logLikelihood, -value, best.Iterations, reason, bestIndex, covariance, standardErrors, gradientNorm);
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
            bool okUp = objective.Gradient(shifted, up);
            shifted[j] = theta[j] - h;
            bool okDown = objective.Gradient(shifted, down);
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

        bool candidateConverged = candidate.ExitReason is FitExitReason.GradientTolerance or FitExitReason.NoFurtherProgress;
        bool incumbentConverged = incumbent.ExitReason is FitExitReason.GradientTolerance or FitExitReason.NoFurtherProgress;
        double margin = 1e-9 * Math.Max(1.0, Math.Abs(incumbent.Value));
        if (candidate.Value < incumbent.Value - margin)
        {
            return true;
        }

        // Within rounding of each other: prefer a converged run, otherwise keep the earlier one.
        return candidate.Value <= incumbent.Value + margin && candidateConverged && !incumbentConverged;
    }

    private static (double[] Theta, double Value, double GradientNorm, bool Improved) Polish(
        LogParameterObjective objective, double[] theta, double value, double gradientNorm, double[] hessian)
    {
        int n = theta.Length;
        double[] x = (double[])theta.Clone();
        double[] g = new double[n];
        double[] lower = new double[n * n];
        double[] h = (double[])hessian.Clone();
        bool improved = false;
        if (!objective.Gradient(x, g))
        {
            return (theta, value, gradientNorm, false);
        }

        double currentNorm = MaxAbs(g);
        for (int step = 0; step < NewtonSteps; step++)
        {
            if (!SmallMatrix.TryCholesky(h, n, lower))
            {
                break;
            }

            double[] delta = new double[n];
            for (int i = 0; i < n; i++)
            {
                delta[i] = -g[i];
            }

            SmallMatrix.CholeskySolve(lower, n, delta);
            double[] candidate = new double[n];
            for (int i = 0; i < n; i++)
            {
                candidate[i] = x[i] + delta[i];
            }

            double candidateValue = objective.Value(candidate);
            double[] candidateGradient = new double[n];
            if (!double.IsFinite(candidateValue) || !objective.Gradient(candidate, candidateGradient))
            {
                break;
            }

            double candidateNorm = MaxAbs(candidateGradient);
            if (candidateNorm >= currentNorm || candidateValue > value + (1e-12 * Math.Max(1.0, Math.Abs(value))))
            {
                break;
            }

            x = candidate;
            g = candidateGradient;
            value = Math.Min(value, candidateValue);
            currentNorm = candidateNorm;
            improved = true;
        }

        return improved ? (x, objective.Value(x), currentNorm, true) : (theta, value, gradientNorm, false);
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
}
