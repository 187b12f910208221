namespace CustomerValue.Lifetime;

/// <summary>
/// A transaction model whose conditional expectations factor as P(alive at T | x, tₓ, T) times a function of the frequency
/// x and the age T alone, the expectation for a customer known to be alive at T. This holds for BG/NBD, MBG/NBD and
/// Pareto/NBD: given that the customer is alive, tₓ carries no further information about its purchase or dropout rate.
/// Batch scoring and lifetime value use it to compute the expensive factor once per distinct (x, T).
/// </summary>
internal interface IAliveFactoredModel : ITransactionModel
{
    /// <summary>E[Y(horizon) | alive at T, x, T]: the expected purchases in (T, T + horizon] of a customer alive at T.</summary>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="t">Age T.</param>
    /// <param name="horizon">The horizon, in the model's time unit.</param>
    double ExpectedPurchasesIfAlive(int frequency, double t, double horizon);

    /// <summary>
    /// <see cref="ExpectedPurchasesIfAlive(int, double, double)"/> for <see cref="BgExpectedBatch.Width"/> pairs at once,
    /// bit for bit the same values.
    /// </summary>
    /// <param name="frequencies">The frequencies x.</param>
    /// <param name="ages">The ages T.</param>
    /// <param name="horizon">The horizon, in the model's time unit.</param>
    /// <param name="destination">Receives one value per pair.</param>
    void ExpectedPurchasesIfAlive(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, double horizon, Span<double> destination);
}
