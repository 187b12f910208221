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
    private readonly double[] shiftedNatural;

    public LogParameterObjective(MaximumLikelihoodProblem problem, double penalty)
    {
        this.problem = problem;
        this.penalty = penalty;
        natural = new double[problem.Dimension];
        naturalGradient = new double[problem.Dimension];
        shifted = new double[problem.Dimension];
        shiftedNatural = new double[problem.Dimension];
    }

    public int Dimension => problem.Dimension;

    /// <summary>The unpenalised log-likelihood at θ.</summary>
    public double LogLikelihood(ReadOnlySpan<double> theta)
    {
        for (int i = 0; i < natural.Length; i++)
        {
            natural[i] = Math.Exp(theta[i]);
        }

        return problem.LogLikelihood(natural);
    }

    /// <summary>F(θ); +∞ where the likelihood is not finite.</summary>
    public double Value(ReadOnlySpan<double> theta)
    {
        double ll = LogLikelihood(theta);
        if (!double.IsFinite(ll))
        {
            return double.PositiveInfinity;
        }

        double f = -ll;
        if (penalty > 0)
        {
            for (int i = 0; i < theta.Length; i++)
            {
                f += penalty * theta[i] * theta[i];
            }
        }

        return f;
    }

    /// <summary>The gradient of F at θ into <paramref name="gradient"/>; returns false when it is not finite.</summary>
    public bool Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        if (problem.Gradient is { } analytic)
        {
            for (int i = 0; i < natural.Length; i++)
            {
                natural[i] = Math.Exp(theta[i]);
            }

            analytic(natural, naturalGradient);
            for (int i = 0; i < gradient.Length; i++)
            {
                gradient[i] = -naturalGradient[i] * natural[i];
            }
        }
        else
        {
            theta.CopyTo(shifted);
            for (int i = 0; i < gradient.Length; i++)
            {
                double h = DifferenceStep * Math.Max(1.0, Math.Abs(theta[i]));
                shifted[i] = theta[i] + h;
                double up = -UnpenalisedAt(shifted);
                shifted[i] = theta[i] - h;
                double down = -UnpenalisedAt(shifted);
                shifted[i] = theta[i];
                gradient[i] = (up - down) / (2 * h);
            }
        }

        bool finite = true;
        for (int i = 0; i < gradient.Length; i++)
        {
            gradient[i] += 2 * penalty * theta[i];
            finite &= double.IsFinite(gradient[i]);
        }

        return finite;
    }

    private double UnpenalisedAt(double[] theta)
    {
        for (int i = 0; i < theta.Length; i++)
        {
            shiftedNatural[i] = Math.Exp(theta[i]);
        }

        return problem.LogLikelihood(shiftedNatural);
    }
}
