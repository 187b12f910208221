namespace CustomerValue.Switching;

/// <summary>One labelled customer of a churn history: its satisfaction and switching cost (on [0, 1]) at the start of a period,
/// its behaviour covariates, and whether it churned during the period.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ChurnObservation
{
    private readonly double[] _behaviour;

    /// <summary>Creates an observation, validating each field.</summary>
    /// <param name="satisfaction">Satisfaction on [0, 1].</param>
    /// <param name="switchingCost">Total switching cost on [0, 1].</param>
    /// <param name="churned">Whether the customer left during the period.</param>
    /// <param name="behaviour">Behaviour covariates in the order of <see cref="ChurnFitOptions.BehaviourNames"/>; null for none. Each finite.</param>
    /// <param name="customerId">The customer, named in error messages; may be null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names the customer and field.</exception>
    public ChurnObservation(double satisfaction, double switchingCost, bool churned, IReadOnlyList<double>? behaviour = null, string? customerId = null)
    {
        Satisfaction = SwitchingChecks.UnitInterval(satisfaction, nameof(satisfaction), "satisfaction", customerId);
        SwitchingCost = SwitchingChecks.UnitInterval(switchingCost, nameof(switchingCost), "switching cost", customerId);
        Churned = churned;
        _behaviour = SwitchingChecks.FiniteValues(behaviour, nameof(behaviour), "behaviour value", customerId);
        CustomerId = customerId;
    }

    /// <summary>Satisfaction on [0, 1].</summary>
    public double Satisfaction { get; }

    /// <summary>Total switching cost on [0, 1].</summary>
    public double SwitchingCost { get; }

    /// <summary>Whether the customer churned.</summary>
    public bool Churned { get; }

    /// <summary>The behaviour covariates (empty when none).</summary>
    public IReadOnlyList<double> Behaviour => _behaviour;

    /// <summary>The customer, or null.</summary>
    public string? CustomerId { get; }

    /// <summary>The behaviour covariates as a span.</summary>
    internal ReadOnlySpan<double> BehaviourSpan => _behaviour;
}
