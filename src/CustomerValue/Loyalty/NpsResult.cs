namespace CustomerValue.Loyalty;

/// <summary>A Net Promoter Score with its counts and confidence interval, in points from −100 to 100.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Promoters">Answers of 9 or 10.</param>
/// <param name="Passives">Answers of 7 or 8.</param>
/// <param name="Detractors">Answers of 0 to 6.</param>
/// <param name="Score">100 × (promoters − detractors) / responses, in [−100, 100].</param>
/// <param name="Lower">Lower end of the confidence interval, in [−100, 100].</param>
/// <param name="Upper">Upper end of the confidence interval, in [−100, 100].</param>
/// <param name="ConfidenceLevel">The interval's confidence level, for example 0.95.</param>
/// <param name="Method">How the interval was computed.</param>
public sealed record NpsResult(
    long Promoters,
    long Passives,
    long Detractors,
    double Score,
    double Lower,
    double Upper,
    double ConfidenceLevel,
    NpsIntervalMethod Method)
{
    /// <summary>All answers.</summary>
    public long Responses => Promoters + Passives + Detractors;

    /// <summary>The share of promoters, in [0, 1].</summary>
    public double PromoterShare => (double)Promoters / Responses;

    /// <summary>The share of detractors, in [0, 1].</summary>
    public double DetractorShare => (double)Detractors / Responses;
}
