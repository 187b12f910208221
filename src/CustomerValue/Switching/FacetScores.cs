using System.Globalization;

namespace CustomerValue.Switching;

/// <summary>
/// One customer's eight switching-cost facet scores on the common [0, 1] scale (0: leaving costs nothing on this facet;
/// 1: the highest cost the instrument can express), in the canonical order of <see cref="SwitchingCostFacet"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Survey ratings become scores through <see cref="FromRatings"/>, measured proxies through
/// <see cref="SwitchingCostProxies.ToFacetScores"/>.</remarks>
public sealed class FacetScores
{
    private readonly double[] _scores;

    /// <summary>Creates the scores from eight values in [0, 1], in canonical facet order.</summary>
    /// <param name="scores">Eight scores in [0, 1].</param>
    /// <exception cref="ArgumentException">There are not exactly eight values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or outside [0, 1]; the message names the facet.</exception>
    public FacetScores(ReadOnlySpan<double> scores)
        : this(scores, null)
    {
    }

    private FacetScores(ReadOnlySpan<double> scores, string? customerId)
    {
        if (scores.Length != SwitchingCostFacets.Count)
        {
            throw new ArgumentException(
                $"{SwitchingChecks.Who(customerId)}expected {SwitchingCostFacets.Count} facet scores ({string.Join(", ", SwitchingCostFacets.ColumnNames)}), but got {scores.Length}.",
                nameof(scores));
        }

        _scores = new double[SwitchingCostFacets.Count];
        for (int i = 0; i < _scores.Length; i++)
        {
            _scores[i] = SwitchingChecks.UnitInterval(scores[i], nameof(scores), SwitchingCostFacets.ColumnNames[i], customerId);
        }
    }

    /// <summary>The score of a facet, in [0, 1].</summary>
    /// <param name="facet">The facet.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="facet"/> is not a defined facet.</exception>
    public double this[SwitchingCostFacet facet] => _scores[SwitchingCostFacets.Index(facet)];

    /// <summary>All eight facets at the same score.</summary>
    /// <param name="score">The score, in [0, 1].</param>
    /// <returns>The scores.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside [0, 1].</exception>
    public static FacetScores Uniform(double score)
    {
        Span<double> scores = stackalloc double[SwitchingCostFacets.Count];
        scores.Fill(score);
        return new FacetScores(scores);
    }

    /// <summary>Normalises eight survey ratings onto [0, 1] with <paramref name="scale"/>: (x − min)/(max − min).</summary>
    /// <param name="ratings">Eight ratings in canonical facet order; NaN marks a missing answer, which is rejected.</param>
    /// <param name="scale">The rating scale; null for 1–7.</param>
    /// <param name="customerId">The customer, named in error messages; may be null.</param>
    /// <returns>The scores.</returns>
    /// <exception cref="ArgumentException">There are not eight ratings, or one is missing (NaN); the message names the customer and the facet.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is outside the scale; the message names the customer, the facet and the value.</exception>
    public static FacetScores FromRatings(ReadOnlySpan<double> ratings, LikertScale? scale = null, string? customerId = null)
    {
        scale ??= LikertScale.SevenPoint;
        if (ratings.Length != SwitchingCostFacets.Count)
        {
            return new FacetScores(ratings, customerId);
        }

        Span<double> scores = stackalloc double[SwitchingCostFacets.Count];
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = scale.Normalize(ratings[i], SwitchingCostFacets.ColumnNames[i], nameof(ratings), customerId);
        }

        return new FacetScores(scores, customerId);
    }

    /// <summary>These scores with one facet replaced.</summary>
    /// <param name="facet">The facet.</param>
    /// <param name="score">Its new score, in [0, 1].</param>
    /// <returns>New scores.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The facet is not defined or the score is outside [0, 1].</exception>
    public FacetScores With(SwitchingCostFacet facet, double score)
    {
        double[] copy = (double[])_scores.Clone();
        copy[SwitchingCostFacets.Index(facet)] = score;
        return new FacetScores(copy);
    }

    /// <summary>Copies the eight scores, in canonical order, into <paramref name="destination"/>.</summary>
    /// <param name="destination">At least eight values long.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than eight.</exception>
    public void CopyTo(Span<double> destination)
    {
        if (destination.Length < _scores.Length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values; {_scores.Length} are needed.", nameof(destination));
        }

        _scores.CopyTo(destination);
    }

    /// <summary>The eight scores in canonical order, as a new array.</summary>
    /// <returns>A copy of the scores.</returns>
    public double[] ToArray() => (double[])_scores.Clone();

    /// <inheritdoc/>
    public override string ToString() =>
        string.Join(", ", SwitchingCostFacets.ColumnNames.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"{n}={_scores[i]:0.###}")));

    /// <summary>The scores as a read-only span, without copying.</summary>
    internal ReadOnlySpan<double> AsSpan() => _scores;
}
