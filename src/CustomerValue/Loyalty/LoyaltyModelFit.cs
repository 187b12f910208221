namespace CustomerValue.Loyalty;

/// <summary>The result of fitting G to labelled history: the fitted model, its coefficients and the fit quality.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Model">The fitted G, itself an <see cref="IPurchaseLoyaltyModel"/>.</param>
/// <param name="Coefficients">Intercept then the four slopes, on the ln(1 + x) scale, with standard errors.</param>
/// <param name="LogLikelihood">The (unpenalised) log-likelihood at the optimum.</param>
/// <param name="Training">Log-loss and AUC on the training data.</param>
/// <param name="Iterations">Newton iterations taken.</param>
/// <param name="Converged">Whether the Newton iterations converged.</param>
/// <param name="L2Penalty">The ridge penalty λ used (on the standardised inputs).</param>
public sealed record LoyaltyModelFit(
    LogisticLoyaltyModel Model,
    IReadOnlyList<LoyaltyCoefficient> Coefficients,
    double LogLikelihood,
    LoyaltyModelEvaluation Training,
    int Iterations,
    bool Converged,
    double L2Penalty);
