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

    /// <summary>
    /// The discounted expected purchases of a customer alive at T over the horizon of <paramref name="options"/>,
    /// Σ_{k=1..H} (E_k − E_{k−1}) / (1 + d)^k with E_k = <see cref="ExpectedPurchasesIfAlive(int, double, double)"/> at k
    /// steps: by default one expectation per step; the BG/NBD family sums it as one series.
    /// </summary>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="t">Age T.</param>
    /// <param name="options">Horizon steps, step length and discount rate (the margin is not used).</param>
    double DiscountedPurchasesIfAlive(int frequency, double t, ClvOptions options)
    {
        double perStep = 1.0 / (1.0 + options.DiscountRate);
        double factor = 1.0, previous = 0.0, total = 0.0;
        for (int k = 1; k <= options.HorizonSteps; k++)
        {
            double cumulative = ExpectedPurchasesIfAlive(frequency, t, k * options.StepLength);
            factor *= perStep;
            total += (cumulative - previous) * factor;
            previous = cumulative;
        }

        return total;
    }

    /// <summary>
    /// <see cref="DiscountedPurchasesIfAlive(int, double, ClvOptions)"/> for <see cref="BgExpectedBatch.Width"/> pairs at
    /// once, bit for bit the same values.
    /// </summary>
    /// <param name="frequencies">The frequencies x.</param>
    /// <param name="ages">The ages T.</param>
    /// <param name="options">Horizon steps, step length and discount rate.</param>
    /// <param name="destination">Receives one value per pair.</param>
    void DiscountedPurchasesIfAlive(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, ClvOptions options, Span<double> destination)
    {
        // Lane for lane the same operations as the single version.
        Span<double> cumulative = stackalloc double[BgExpectedBatch.Width];
        Span<double> previous = stackalloc double[BgExpectedBatch.Width];
        double perStep = 1.0 / (1.0 + options.DiscountRate);
        double factor = 1.0;
        destination.Clear();
        for (int k = 1; k <= options.HorizonSteps; k++)
        {
            ExpectedPurchasesIfAlive(frequencies, ages, k * options.StepLength, cumulative);
            factor *= perStep;
            for (int lane = 0; lane < BgExpectedBatch.Width; lane++)
            {
                destination[lane] += (cumulative[lane] - previous[lane]) * factor;
                previous[lane] = cumulative[lane];
            }
        }
    }
}
