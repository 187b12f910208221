using System.Globalization;

namespace CustomerValue.Segmentation;

/// <summary>The thresholds of the <see cref="LifeCycleStrategy"/>.</summary>
/// <remarks>Immutable and thread-safe; validated on creation and on <c>with</c>.</remarks>
public sealed record LifeCycleOptions
{
    /// <summary>The defaults.</summary>
    public static LifeCycleOptions Default { get; } = new();

    /// <summary>A customer with at most this many windows since its first purchase is in exploration.</summary>
    /// <value>Defaults to 2; at least <see cref="RecentWindows"/>, so that a baseline exists for everyone else.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int ExplorationWindows
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 2;

    /// <summary>The latest windows whose mean is compared with the mean of all earlier windows.</summary>
    /// <value>Defaults to 2.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int RecentWindows
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 2;

    /// <summary>
    /// Formation: the recent mean purchase rate or value is at least 1 + this times the earlier mean (a rise of 30 % by
    /// default), or positive after an earlier mean of 0.
    /// </summary>
    /// <value>Defaults to 0.3; finite and greater than 0.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not finite or not greater than 0.</exception>
    public double GrowthThreshold
    {
        get;
        init => field = Positive(value, nameof(GrowthThreshold), double.PositiveInfinity);
    } = 0.3;

    /// <summary>Decline: the recent mean purchase rate or value is at most 1 − this times a positive earlier mean (a fall of 30 % by default).</summary>
    /// <value>Defaults to 0.3; in (0, 1].</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value outside (0, 1].</exception>
    public double DeclineThreshold
    {
        get;
        init => field = Positive(value, nameof(DeclineThreshold), 1);
    } = 0.3;

    internal void Validate()
    {
        if (ExplorationWindows < RecentWindows)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"ExplorationWindows ({ExplorationWindows}) must be at least RecentWindows ({RecentWindows}), so that every customer past exploration has earlier windows to compare with."));
        }
    }

    private static double Positive(double value, string name, double max)
    {
        if (!(double.IsFinite(value) && value > 0 && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be finite, greater than 0 and at most {max}, but was {value}."));
        }

        return value;
    }
}
