using CustomerValue.Segmentation;
using Orleans;

namespace CustomerValue.Orleans;

/// <summary>
/// The cluster-wide distribution of customer lifetime value: its Pareto concentration and its customer-count deciles, equal to
/// what <see cref="ConcentrationStrategy"/> and <c>TierStrategy.CustomerDeciles</c> give on all customers in one process.
/// </summary>
/// <param name="CustomerCount">Customers valued (those with a summary).</param>
/// <param name="TotalValue">The sum of their lifetime values.</param>
/// <param name="TopCustomerShare">The share of customers at the top that <paramref name="TopValueShare"/> is for (0.2: the 80/20 rule).</param>
/// <param name="TopValueShare">
/// The share of the total value held by the top <paramref name="TopCustomerShare"/> of the customers, from the Lorenz curve as
/// <see cref="ConcentrationAnalysis.TopShare"/> defines it (0 when there are no customers).
/// </param>
/// <param name="Segments">The decile names, best first (<c>D1</c> … <c>D10</c>).</param>
/// <param name="Boundaries">Where each decile after the first starts, in rank order; a decile that no customer falls in has none.</param>
/// <remarks>
/// Sums are added partition by partition, so <paramref name="TotalValue"/> and <paramref name="TopValueShare"/> can differ from the
/// single-process figures in the last bits of the double; ranks, boundaries and segments are exact.
/// Immutable.
/// </remarks>
[GenerateSerializer]
[Immutable]
[Alias("CustomerValue.Orleans.ValueDistribution")]
public sealed record ValueDistribution(
    long CustomerCount,
    double TotalValue,
    double TopCustomerShare,
    double TopValueShare,
    IReadOnlyList<string> Segments,
    IReadOnlyList<DecileBoundary> Boundaries)
{
    /// <summary>
    /// The decile of a customer with <paramref name="value"/>: the number of boundaries it ranks at or after (lower value, or
    /// equal value and an id not before the boundary's in natural order) picks the segment, as <c>TierStrategy</c> assigns it.
    /// </summary>
    /// <param name="customerId">The customer's identifier; not null or blank.</param>
    /// <param name="value">The customer's lifetime value; finite.</param>
    /// <returns>The segment name, for example <c>D3</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    /// <exception cref="InvalidOperationException">The distribution has no customers.</exception>
    public string SegmentOf(string customerId, double value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The lifetime value must be finite.");
        }

        if (CustomerCount == 0)
        {
            throw new InvalidOperationException("The value distribution has no customers, so it has no deciles.");
        }

        int tier = 0;
        while (tier < Boundaries.Count && RankKey.AtOrAfter(value, customerId, Boundaries[tier].Value, Boundaries[tier].CustomerId))
        {
            tier++;
        }

        return Segments[tier];
    }
}
