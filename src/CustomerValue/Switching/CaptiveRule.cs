using System.Globalization;

namespace CustomerValue.Switching;

/// <summary>
/// Seed 002's warning made concrete: a customer kept only by procedural and financial switching costs, with neither
/// satisfaction nor a relationship, is <i>captive, not loyal</i> — 以牺牲客户对产品的喜爱为代价 raising barriers breeds
/// resentment and in the end harms loyalty. The rule flags a customer when all three hold:
/// satisfaction &lt; <see cref="DissatisfiedBelow"/>, the barrier max(procedural, financial) ≥ <see cref="BarrierAtLeast"/>,
/// and relational &lt; <see cref="RelationalBelow"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. The defaults put every threshold at the midpoint 0.5 of the normalised scale (4 on 1–7):
/// below-neutral satisfaction, at-least-neutral barrier costs, below-neutral relational costs.</remarks>
public sealed record CaptiveRule
{
    private readonly double _dissatisfiedBelow = 0.5;
    private readonly double _barrierAtLeast = 0.5;
    private readonly double _relationalBelow = 0.5;

    /// <summary>The default rule (all thresholds 0.5).</summary>
    public static CaptiveRule Default { get; } = new();

    /// <summary>Satisfaction (on [0, 1]) below this counts as dissatisfied.</summary>
    /// <value>Defaults to 0.5.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double DissatisfiedBelow { get => _dissatisfiedBelow; init => _dissatisfiedBelow = SwitchingChecks.UnitInterval(value, nameof(value), nameof(DissatisfiedBelow)); }

    /// <summary>A barrier score max(procedural, financial) at or above this counts as a real barrier.</summary>
    /// <value>Defaults to 0.5.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double BarrierAtLeast { get => _barrierAtLeast; init => _barrierAtLeast = SwitchingChecks.UnitInterval(value, nameof(value), nameof(BarrierAtLeast)); }

    /// <summary>A relational score below this counts as "no relational value".</summary>
    /// <value>Defaults to 0.5.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double RelationalBelow { get => _relationalBelow; init => _relationalBelow = SwitchingChecks.UnitInterval(value, nameof(value), nameof(RelationalBelow)); }

    /// <summary>Whether a customer with these switching costs and this satisfaction is captive, not loyal.</summary>
    /// <param name="score">The customer's switching-cost score.</param>
    /// <param name="satisfaction">Its satisfaction on [0, 1].</param>
    /// <returns>True when dissatisfied, held by procedural or financial barriers, and without relational costs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="score"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="satisfaction"/> is outside [0, 1].</exception>
    public bool IsCaptive(SwitchingCostScore score, double satisfaction)
    {
        ArgumentNullException.ThrowIfNull(score);
        SwitchingChecks.UnitInterval(satisfaction, nameof(satisfaction), "Satisfaction");
        return satisfaction < DissatisfiedBelow && score.Barrier >= BarrierAtLeast && score.Relational < RelationalBelow;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"captive when satisfaction < {DissatisfiedBelow}, max(procedural, financial) >= {BarrierAtLeast} and relational < {RelationalBelow}");
}
