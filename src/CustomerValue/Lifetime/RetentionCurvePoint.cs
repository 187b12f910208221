namespace CustomerValue.Lifetime;

/// <summary>One period of a <see cref="RetentionCurve"/>: survival and retention under a constant rate and under the sBG model.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Period">t, from 1.</param>
/// <param name="ConstantSurvival">r^t: the share of the cohort left after t periods when every period keeps the same share r.</param>
/// <param name="HeterogeneousSurvival">S(t) = B(α, β + t)/B(α, β) under the sBG model.</param>
/// <param name="ConstantRetention">r, the same in every period.</param>
/// <param name="HeterogeneousRetention">r(t) = (β + t − 1)/(α + β + t − 1): the sBG cohort's retention rate in period t, rising with t.</param>
public readonly record struct RetentionCurvePoint(
    int Period,
    double ConstantSurvival,
    double HeterogeneousSurvival,
    double ConstantRetention,
    double HeterogeneousRetention);
