using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>
/// The per-customer and batch scoring of Pareto/NBD at fixed parameters, behind <see cref="ParetoNbdModel"/>'s instance
/// members. P(alive) needs the series G of the tail integral at tₓ and at T (see
/// <see cref="ParetoNbdKernels.ProbabilityAliveFromSeries"/>), and G depends only on x and its time argument, so a batch
/// computes each distinct G whose series is long once (<see cref="FrequencyAgeMemo"/>); short ones are summed again.
/// Batch members check lengths and allocate nothing.
/// </summary>
internal readonly struct ParetoNbdScorer(double r, double alpha, double s, double beta)
{
    /// <summary>
    /// Up to this argument a tail series is summed again rather than looked up: its terms fall at least eightfold, so it
    /// stops within about 19 terms, cheaper than a lookup that misses the cache in the table of a large batch.
    /// </summary>
    private const double ShortSeriesArgument = 0.125;

    public double ProbabilityAlive(in CustomerSummary c) =>
        ParetoNbdKernels.ProbabilityAlive(r, alpha, s, beta, c.Frequency, c.Recency, c.T);

    public double ConditionalExpectedPurchases(in CustomerSummary c, double horizon)
    {
        Validation.Duration(horizon, nameof(horizon));
        return ParetoNbdKernels.ConditionalExpectedPurchases(r, alpha, s, beta, c.Frequency, c.Recency, c.T, horizon);
    }

    public double ProbabilityAliveAt(in CustomerSummary c, double ahead)
    {
        Validation.Duration(ahead, nameof(ahead));
        return ParetoNbdKernels.ProbabilityAliveAt(r, alpha, s, beta, c.Frequency, c.Recency, c.T, ahead);
    }

    public double ExpectedPurchasesIfAlive(int frequency, double t, double horizon) =>
        ParetoNbdKernels.ExpectedPurchasesIfAlive(r, alpha, s, beta, frequency, t, horizon);

    /// <summary><see cref="ExpectedPurchasesIfAlive(int, double, double)"/> for several (x, T) pairs (a closed form: no vector path needed).</summary>
    public void ExpectedPurchasesIfAlive(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, double horizon, Span<double> destination)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = ExpectedPurchasesIfAlive(frequencies[i], ages[i], horizon);
        }
    }

    public void ProbabilityAlive(ReadOnlySpan<CustomerSummary> customers, Span<double> destination)
    {
        Validation.Destination(customers.Length, destination.Length, nameof(destination));
        var series = new FrequencyAgeMemo(2 * customers.Length);
        try
        {
            for (int i = 0; i < customers.Length; i++)
            {
                destination[i] = ProbabilityAlive(customers[i], ref series);
            }
        }
        finally
        {
            series.Dispose();
        }
    }

    public void ConditionalExpectedPurchases(ReadOnlySpan<CustomerSummary> customers, double horizon, Span<double> destination)
    {
        Validation.Duration(horizon, nameof(horizon));
        Validation.Destination(customers.Length, destination.Length, nameof(destination));
        var series = new FrequencyAgeMemo(2 * customers.Length);
        try
        {
            for (int i = 0; i < customers.Length; i++)
            {
                ref readonly CustomerSummary c = ref customers[i];
                double alive = ProbabilityAlive(c, ref series);
                destination[i] = alive == 0 ? 0 : alive * ExpectedPurchasesIfAlive(c.Frequency, c.T, horizon);
            }
        }
        finally
        {
            series.Dispose();
        }
    }

    public void ProbabilityAliveAt(ReadOnlySpan<CustomerSummary> customers, double ahead, Span<double> destination)
    {
        Validation.Duration(ahead, nameof(ahead));
        Validation.Destination(customers.Length, destination.Length, nameof(destination));
        var series = new FrequencyAgeMemo(2 * customers.Length);
        try
        {
            for (int i = 0; i < customers.Length; i++)
            {
                ref readonly CustomerSummary c = ref customers[i];
                destination[i] = ProbabilityAlive(c, ref series) * ParetoNbdKernels.SurvivalIfAlive(s, beta, c.T, ahead);
            }
        }
        finally
        {
            series.Dispose();
        }
    }

    /// <summary>Exactly <see cref="ParetoNbdKernels.ProbabilityAlive"/>, with long tail series looked up first.</summary>
    private double ProbabilityAlive(in CustomerSummary c, ref FrequencyAgeMemo series) =>
        c.Recency >= c.T
            ? 1
            : ParetoNbdKernels.ProbabilityAliveFromSeries(r, alpha, s, beta, c.Frequency, c.Recency, c.T, TailSeries(c.Frequency, c.Recency, ref series), TailSeries(c.Frequency, c.T, ref series));

    private double TailSeries(int frequency, double u, ref FrequencyAgeMemo series)
    {
        if (ParetoNbdKernels.TailArgument(alpha, beta, u) <= ShortSeriesArgument)
        {
            return ParetoNbdKernels.TailSeries(r, alpha, s, beta, frequency, u);
        }

        if (!series.TryGet(frequency, u, out double value))
        {
            value = ParetoNbdKernels.TailSeries(r, alpha, s, beta, frequency, u);
            series.Add(frequency, u, value);
        }

        return value;
    }
}
