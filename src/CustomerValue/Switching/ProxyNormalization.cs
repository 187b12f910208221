using System.Globalization;

namespace CustomerValue.Switching;

/// <summary>
/// How <see cref="SwitchingCostProxies"/> become facet scores: each money or time proxy x is mapped by the saturating
/// h(x; H) = x/(x + H), which is 0 at 0, ½ at the half-saturation H and approaches 1 with diminishing returns (a points
/// balance of 2H is not felt as twice the loss of H). H is the amount at which the business judges the cost "moderate",
/// the midpoint of a survey scale.
/// </summary>
/// <remarks>Immutable and thread-safe. The defaults are illustrative placeholders in the caller's currency and years;
/// set them from the business (for example the median points value) or calibrate them against survey answers.</remarks>
public sealed record ProxyNormalization
{
    private readonly double _benefitHalfValue = 100;
    private readonly double _feeHalfValue = 100;
    private readonly double _tenureHalfYears = 2;
    private readonly double _brandHalfYears = 5;
    private readonly double _unmeasuredScore = 0.5;
    private readonly StructuralBond _bond = StructuralBond.Default;

    /// <summary>The default normalisation.</summary>
    public static ProxyNormalization Default { get; } = new();

    /// <summary>H of benefit loss: the points-plus-perks value scored 0.5; finite and positive.</summary>
    /// <value>Defaults to 100 (currency units).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite and positive.</exception>
    public double BenefitHalfValue { get => _benefitHalfValue; init => _benefitHalfValue = SwitchingChecks.Positive(value, nameof(value), nameof(BenefitHalfValue)); }

    /// <summary>H of monetary loss: the fees value scored 0.5; finite and positive.</summary>
    /// <value>Defaults to 100 (currency units).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite and positive.</exception>
    public double FeeHalfValue { get => _feeHalfValue; init => _feeHalfValue = SwitchingChecks.Positive(value, nameof(value), nameof(FeeHalfValue)); }

    /// <summary>H of learning cost: the tenure in years at which the firm's ways are half learned; finite and positive.</summary>
    /// <value>Defaults to 2 years.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite and positive.</exception>
    public double TenureHalfYears { get => _tenureHalfYears; init => _tenureHalfYears = SwitchingChecks.Positive(value, nameof(value), nameof(TenureHalfYears)); }

    /// <summary>H of brand relationship loss: the tenure in years scored 0.5; finite and positive.</summary>
    /// <value>Defaults to 5 years.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite and positive.</exception>
    public double BrandHalfYears { get => _brandHalfYears; init => _brandHalfYears = SwitchingChecks.Positive(value, nameof(value), nameof(BrandHalfYears)); }

    /// <summary>The score of a facet no proxy measures (economic risk, evaluation, personal relationship); in [0, 1].</summary>
    /// <value>Defaults to 0.5, the neutral midpoint of a rating scale.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double UnmeasuredScore { get => _unmeasuredScore; init => _unmeasuredScore = SwitchingChecks.UnitInterval(value, nameof(value), nameof(UnmeasuredScore)); }

    /// <summary>The structural-bond function that scores the setup facet from the products and lines held.</summary>
    /// <value>Defaults to <see cref="StructuralBond.Default"/>.</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public StructuralBond Bond { get => _bond; init => _bond = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>h(x; H) = x/(x + H) for x ≥ 0 and H &gt; 0: 0 at 0, ½ at H, below 1.</summary>
    /// <param name="x">The proxy; finite, zero or more.</param>
    /// <param name="half">H; finite and positive.</param>
    /// <returns>The score in [0, 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double Saturate(double x, double half)
    {
        SwitchingChecks.NonNegative(x, nameof(x), "The proxy value");
        SwitchingChecks.Positive(half, nameof(half), "The half-saturation value");
        return x / (x + half);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"benefit H={BenefitHalfValue}, fee H={FeeHalfValue}, tenure H={TenureHalfYears}y, brand H={BrandHalfYears}y, unmeasured={UnmeasuredScore}, bond={Bond}");
}
