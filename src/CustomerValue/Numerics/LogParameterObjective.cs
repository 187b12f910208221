namespace CustomerValue.Numerics;

/// <summary>
/// The function the optimiser minimises: F(θ) = −LL(exp θ) + λ Σ θ², with its gradient in θ (analytic by the chain rule
/// when the problem has a gradient, otherwise central differences). Not thread-safe: it owns scratch buffers.
/// </summary>
internal sealed class LogParameterObjective
{
    private const double DifferenceStep = 1e-5;

    private readonly MaximumLikelihoodProblem problem;
    private readonly double penalty;
    private readonly double[] natural;
    private readonly double[] naturalGradient;
    private readonly double[] shifted;

    public LogParameterObjective(MaximumLikelihoodProblem problem, double penalty)
    {
        this.problem = problem;
        this.penalty = penalty;
        natural = new double[problem.Dimension];
        naturalGradient = new double[problem.Dimension];
        shifted = new double[problem.Dimension];
    }

    public int Dimension => problem.Dimension;

    /// <summary>Whether θ puts a parameter above its <see cref="MaximumLikelihoodProblem.UpperLimits"/> entry.</summary>
    public bool PassesLimit(ReadOnlySpan<double> theta)
    {
        if (problem.UpperLimits is not { } limits)
        {
            return false;
        }

        for (int i = 0; i < theta.Length; i++)
        {
            if (Math.Exp(theta[i]) > limits[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The unpenalised log-likelihood at θ.</summary>
    public double LogLikelihood(ReadOnlySpan<double> theta)
    {
        ToNatural(theta);
        return problem.LogLikelihood(natural);
    }

    /// <summary>
    /// F(θ) into <paramref name="value"/> and its gradient into <paramref name="gradient"/>; false when either is not finite
    /// (then <paramref name="value"/> is +∞ if F is not finite).
    /// </summary>
    public bool TryEvaluate(ReadOnlySpan<double> theta, Span<double> gradient, out double value)
    {
        ToNatural(theta);
        double ll;
        if (problem.ValueAndGradient is { } both)
        {
            ll = both(natural, naturalGradient);
            ToLogScale(gradient);
        }
        else
        {
            ll = problem.LogLikelihood(natural);
            if (problem.Gradient is { } analytic && double.IsFinite(ll))
            {
                analytic(natural, naturalGradient);
                ToLogScale(gradient);
            }
            else if (double.IsFinite(ll))
            {
                CentralDifferences(theta, gradient);
            }
        }

        if (!double.IsFinite(ll))
        {
            value = double.PositiveInfinity;
            return false;
        }

        value = -ll;
        bool finite = true;
        for (int i = 0; i < gradient.Length; i++)
        {
            value += penalty * theta[i] * theta[i];
            gradient[i] += 2 * penalty * theta[i];
            finite &= double.IsFinite(gradient[i]);
        }

        return finite;
    }

    private void ToNatural(ReadOnlySpan<double> theta)
    {
        for (int i = 0; i < natural.Length; i++)
        {
            natural[i] = Math.Exp(theta[i]);
        }
    }

    /// <summary>∂(−LL)/∂θᵢ = −∂LL/∂pᵢ · pᵢ (chain rule through p = exp θ).</summary>
    private void ToLogScale(Span<double> gradient)
    {
        for (int i = 0; i < gradient.Length; i++)
        {
            gradient[i] = -naturalGradient[i] * natural[i];
        }
    }

    private void CentralDifferences(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        theta.CopyTo(shifted);
        for (int i = 0; i < gradient.Length; i++)
        {
            double h = DifferenceStep * Math.Max(1.0, Math.Abs(theta[i]));
            shifted[i] = theta[i] + h;
            double up = -LogLikelihood(shifted);
            shifted[i] = theta[i] - h;
            double down = -LogLikelihood(shifted);
            shifted[i] = theta[i];
            gradient[i] = (up - down) / (2 * h);
        }
    }
}
