namespace CustomerValue.Lifetime;

/// <summary>
/// Options of a maximum-likelihood fit: where the optimiser starts, when it stops and an optional L2 penalty.
/// Every property is validated when it is set.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The optimiser works on the logarithms of the (positive) parameters with BFGS and an analytic
/// gradient where the model has one; it runs from every starting point and keeps the best, so the answer does not depend on
/// chance. A later start stops as soon as it enters the basin of the optimum already found (it would converge there);
/// one heading elsewhere runs to the end.
/// </remarks>
public sealed record FitOptions
{
    private readonly IReadOnlyList<IReadOnlyList<double>>? startingPoints;
    private readonly int maxIterations = 1000;
    private readonly double tolerance = 1e-9;
    private readonly double l2Penalty;

    /// <summary>The default options.</summary>
    public static FitOptions Default { get; } = new();

    /// <summary>
    /// Starting points in the model's natural parameters, in its canonical order (for BG/NBD: r, alpha, a, b); every value
    /// positive and finite. <see langword="null"/> (the default) uses the model's own deterministic set of starting points.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    /// <exception cref="ArgumentException">The list is empty, or a point is empty or holds a value that is not positive and finite.</exception>
    public IReadOnlyList<IReadOnlyList<double>>? StartingPoints
    {
        get => startingPoints;
        init
        {
            if (value is null)
            {
                startingPoints = null;
                return;
            }

            if (value.Count == 0)
            {
                throw new ArgumentException("Give at least one starting point, or null for the model's defaults.", nameof(value));
            }

            var copy = new IReadOnlyList<double>[value.Count];
            for (int i = 0; i < value.Count; i++)
            {
                IReadOnlyList<double> point = value[i] ?? throw new ArgumentException($"Starting point {i} is null.", nameof(value));
                if (point.Count == 0)
                {
                    throw new ArgumentException($"Starting point {i} is empty.", nameof(value));
                }

                var values = new double[point.Count];
                for (int j = 0; j < values.Length; j++)
                {
                    double v = point[j];
                    if (!double.IsFinite(v) || v <= 0)
                    {
                        throw new ArgumentException($"Starting point {i}, parameter {j}: values must be positive and finite, but was {v}.", nameof(value));
                    }

                    values[j] = v;
                }

                copy[i] = Array.AsReadOnly(values);
            }

            startingPoints = Array.AsReadOnly(copy);
        }
    }

    /// <summary>The iteration limit of each optimiser run; at least 1.</summary>
    /// <value>Defaults to 1000.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxIterations
    {
        get => maxIterations;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            maxIterations = value;
        }
    }

    /// <summary>
    /// Convergence tolerance: the fit has converged when every component of the gradient of the negative log-likelihood
    /// with respect to the log-parameters is at most <c>Tolerance × max(1, |log-likelihood|)</c>. Positive and below 1.
    /// </summary>
    /// <value>Defaults to 1e-9.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in (0, 1).</exception>
    public double Tolerance
    {
        get => tolerance;
        init
        {
            if (!(value > 0 && value < 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"Tolerance must be in (0, 1), but was {value}.");
            }

            tolerance = value;
        }
    }

    /// <summary>
    /// L2 penalty λ on the log-parameters: the fit maximises <c>log-likelihood − λ Σ (log θ)²</c>, which shrinks every
    /// parameter towards 1. Zero (the default) gives plain maximum likelihood. Finite and zero or more.
    /// </summary>
    /// <value>Defaults to 0.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, NaN or infinite.</exception>
    public double L2Penalty
    {
        get => l2Penalty;
        init
        {
            if (!double.IsFinite(value) || value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"The L2 penalty must be finite and zero or more, but was {value}.");
            }

            l2Penalty = value;
        }
    }
}
