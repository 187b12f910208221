namespace CustomerValue.Segmentation;

/// <summary>Every customer's RFM scores and the segmentation by an <see cref="RfmSegmentMap"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RfmAnalysis
{
    private readonly RfmScore[] _scores;

    internal RfmAnalysis(SegmentationResult segmentation, RfmScore[] scores)
    {
        Segmentation = segmentation;
        _scores = scores;
    }

    /// <summary>The segmentation; segment values are the customers' monetary values.</summary>
    public SegmentationResult Segmentation { get; }

    /// <summary>Every customer's scores, in natural id order (the order of <see cref="SegmentationResult.Assignments"/>).</summary>
    public IReadOnlyList<RfmScore> Scores => _scores;
}
