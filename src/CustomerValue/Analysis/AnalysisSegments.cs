using CustomerValue.Segmentation;

namespace CustomerValue.Analysis;

/// <summary>
/// The segmentations of a <see cref="CustomerAnalysis"/>: value concentration (Pareto, Lorenz, Gini), the whale curve,
/// RFM segments, the three-tier value split and life-cycle stages, all on net spend over the log, and purchase-behaviour
/// loyalty in the last calendar year.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AnalysisSegments
{
    /// <summary>Value concentration: Lorenz curve, Gini, the top 20 % and the Pareto split.</summary>
    public required ConcentrationAnalysis Concentration { get; init; }

    /// <summary>The whale curve of profit (net spend × margin; no cost-to-serve is known from a log).</summary>
    public required WhaleCurveAnalysis Whale { get; init; }

    /// <summary>RFM scores and the standard named segments.</summary>
    public required RfmAnalysis Rfm { get; init; }

    /// <summary>The three-tier split (三分法): best, second-best, the rest.</summary>
    public required SegmentationResult Tiers { get; init; }

    /// <summary>Life-cycle stages from each customer's quarterly purchase-rate and value trajectory.</summary>
    public required SegmentationResult LifeCycle { get; init; }

    /// <summary>The calendar year the loyalty scores are for (the last year in the log).</summary>
    public required int LoyaltyYear { get; init; }

    /// <summary>Purchase-behaviour loyalty F in <see cref="LoyaltyYear"/> by customer (customers active that year).</summary>
    public required IReadOnlyDictionary<string, double> Loyalty { get; init; }

    /// <summary>Share of the customers active in <see cref="LoyaltyYear"/> with F ≥ 0.8.</summary>
    public required double LoyalShare { get; init; }

    /// <summary>The segmentations, in report order.</summary>
    public IReadOnlyList<SegmentationResult> All => [Concentration.Segmentation, Rfm.Segmentation, Tiers, LifeCycle, Whale.Segmentation];
}
