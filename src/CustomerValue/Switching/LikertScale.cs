using System.Globalization;

namespace CustomerValue.Switching;

/// <summary>
/// A rating scale from <see cref="Min"/> to <see cref="Max"/> (1–7 by default) and its linear map onto the common [0, 1]
/// scale of the switching-cost models: n = (x − min)/(max − min). On 1–7 the points 1, 4, 7 become 0, 0.5, 1, and one point
/// is 1/6.
/// </summary>
/// <remarks>Immutable and thread-safe. Fractional ratings (averages of several items) are accepted.</remarks>
public sealed record LikertScale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="min">The lowest rating; finite.</param>
    /// <param name="max">The highest rating; finite and above <paramref name="min"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, or <paramref name="max"/> ≤ <paramref name="min"/>.</exception>
    public LikertScale(double min, double max)
    {
        SwitchingChecks.Finite(min, nameof(min), "The lowest rating");
        SwitchingChecks.Finite(max, nameof(max), "The highest rating");
        if (!(max > min))
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, string.Create(CultureInfo.InvariantCulture, $"The highest rating must be above the lowest ({min}), but was {max}."));
        }

        Min = min;
        Max = max;
    }

    /// <summary>The seven-point scale 1–7 used by Burnham, Frels &amp; Mahajan (2003) and the CLI.</summary>
    public static LikertScale SevenPoint { get; } = new(1, 7);

    /// <summary>The five-point scale 1–5.</summary>
    public static LikertScale FivePoint { get; } = new(1, 5);

    /// <summary>The lowest rating.</summary>
    public double Min { get; }

    /// <summary>The highest rating.</summary>
    public double Max { get; }

    /// <summary>The width max − min: the number of points from the bottom to the top of the scale.</summary>
    public double Width => Max - Min;

    /// <summary>Maps a rating to [0, 1]: (x − min)/(max − min).</summary>
    /// <param name="rating">A rating between <see cref="Min"/> and <see cref="Max"/>.</param>
    /// <returns>The normalised score in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rating is NaN or outside the scale.</exception>
    public double Normalize(double rating) => Normalize(rating, "rating", nameof(rating), null);

    /// <summary>Maps a normalised score in [0, 1] back to the scale: min + n(max − min).</summary>
    /// <param name="score">A score in [0, 1].</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The score is NaN or outside [0, 1].</exception>
    public double Denormalize(double score) => Min + (SwitchingChecks.UnitInterval(score, nameof(score), "The score") * Width);

    /// <summary>A change of <paramref name="points"/> rating points on the normalised scale: points/(max − min).</summary>
    /// <param name="points">A change in rating points (for example +1); finite.</param>
    /// <returns>The change in normalised score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is not finite.</exception>
    public double PointsToScore(double points) => SwitchingChecks.Finite(points, nameof(points), "The change in rating points") / Width;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Min}–{Max}");

    /// <summary>Normalises a rating, naming the customer and the field in the error.</summary>
    internal double Normalize(double rating, string field, string parameterName, string? customerId)
    {
        if (double.IsNaN(rating))
        {
            throw new ArgumentException($"{SwitchingChecks.Who(customerId)}the survey has no {field} score (a missing value); every facet and satisfaction needs a rating from {this}.", parameterName);
        }

        if (!(rating >= Min && rating <= Max))
        {
            throw new ArgumentOutOfRangeException(parameterName, rating, string.Create(CultureInfo.InvariantCulture, $"{SwitchingChecks.Who(customerId)}{field} must be a rating from {Min} to {Max}, but was {rating}."));
        }

        return (rating - Min) / Width;
    }
}
