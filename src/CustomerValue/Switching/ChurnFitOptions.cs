using System.Globalization;

namespace CustomerValue.Switching;

/// <summary>Options of <see cref="LogisticChurnModel.Fit"/>: which terms to estimate, an optional ridge penalty and the optimiser's limits.</summary>
/// <remarks>Immutable and thread-safe; every property is validated when set.</remarks>
public sealed record ChurnFitOptions
{
    private readonly IReadOnlyList<string> _behaviourNames = [];
    private readonly double _l2Penalty;
    private readonly int _maxIterations = 100;
    private readonly double _tolerance = 1e-10;

    /// <summary>The default options: interaction included, no behaviour terms, no penalty.</summary>
    public static ChurnFitOptions Default { get; } = new();

    /// <summary>Whether to estimate the satisfaction × switching-cost interaction β_SC (otherwise it is fixed at 0).</summary>
    /// <value>Defaults to true.</value>
    public bool IncludeInteraction { get; init; } = true;

    /// <summary>The names of the behaviour covariates every observation carries, in order.</summary>
    /// <value>Defaults to none.</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyList<string> BehaviourNames
    {
        get => _behaviourNames;
        init => _behaviourNames = Array.AsReadOnly([.. value ?? throw new ArgumentNullException(nameof(value))]);
    }

    /// <summary>Ridge penalty λ: the fit maximises log-likelihood − (λ/2) Σ β² over the slopes (the intercept is not penalised). Finite, zero or more.</summary>
    /// <value>Defaults to 0 (plain maximum likelihood).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, NaN or infinite.</exception>
    public double L2Penalty { get => _l2Penalty; init => _l2Penalty = SwitchingChecks.NonNegative(value, nameof(value), nameof(L2Penalty)); }

    /// <summary>The limit on Newton iterations; at least 1.</summary>
    /// <value>Defaults to 100.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxIterations
    {
        get => _maxIterations;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxIterations = value;
        }
    }

    /// <summary>Convergence tolerance: the Newton decrement ½ gᵀH⁻¹g must fall below it times max(1, |log-likelihood|); in (0, 1).</summary>
    /// <value>Defaults to 1e-10.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in (0, 1).</exception>
    public double Tolerance
    {
        get => _tolerance;
        init => _tolerance = value > 0 && value < 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"The tolerance must be in (0, 1), but was {value}."));
    }
}
