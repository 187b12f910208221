namespace CustomerValue.Loyalty;

/// <summary>
/// A named, weighted component of an index: a driver of <see cref="SatisfactionIndex"/> or an error type of
/// <see cref="ServiceQualityIndex"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record WeightedComponent
{
    /// <summary>Creates a component.</summary>
    /// <param name="name">The component's name; not blank.</param>
    /// <param name="weight">Its weight, finite and ≥ 0.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative or not finite.</exception>
    public WeightedComponent(string name, double weight)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Weight = LoyaltyCheck.NonNegative(weight, nameof(weight), $"The weight of '{name}'");
    }

    /// <summary>The component's name.</summary>
    public string Name { get; }

    /// <summary>Its weight.</summary>
    public double Weight { get; }
}
