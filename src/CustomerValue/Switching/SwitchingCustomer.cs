namespace CustomerValue.Switching;

/// <summary>
/// A customer as the churn and what-if models see it: its facet scores and satisfaction on [0, 1], the behaviour covariates
/// of the churn model (if it has any).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SwitchingCustomer
{
    private readonly double[] _behaviour;

    /// <summary>Creates a customer, validating each field.</summary>
    /// <param name="customerId">The customer; not blank.</param>
    /// <param name="facets">The eight facet scores.</param>
    /// <param name="satisfaction">Satisfaction normalised onto [0, 1].</param>
    /// <param name="behaviour">Behaviour covariates of the churn model, in its order; null for none. Each finite.</param>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="facets"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names the customer and field.</exception>
    public SwitchingCustomer(string customerId, FacetScores facets, double satisfaction, IReadOnlyList<double>? behaviour = null)
    {
        CustomerId = SwitchingChecks.CustomerId(customerId, nameof(customerId));
        ArgumentNullException.ThrowIfNull(facets);
        Facets = facets;
        Satisfaction = SwitchingChecks.UnitInterval(satisfaction, nameof(satisfaction), "satisfaction", customerId);
        _behaviour = SwitchingChecks.FiniteValues(behaviour, nameof(behaviour), "behaviour value", customerId);
    }

    /// <summary>The customer.</summary>
    public string CustomerId { get; }

    /// <summary>The eight facet scores on [0, 1].</summary>
    public FacetScores Facets { get; }

    /// <summary>Satisfaction on [0, 1].</summary>
    public double Satisfaction { get; }

    /// <summary>The behaviour covariates (empty when the churn model has none).</summary>
    public IReadOnlyList<double> Behaviour => _behaviour;

    /// <summary>This customer with other facet scores and satisfaction (the what-if's counterfactual).</summary>
    /// <param name="facets">The new facet scores.</param>
    /// <param name="satisfaction">The new satisfaction, in [0, 1].</param>
    /// <returns>A new customer.</returns>
    public SwitchingCustomer With(FacetScores facets, double satisfaction) => new(CustomerId, facets, satisfaction, _behaviour);

    /// <summary>The behaviour covariates as a span, without copying.</summary>
    internal ReadOnlySpan<double> BehaviourSpan => _behaviour;
}
