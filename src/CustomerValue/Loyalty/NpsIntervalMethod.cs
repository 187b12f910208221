namespace CustomerValue.Loyalty;

/// <summary>How <see cref="NetPromoterScore"/> computes the confidence interval of the score.</summary>
public enum NpsIntervalMethod
{
    /// <summary>
    /// Adjusted Wald (Rocks 2016, the best-performing simple method in his comparison): add ¾ of a response to the
    /// promoters and to the detractors and 3 to the sample size (so 1½ to the passives), then use the Wald interval of the
    /// adjusted difference. Never of zero width, also when every answer is 10. The default.
    /// </summary>
    AdjustedWald = 0,

    /// <summary>
    /// Wald: p̂_P − p̂_D ± z √((p̂_P + p̂_D − (p̂_P − p̂_D)²) / n), the normal approximation with the trinomial variance of the
    /// difference. Shrinks to a point when every answer falls in one group; poor for small samples.
    /// </summary>
    Wald = 1,
}
