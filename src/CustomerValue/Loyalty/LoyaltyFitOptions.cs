namespace CustomerValue.Loyalty;

/// <summary>Settings of <see cref="LogisticLoyaltyModel.Fit"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LoyaltyFitOptions
{
    /// <summary>The default settings.</summary>
    public static LoyaltyFitOptions Default { get; } = new();

    /// <summary>
    /// λ of the ridge penalty (λ/2) Σ βₖ² on the slopes of the <i>standardised</i> inputs (so the penalty does not depend
    /// on the currency or units); the intercept is not penalised. Keeps the fit finite when loyal and other customers are
    /// perfectly separable.
    /// </summary>
    /// <value>1 by default: negligible against thousands of customers, decisive only when the data cannot decide.</value>
    public double L2Penalty { get; init; } = 1.0;

    /// <summary>The most Newton iterations.</summary>
    /// <value>100 by default.</value>
    public int MaxIterations { get; init; } = 100;
}
