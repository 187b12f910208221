namespace CustomerValue.Segmentation;

/// <summary>
/// How concentrated value is over the customers: the Lorenz curve, the Gini coefficient, the share held by the top x % and
/// the top/rest (80/20) segmentation.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ConcentrationAnalysis
{
    private readonly CurvePoint[] _lorenz;

    internal ConcentrationAnalysis(SegmentationResult segmentation, CurvePoint[] lorenz, double gini, double topShare)
    {
        Segmentation = segmentation;
        _lorenz = lorenz;
        Gini = gini;
        TopShare = topShare;
    }

    /// <summary>The top/rest split (by default <c>Top 20%</c> and <c>Other 80%</c>).</summary>
    public SegmentationResult Segmentation { get; }

    /// <summary>
    /// The Lorenz curve: with customers sorted by value from lowest to highest, the points (k / n, L_k) for k = 0..n, where
    /// L_k is the share of the total value held by the k lowest customers. It starts at (0, 0), ends at (1, 1) and is convex;
    /// when the total is 0 it is the line of equality.
    /// </summary>
    public IReadOnlyList<CurvePoint> LorenzCurve => _lorenz;

    /// <summary>
    /// The Gini coefficient: twice the area between the line of equality and the Lorenz curve,
    /// G = 1 − Σ_{k=1..n} (x_k − x_{k−1}) (L_k + L_{k−1}) = 2 Σ_i i·v_(i) / (n Σ v) − (n + 1) / n with values v_(1) ≤ … ≤ v_(n).
    /// 0 when all values are equal (or all 0), at most 1 − 1/n when one customer holds everything; so always in [0, 1).
    /// </summary>
    public double Gini { get; }

    /// <summary>The share of the value held by the top share of customers the analysis was made for (by default the top 20 %): <see cref="ShareOfTop(double)"/> of it.</summary>
    public double TopShare { get; }

    /// <summary>
    /// The share of the total value held by the top <paramref name="customerShare"/> of the customers: 1 − L(1 − x), with the
    /// Lorenz curve L interpolated linearly between its points (so a fractional customer counts pro rata).
    /// </summary>
    /// <param name="customerShare">The share of customers, from 0 to 1.</param>
    /// <returns>The value share, from 0 to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerShare"/> is not in [0, 1].</exception>
    public double ShareOfTop(double customerShare)
    {
        if (!(customerShare >= 0 && customerShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(customerShare), customerShare, "The share of customers must be between 0 and 1.");
        }

        return ShareOfTop(_lorenz, customerShare);
    }

    internal static double ShareOfTop(CurvePoint[] lorenz, double customerShare)
    {
        int n = lorenz.Length - 1;
        double position = (1 - customerShare) * n;
        int k = Math.Min(n - 1, (int)Math.Floor(position));
        double below = lorenz[k].Value + ((position - k) * (lorenz[k + 1].Value - lorenz[k].Value));
        return Math.Clamp(1 - below, 0, 1);
    }
}
