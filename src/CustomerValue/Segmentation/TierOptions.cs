using System.Globalization;

namespace CustomerValue.Segmentation;

/// <summary>
/// The tiers of a <see cref="TierStrategy"/>: what is cut (customers or value), where, and the tier names, best tier
/// first. The presets carry the numbers of the seed article (000 篇5: 三分法, 四分法, 十分法).
/// </summary>
/// <remarks>Immutable and thread-safe; validated on creation.</remarks>
public sealed class TierOptions
{
    private static readonly double[] DecileCuts = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    private static readonly string[] DecileNames = ["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10"];

    /// <summary>Creates tier options.</summary>
    /// <param name="basis">What the cut points are shares of.</param>
    /// <param name="cutPoints">Strictly increasing shares in (0, 1); k cut points make k + 1 tiers.</param>
    /// <param name="names">One distinct, non-blank name per tier, best tier first.</param>
    /// <param name="actions">Optionally, one recommended action per tier.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cutPoints"/> or <paramref name="names"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is undefined, or a cut point is outside (0, 1) or not above the one before.</exception>
    /// <exception cref="ArgumentException">The names or actions are not one per tier, or two names are equal or blank.</exception>
    public TierOptions(TierBasis basis, IReadOnlyList<double> cutPoints, IReadOnlyList<string> names, IReadOnlyList<string>? actions = null)
    {
        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown tier basis.");
        }

        Basis = basis;
        CutPoints = SegmentationCheck.CutPoints(cutPoints, nameof(cutPoints));
        Names = SegmentationCheck.Names(names, CutPoints.Count + 1, nameof(names));
        if (actions is not null && actions.Count != Names.Count)
        {
            throw new ArgumentException($"{Names.Count} actions are needed, but {actions.Count} were given.", nameof(actions));
        }

        Actions = actions is null ? [.. Names.Select(_ => string.Empty)] : [.. actions.Select(a => a ?? string.Empty)];
    }

    /// <summary>
    /// 三分法 (seed 000 篇5): by customers, cut at 1 % and 20 %: <c>Best</c> (the at most 1 % who bring about 10 % of the
    /// revenue), <c>Second best</c> (the rest of the top 20 %) and <c>Others</c> (the remaining 80 %).
    /// </summary>
    public static TierOptions ThreeTier { get; } = new(
        TierBasis.Customers,
        [0.01, 0.20],
        ["Best", "Second best", "Others"],
        ["One-to-one relationship marketing", "Find the customers with high purchasing power and develop them", "Serve efficiently at low cost"]);

    /// <summary>
    /// 四分法 (seed 000 篇5): by customers, cut at 1 %, 10 % and 60 %: <c>Top</c> (1 %, about 10 % of profit),
    /// <c>High</c> (to 10 %, 30–50 %), <c>Middle</c> (to 60 %, up to 90 %) and <c>Low</c> (the last 40 %, about 10 %).
    /// </summary>
    public static TierOptions FourTier { get; } = new(
        TierBasis.Customers,
        [0.01, 0.10, 0.60],
        ["Top", "High", "Middle", "Low"],
        ["Dedicated one-to-one service", "Grow and retain", "Serve efficiently", "Serve at minimum cost"]);

    /// <summary>十分法, revenue (or purchase) deciles (seed 000 篇5): ten bands D1…D10, each holding 10 % of the total value.</summary>
    public static TierOptions ValueDeciles { get; } = new(TierBasis.Value, DecileCuts, DecileNames);

    /// <summary>Ordinary customer-count deciles: ten bands D1…D10 of 10 % of the customers each (sizes differ by at most one).</summary>
    public static TierOptions CustomerDeciles { get; } = new(TierBasis.Customers, DecileCuts, DecileNames);

    /// <summary>What the cut points are shares of.</summary>
    public TierBasis Basis { get; }

    /// <summary>The cut points, strictly increasing in (0, 1).</summary>
    public IReadOnlyList<double> CutPoints { get; }

    /// <summary>The tier names, best first; one more than the cut points.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The recommended action per tier (empty strings when none were given).</summary>
    public IReadOnlyList<string> Actions { get; }

    /// <summary>
    /// The 80/20 split: by customers, cut at <paramref name="topShare"/>: <c>Top 20%</c> and <c>Other 80%</c> for the default.
    /// </summary>
    /// <param name="topShare">The share of customers in the top group, in (0, 1).</param>
    /// <returns>Two tiers named after the shares.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topShare"/> is not in (0, 1).</exception>
    public static TierOptions Pareto(double topShare = 0.2)
    {
        double[] cuts = SegmentationCheck.CutPoints([topShare], nameof(topShare));
        string top = (cuts[0] * 100).ToString("0.##", CultureInfo.InvariantCulture);
        string rest = ((1 - cuts[0]) * 100).ToString("0.##", CultureInfo.InvariantCulture);
        return new TierOptions(TierBasis.Customers, cuts, [$"Top {top}%", $"Other {rest}%"], ["Focus resources", "Serve efficiently"]);
    }
}
