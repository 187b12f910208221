namespace CustomerValue.Loyalty;

/// <summary>
/// The library's default purchase-loyalty function F = G(a, b, c, d) (seed 000 篇5 §二): a weighted geometric mean of four
/// logistic sub-scores, one per input, each on the log scale and anchored to the population, so that loyalty needs
/// <i>all</i> of frequency, variety, volume and spend — a few big orders do not pass for loyalty, nor do many tiny ones.
/// </summary>
/// <remarks>
/// <para>For each input x ∈ {a, b, c, d} with anchors (typical t, strong s) from <see cref="Calibration"/>:</para>
/// <para>
/// L = ln(1 + max(x, 0)),  z = (L − ln(1 + t)) / (ln(1 + s) − ln(1 + t)),  u = σ(z ln 4) = 1 / (1 + 4^−z),
/// </para>
/// <para>
/// so u = ½ at the typical value and u = 0.8 at the strong value (16/17 ≈ 0.94 two steps up). Then
/// F = Π uₖ^wₖ with the weights wₖ of <see cref="Weights"/> normalised to sum to 1 (inputs of weight 0 are left out).
/// </para>
/// <para>
/// Properties: 0 ≤ F ≤ 1; F is non-decreasing in each input (strictly increasing where its weight is positive); returns
/// diminish twice, through the logarithm and the logistic; the result is nearly indifferent to the currency or unit of
/// measure when the anchors come from the same population (<see cref="FromPopulation"/>: rescaling an input shifts
/// ln(1 + x) by almost a constant, which the anchors absorb); a customer at the strong level of every
/// input scores exactly 0.8, the seed's loyalty threshold, and one at the typical level of every input ½. Because the
/// sub-scores multiply, one weak input drags F down: with the population's median and 90th percentile as anchors, a
/// customer at the 90th percentile of purchase occasions but at the median of everything else scores
/// 0.8^¼ × 0.5^¾ ≈ 0.56.
/// </para>
/// <para>Immutable and thread-safe; scoring allocates nothing.</para>
/// </remarks>
public sealed class BalancedLoyaltyModel : LogScaleLoyaltyModel
{
    private static readonly double Steepness = Math.Log(4.0);

    private readonly double[] _center = new double[PurchaseLoyaltyInputs.Count];
    private readonly double[] _rate = new double[PurchaseLoyaltyInputs.Count];
    private readonly double[] _weight = new double[PurchaseLoyaltyInputs.Count];
    private readonly double _equalExponent;

    /// <summary>Creates the model from explicit anchors and weights.</summary>
    /// <param name="calibration">Typical and strong levels of each input.</param>
    /// <param name="weights">The inputs' weights; <see cref="LoyaltyInputWeights.Equal"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calibration"/> is null.</exception>
    public BalancedLoyaltyModel(PurchaseLoyaltyCalibration calibration, LoyaltyInputWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        Calibration = calibration;
        Weights = weights ?? LoyaltyInputWeights.Equal;
        LoyaltyAnchor[] anchors = [calibration.PurchaseCount, calibration.DistinctProducts, calibration.Units, calibration.Spend];
        double[] raw = [Weights.PurchaseCount, Weights.DistinctProducts, Weights.Units, Weights.Spend];
        double total = Weights.Total;
        double common = -1;
        int active = 0;
        bool equal = true;
        for (int k = 0; k < anchors.Length; k++)
        {
            _center[k] = PurchaseLoyaltyInputs.Transform(anchors[k].Typical);
            _rate[k] = Steepness / (PurchaseLoyaltyInputs.Transform(anchors[k].Strong) - _center[k]);
            _weight[k] = raw[k] / total;
            if (_weight[k] > 0)
            {
                active++;
                equal &= common < 0 || raw[k] == common;
                common = raw[k];
            }
        }

        _equalExponent = equal ? 1.0 / active : 0.0;
    }

    /// <summary>The anchors of the four inputs.</summary>
    public PurchaseLoyaltyCalibration Calibration { get; }

    /// <summary>The weights of the four inputs.</summary>
    public LoyaltyInputWeights Weights { get; }

    /// <summary>
    /// The default G calibrated against <paramref name="population"/>: medians typical, <paramref name="upperQuantile"/>
    /// quantiles strong (see <see cref="PurchaseLoyaltyCalibration.FromPopulation"/>).
    /// </summary>
    /// <param name="population">One row per customer for one year; at least one.</param>
    /// <param name="weights">The inputs' weights; equal when null.</param>
    /// <param name="upperQuantile">The quantile that is "strong", in (0.5, 1); 0.9 by default.</param>
    /// <exception cref="ArgumentException"><paramref name="population"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="upperQuantile"/> is not in (0.5, 1).</exception>
    public static BalancedLoyaltyModel FromPopulation(
        ReadOnlySpan<YearlyActivity> population, LoyaltyInputWeights? weights = null, double upperQuantile = PurchaseLoyaltyCalibration.DefaultUpperQuantile) =>
        new(PurchaseLoyaltyCalibration.FromPopulation(population, upperQuantile), weights);

    /// <summary>
    /// The sub-score u of one input at its transformed value L = ln(1 + x): ½ at the typical level, 0.8 at the strong.
    /// 1 / (1 + e^−y) is monotone in floating point (unlike a log-sigmoid split at 0), so F stays monotone to the last bit.
    /// </summary>
    private double SubScore(int input, double transformed) => 1.0 / (1.0 + Math.Exp(-_rate[input] * (transformed - _center[input])));

    private protected override double Kernel(double a, double b, double c, double d)
    {
        if (_equalExponent > 0)
        {
            double product = 1.0;
            product *= _weight[0] > 0 ? SubScore(0, a) : 1.0;
            product *= _weight[1] > 0 ? SubScore(1, b) : 1.0;
            product *= _weight[2] > 0 ? SubScore(2, c) : 1.0;
            product *= _weight[3] > 0 ? SubScore(3, d) : 1.0;

            // The usual case, four equal weights: the ¼ power as two square roots, several times cheaper than Math.Pow and,
            // being correctly rounded, just as monotone.
            return _equalExponent == 0.25 ? Math.Sqrt(Math.Sqrt(product)) : Math.Pow(product, _equalExponent);
        }

        double sum = 0;
        sum += _weight[0] > 0 ? _weight[0] * Math.Log(SubScore(0, a)) : 0.0;
        sum += _weight[1] > 0 ? _weight[1] * Math.Log(SubScore(1, b)) : 0.0;
        sum += _weight[2] > 0 ? _weight[2] * Math.Log(SubScore(2, c)) : 0.0;
        sum += _weight[3] > 0 ? _weight[3] * Math.Log(SubScore(3, d)) : 0.0;
        return Math.Exp(sum);
    }
}
