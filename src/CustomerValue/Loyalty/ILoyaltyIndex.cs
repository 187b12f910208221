namespace CustomerValue.Loyalty;

/// <summary>A loyalty index over a customer's loyalty indicators, in [0, 1].</summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface ILoyaltyIndex
{
    /// <summary>The index of one customer, in [0, 1].</summary>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> is null.</exception>
    /// <exception cref="ArgumentException">An indicator is out of range, or no measured indicator has a positive weight.</exception>
    double Score(LoyaltyIndicators indicators);
}
