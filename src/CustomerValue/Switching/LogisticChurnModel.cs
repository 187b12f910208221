using System.Globalization;
using CustomerValue.Numerics;

namespace CustomerValue.Switching;

/// <summary>
/// A logistic model of defection: logit P(churn) = β₀ + β_S·S + β_C·C + β_SC·S·C + Σ_k β_k·x_k, where S is satisfaction and C the
/// total switching cost (both on [0, 1]) and x_k are behaviour covariates (for example the structural bond, recency).
/// </summary>
/// <remarks>
/// <para>The interaction β_SC expresses the seeds' observation (000 篇6, 002 §3.2.1) that switching cost and satisfaction are
/// substitutes: with β_C &lt; 0 and β_SC &gt; 0 the protective effect of switching cost, ∂logit/∂C = β_C + β_SC·S, is strongest
/// for dissatisfied customers (high switching cost holds them), and satisfaction protects most where switching cost is low
/// (where satisfied customers are the ones who can still walk away). docs/switching-costs.md tabulates it.</para>
/// <para>The default (<see cref="Default"/>: β₀ = 1, β_S = −2.5, β_C = −2, β_SC = 0.5) is illustrative, not estimated: it puts
/// per-period churn at 73% for a dissatisfied customer with no switching cost, 27% with the highest cost, 18% for a fully
/// satisfied one with none and 5% with both. Fit your own with <see cref="Fit"/>.</para>
/// <para>Immutable and thread-safe; scoring allocates nothing.</para>
/// </remarks>
public sealed partial class LogisticChurnModel : IChurnModel
{
    /// <summary>The coefficient names of the four core terms, in order.</summary>
    public static readonly IReadOnlyList<string> CoreTermNames = Array.AsReadOnly(["intercept", "satisfaction", "switching_cost", "satisfaction_x_switching_cost"]);

    private readonly string[] _behaviourNames;
    private readonly double[] _behaviour;

    /// <summary>Creates a model from its coefficients.</summary>
    /// <param name="intercept">β₀: the log-odds of churn at S = C = 0 with every behaviour covariate 0.</param>
    /// <param name="satisfaction">β_S: the change in log-odds from no to full satisfaction at C = 0.</param>
    /// <param name="switchingCost">β_C: the change in log-odds from no to the highest switching cost at S = 0.</param>
    /// <param name="interaction">β_SC: the coefficient of S·C.</param>
    /// <param name="behaviourNames">Names of the behaviour covariates; null for none. Not blank, no duplicates.</param>
    /// <param name="behaviourCoefficients">Their coefficients, as many as names; null for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coefficient is not finite.</exception>
    /// <exception cref="ArgumentException">Names and coefficients differ in number, or a name is blank or repeated.</exception>
    public LogisticChurnModel(
        double intercept,
        double satisfaction,
        double switchingCost,
        double interaction,
        IReadOnlyList<string>? behaviourNames = null,
        IReadOnlyList<double>? behaviourCoefficients = null)
    {
        Intercept = SwitchingChecks.Finite(intercept, nameof(intercept), "The intercept");
        Satisfaction = SwitchingChecks.Finite(satisfaction, nameof(satisfaction), "The satisfaction coefficient");
        SwitchingCost = SwitchingChecks.Finite(switchingCost, nameof(switchingCost), "The switching-cost coefficient");
        Interaction = SwitchingChecks.Finite(interaction, nameof(interaction), "The interaction coefficient");
        _behaviourNames = behaviourNames is null ? [] : [.. behaviourNames];
        _behaviour = SwitchingChecks.FiniteValues(behaviourCoefficients, nameof(behaviourCoefficients), "Behaviour coefficient");
        if (_behaviourNames.Length != _behaviour.Length)
        {
            throw new ArgumentException($"There are {_behaviourNames.Length} behaviour names but {_behaviour.Length} behaviour coefficients.", nameof(behaviourCoefficients));
        }

        var seen = new HashSet<string>(CoreTermNames, StringComparer.OrdinalIgnoreCase);
        foreach (string? name in _behaviourNames)
        {
            if (string.IsNullOrWhiteSpace(name) || !seen.Add(name))
            {
                throw new ArgumentException($"Behaviour names must be non-blank and distinct from each other and from {string.Join(", ", CoreTermNames)}; '{name}' is not.", nameof(behaviourNames));
            }
        }
    }

    /// <summary>The illustrative default: β₀ = 1, β_S = −2.5, β_C = −2, β_SC = 0.5, no behaviour terms.</summary>
    public static LogisticChurnModel Default { get; } = new(1.0, -2.5, -2.0, 0.5);

    /// <summary>β₀.</summary>
    public double Intercept { get; }

    /// <summary>β_S, the coefficient of satisfaction.</summary>
    public double Satisfaction { get; }

    /// <summary>β_C, the coefficient of the total switching cost.</summary>
    public double SwitchingCost { get; }

