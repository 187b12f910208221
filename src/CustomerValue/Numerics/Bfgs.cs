using CustomerValue.Lifetime;

namespace CustomerValue.Numerics;

/// <summary>
/// A small, deterministic BFGS minimiser for smooth objectives of a few variables: inverse-Hessian updates, a backtracking
/// line search accepting either the Armijo condition or the approximate Wolfe condition of Hager and Zhang (so it can still
/// progress when function differences are at rounding level), and a bounded step so that log-parameters cannot explode.
/// It never throws on non-convergence; it reports why it stopped. Each trial point costs one evaluation of the value and
/// gradient together (the line search needs both).
/// </summary>
internal static class Bfgs
{
    private const double Armijo = 1e-4;
    private const double MaxStep = 3.0;
    private const int MaxBacktracks = 60;

    /// <summary>
    /// Consecutive accepted steps that lower F by no more than rounding (10⁻¹⁵ of |F|) after which a run stops as if its
    /// line search had failed: on a flat ridge where the gradient is dominated by rounding, such steps could go on until
    /// the iteration limit while changing nothing.
    /// </summary>
    private const int MaxStalledSteps = 20;

    /// <summary>
    /// Minimises <paramref name="objective"/> from <paramref name="start"/> (log-parameters). Given a
    /// <paramref name="reference"/> optimum, it starts from that optimum's inverse Hessian instead of a scaled identity (the
    /// curvature of a likelihood in log-parameters changes slowly, so this saves most of the iterations spent learning it)
    /// and stops early, marked <see cref="BfgsOutcome.JoinedReference"/>, once an iterate lies in the optimum's basin.
    /// </summary>
    public static BfgsOutcome Minimize(LogParameterObjective objective, ReadOnlySpan<double> start, int maxIterations, double tolerance, OptimumBasin? reference = null)
    {
        int n = objective.Dimension;
        double[] x = start.ToArray();
        double[] g = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        double[] d = new double[n];
        double[] s = new double[n];
        double[] y = new double[n];
        double[] hy = new double[n];
        double[] h = Identity(n);
        bool fresh = reference is null;
        reference?.InverseHessian.CopyTo(h);

        if (!objective.TryEvaluate(x, g, out double f))
        {
            return new BfgsOutcome(x, double.PositiveInfinity, g, 0, FitExitReason.NonFiniteLikelihood, double.PositiveInfinity);
        }

        int stalled = 0;
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            double gmax = MaxAbs(g);
            double scale = Math.Max(1.0, Math.Abs(f));
            if (gmax <= tolerance * scale)
            {
                return new BfgsOutcome(x, f, g, iteration, FitExitReason.GradientTolerance, gmax);
            }

            if (reference is not null && reference.Contains(x, f, g))
            {
                return new BfgsOutcome(x, f, g, iteration, FitExitReason.MaximumIterations, gmax, JoinedReference: true);
            }

            // Search direction d = -H g, falling back to steepest descent when it is not a descent direction.
            double slope = 0;
            for (int i = 0; i < n; i++)
            {
                double sum = 0;
                for (int j = 0; j < n; j++)
                {
                    sum -= h[(i * n) + j] * g[j];
                }

                d[i] = sum;
                slope += sum * g[i];
            }

            if (!(slope < 0) || !double.IsFinite(slope))
            {
                ResetToIdentity(h, n);
                fresh = true;
                slope = 0;
                for (int i = 0; i < n; i++)
                {
                    d[i] = -g[i];
                    slope -= g[i] * g[i];
                }
            }

            double dmax = MaxAbs(d);
            double step = dmax > MaxStep ? MaxStep / dmax : 1.0;
            bool accepted = false;
            double fNew = double.NaN;
            for (int k = 0; k < MaxBacktracks; k++)
            {
                for (int i = 0; i < n; i++)
                {
                    xNew[i] = x[i] + (step * d[i]);
                }

                if (objective.TryEvaluate(xNew, gNew, out fNew))
                {
                    if (fNew <= f + (Armijo * step * slope))
                    {
                        accepted = true;
                        break;
                    }

                    // Approximate Wolfe: the value did not rise beyond rounding and the slope shrank in magnitude.
                    double slopeNew = Dot(gNew, d);
                    if (fNew <= f + (1e-12 * scale) && slopeNew >= 0.9 * slope && slopeNew <= -0.8 * slope)
                    {
                        accepted = true;
                        break;
                    }

                    // Quadratic interpolation of the step, kept within [0.1, 0.5] of the current one.
                    double denominator = 2 * (fNew - f - (step * slope));
                    double next = denominator > 0 ? -slope * step * step / denominator : 0.5 * step;
                    step = Math.Clamp(next, 0.1 * step, 0.5 * step);
                }
                else
                {
                    step *= 0.25;
                }
            }

            if (!accepted)
            {
                if (!fresh)
                {
                    ResetToIdentity(h, n);
                    fresh = true;
                    continue;
                }

                return new BfgsOutcome(x, f, g, iteration, StuckReason(gmax, tolerance, scale), gmax);
            }

            stalled = f - fNew > 1e-15 * scale ? 0 : stalled + 1;
            if (stalled >= MaxStalledSteps)
            {
                return new BfgsOutcome(x, f, g, iteration + 1, StuckReason(gmax, tolerance, scale), gmax);
            }

            double sy = 0;
            double yy = 0;
            for (int i = 0; i < n; i++)
            {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
                sy += s[i] * y[i];
                yy += y[i] * y[i];
            }

            if (sy > 1e-14 * Math.Sqrt(Dot(s, s) * yy))
            {
                if (fresh)
                {
                    double gamma = sy / yy;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            h[(i * n) + j] *= gamma;
                        }
                    }

                    fresh = false;
                }

                // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, written as a rank-two update.
                double rho = 1.0 / sy;
                double yhy = 0;
                for (int i = 0; i < n; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < n; j++)
                    {
                        sum += h[(i * n) + j] * y[j];
                    }

                    hy[i] = sum;
                    yhy += y[i] * sum;
                }

                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        h[(i * n) + j] += (-rho * ((hy[i] * s[j]) + (s[i] * hy[j]))) + (((rho * rho * yhy) + rho) * s[i] * s[j]);
                    }
                }
            }

            (x, xNew) = (xNew, x);
            (g, gNew) = (gNew, g);
            f = fNew;
            if (objective.PassesLimit(x))
            {
                return new BfgsOutcome(x, f, g, iteration + 1, FitExitReason.ParameterLimit, MaxAbs(g));
            }
        }

        return new BfgsOutcome(x, f, g, maxIterations, MaxAbs(g) <= tolerance * Math.Max(1.0, Math.Abs(f)) ? FitExitReason.GradientTolerance : FitExitReason.MaximumIterations, MaxAbs(g));
    }

    /// <summary>Why a run that cannot progress stopped: converged to rounding when its gradient is already tiny.</summary>
    private static FitExitReason StuckReason(double gmax, double tolerance, double scale) =>
        gmax <= Math.Sqrt(tolerance) * 1e-2 * scale ? FitExitReason.NoFurtherProgress : FitExitReason.LineSearchFailed;

    private static double[] Identity(int n)
    {
        var m = new double[n * n];
        ResetToIdentity(m, n);
        return m;
    }

    private static void ResetToIdentity(double[] m, int n)
    {
        Array.Clear(m);
        for (int i = 0; i < n; i++)
        {
            m[(i * n) + i] = 1;
        }
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

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }
}
