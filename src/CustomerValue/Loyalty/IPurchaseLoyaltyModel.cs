namespace CustomerValue.Loyalty;

/// <summary>
/// A purchase-behaviour loyalty function F = G(a, b, c, d) (seed 000 篇5 §二): from a customer's yearly purchase occasions a,
/// distinct products b, units c and spend d, a loyalty score F with 0 ≤ F ≤ 1; the customer counts as loyal when F reaches
/// the threshold (<see cref="PurchaseLoyalty.DefaultThreshold"/>, 0.8, by default).
/// </summary>
/// <remarks>
/// Implementations are immutable and thread-safe, never return NaN, and treat negative net units or spend (more returned
/// than bought) and negative counts as zero. The library ships <see cref="BalancedLoyaltyModel"/> (the default G) and
/// <see cref="LogisticLoyaltyModel"/> (a G fitted to labelled history).
/// </remarks>
public interface IPurchaseLoyaltyModel
{
    /// <summary>F for one customer-year.</summary>
    /// <param name="purchaseCount">a: purchase occasions in the year.</param>
    /// <param name="distinctProducts">b: distinct products bought in the year.</param>
    /// <param name="units">c: net units bought in the year.</param>
    /// <param name="spend">d: net money spent in the year.</param>
    /// <returns>The loyalty score, in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is NaN or infinite.</exception>
    double Score(double purchaseCount, double distinctProducts, double units, double spend);

    /// <summary>F for one customer-year.</summary>
    /// <returns>The loyalty score, in [0, 1].</returns>
    double Score(in YearlyActivity activity);

    /// <summary>F for many customer-years at once, written to <paramref name="destination"/>; allocates nothing.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="activities"/>.</exception>
    void Score(ReadOnlySpan<YearlyActivity> activities, Span<double> destination);
}