    /// <summary>β_SC, the coefficient of satisfaction × switching cost.</summary>
    public double Interaction { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> BehaviourNames => _behaviourNames;

    /// <summary>The behaviour coefficients, in the order of <see cref="BehaviourNames"/>.</summary>
    public IReadOnlyList<double> BehaviourCoefficients => _behaviour;

    /// <summary>
    /// True when churn is non-increasing in both satisfaction and switching cost everywhere on the unit square:
    /// β_C + max(0, β_SC) ≤ 0 and β_S + max(0, β_SC) ≤ 0 (the slopes ∂logit/∂C = β_C + β_SC·S and ∂logit/∂S = β_S + β_SC·C
    /// are linear, so their signs at the corners decide). The default model is.
    /// </summary>
    public bool IsMonotone =>
        SwitchingCost + Math.Max(0.0, Interaction) <= 0 && Satisfaction + Math.Max(0.0, Interaction) <= 0;

    /// <summary>1/(1 + e^(−z)): the logistic function, in [0, 1] for every finite or infinite z.</summary>
    /// <param name="logit">z.</param>
    /// <returns>The probability.</returns>
    public static double Logistic(double logit) => LogMath.LogisticOfNegative(-logit);

    /// <summary>The log-odds of churn, β₀ + β_S·S + β_C·C + β_SC·S·C + Σ β_k x_k.</summary>
    /// <param name="satisfaction">S on [0, 1].</param>
    /// <param name="switchingCost">C on [0, 1].</param>
    /// <param name="behaviour">One finite value per behaviour name.</param>
    /// <returns>The log-odds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A predictor is out of range.</exception>
    /// <exception cref="ArgumentException">The number of behaviour values is wrong.</exception>
    public double Logit(double satisfaction, double switchingCost, ReadOnlySpan<double> behaviour)
    {
        SwitchingChecks.UnitInterval(satisfaction, nameof(satisfaction), "Satisfaction");
        SwitchingChecks.UnitInterval(switchingCost, nameof(switchingCost), "The switching cost");
        if (behaviour.Length != _behaviour.Length)
        {
            throw new ArgumentException($"The model has {_behaviour.Length} behaviour terms ({string.Join(", ", _behaviourNames)}), but {behaviour.Length} values were given.", nameof(behaviour));
        }

        double z = Intercept + (Satisfaction * satisfaction) + (SwitchingCost * switchingCost) + (Interaction * satisfaction * switchingCost);
        for (int k = 0; k < _behaviour.Length; k++)
        {
            z += _behaviour[k] * SwitchingChecks.Finite(behaviour[k], nameof(behaviour), _behaviourNames[k]);
        }

        return z;
    }

    /// <inheritdoc/>
    public double Probability(double satisfaction, double switchingCost, ReadOnlySpan<double> behaviour) =>
        Logistic(Logit(satisfaction, switchingCost, behaviour));

    /// <summary>The probability of churn for a model without behaviour terms.</summary>
    /// <param name="satisfaction">S on [0, 1].</param>
    /// <param name="switchingCost">C on [0, 1].</param>
    /// <returns>The probability, in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A predictor is out of range.</exception>
    /// <exception cref="ArgumentException">The model has behaviour terms.</exception>
    public double Probability(double satisfaction, double switchingCost) => Probability(satisfaction, switchingCost, []);

    /// <summary>
    /// ∂P/∂C = P(1 − P)(β_C + β_SC·S): how fast churn falls as switching cost rises, at this customer's point. With the default
    /// model it is largest in size for dissatisfied customers — the interaction the seeds describe.
    /// </summary>
    /// <param name="satisfaction">S on [0, 1].</param>
    /// <param name="switchingCost">C on [0, 1].</param>
    /// <param name="behaviour">One finite value per behaviour name.</param>
    /// <returns>The derivative (per unit of C; divide by 6 for one point of a 1–7 scale).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A predictor is out of range.</exception>
    /// <exception cref="ArgumentException">The number of behaviour values is wrong.</exception>
    public double SwitchingCostEffect(double satisfaction, double switchingCost, ReadOnlySpan<double> behaviour)
    {
        double p = Probability(satisfaction, switchingCost, behaviour);
        return p * (1 - p) * (SwitchingCost + (Interaction * satisfaction));
    }

    /// <summary>The coefficients by name: intercept, satisfaction, switching_cost, satisfaction_x_switching_cost, then the behaviour terms.</summary>
    /// <returns>A new read-only list.</returns>
    public IReadOnlyList<KeyValuePair<string, double>> ToNamedValues()
    {
        var values = new List<KeyValuePair<string, double>>
        {
            new(CoreTermNames[0], Intercept),
            new(CoreTermNames[1], Satisfaction),
            new(CoreTermNames[2], SwitchingCost),
            new(CoreTermNames[3], Interaction),
        };
        values.AddRange(_behaviourNames.Select((n, k) => new KeyValuePair<string, double>(n, _behaviour[k])));
        return values.AsReadOnly();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        "logit P(churn) = " + string.Join(" + ", ToNamedValues().Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value:G4}·{kv.Key}")));
}
