namespace CustomerValue.Analysis;

/// <summary>One customer's summary and scores from the chosen models.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Summary">The customer's summary over the whole observation period.</param>
/// <param name="TotalSpend">Net spend over the whole log (historical value).</param>
/// <param name="ProbabilityAlive">P(alive) at the observation end.</param>
/// <param name="ExpectedPurchases">Expected purchases over the analysis horizon.</param>
/// <param name="ExpectedSpend">Expected spend per purchase (Gamma-Gamma); null when no spend model could be fitted.</param>
/// <param name="Clv">Discounted lifetime value over the CLV horizon; null when no spend model could be fitted.</param>
public sealed record CustomerScore(
    CustomerSummary Summary,
    decimal TotalSpend,
    double ProbabilityAlive,
    double ExpectedPurchases,
    double? ExpectedSpend,
    double? Clv);
