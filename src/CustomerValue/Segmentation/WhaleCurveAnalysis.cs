namespace CustomerValue.Segmentation;

/// <summary>
/// The whale curve (Sherden's 80/20/30): cumulative profit over customers ranked from most to least profitable, its peak,
/// and what the unprofitable tail gives away.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WhaleCurveAnalysis
{
    private readonly CurvePoint[] _curve;

    internal WhaleCurveAnalysis(SegmentationResult segmentation, CurvePoint[] curve, int peakIndex, int unprofitable, double loss)
    {
        Segmentation = segmentation;
        _curve = curve;
        Peak = curve[peakIndex];
        TotalProfit = curve[^1].Value;
        UnprofitableCustomers = unprofitable;
        Loss = loss;
    }

    /// <summary>The segments <c>Profitable</c>, <c>Break-even</c> and <c>Unprofitable</c>, valued by profit.</summary>
    public SegmentationResult Segmentation { get; }

    /// <summary>
    /// The cumulative profit curve: (k / n, P_k) for k = 0..n, where P_k is the profit of the k most profitable customers
    /// (ties in natural id order). It rises while profits are positive and falls through the unprofitable tail.
    /// </summary>
    public IReadOnlyList<CurvePoint> Curve => _curve;

    /// <summary>The highest point of the curve: the profit of all profitable customers, and their share of the customers.</summary>
    public CurvePoint Peak { get; }

    /// <summary>The total profit, the curve's end point.</summary>
    public double TotalProfit { get; }

    /// <summary>The peak as a share of the total profit (for example 1.5 when the profitable customers make 150 % of it); null when the total is 0 or less.</summary>
    public double? PeakShareOfTotal => TotalProfit > 0 ? Peak.Value / TotalProfit : null;

    /// <summary>Number of customers with negative profit: the unprofitable tail.</summary>
    public int UnprofitableCustomers { get; }

    /// <summary>The unprofitable tail's share of the customers.</summary>
    public double UnprofitableCustomerShare => (double)UnprofitableCustomers / (_curve.Length - 1);

    /// <summary>The profit the unprofitable tail destroys: minus the sum of the negative profits (0 or more).</summary>
    public double Loss { get; }

    /// <summary>
    /// The share of the peak profit lost in the tail, <see cref="Loss"/> / peak (Sherden: the bottom 30 % lose about half);
    /// null when the peak is 0.
    /// </summary>
    public double? LossShareOfPeak => Peak.Value > 0 ? Loss / Peak.Value : null;
}
