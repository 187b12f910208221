using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>
/// The per-customer and batch scoring of Pareto/NBD at fixed parameters, behind <see cref="ParetoNbdModel"/>'s instance
/// members. P(alive) needs the tail integral J at tₓ and at T, and J depends only on x and its time argument, so a batch
/// computes each distinct J once (<see cref="FrequencyAgeMemo"/>). Batch members check lengths and allocate nothing.
/// </summary>
internal readonly struct ParetoNbdScorer(double r, double alpha, double s, double beta)
{
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
        var tails = new FrequencyAgeMemo(2 * customers.Length);
        try
        {
            for (int i = 0; i < customers.Length; i++)
            {
                destination[i] = ProbabilityAlive(customers[i], ref tails);
            }
        }
        finally
        {
            tails.Dispose();
        }
    }

    public void ConditionalExpectedPurchases(ReadOnlySpan<CustomerSummary> customers, double horizon, Span<double> destination)
    {
        Validation.Duration(horizon, nameof(horizon));
        Validation.Destination(customers.Length, destination.Length, nameof(destination));
        var tails = new FrequencyAgeMemo(2 * customers.Length);
        try
        {
            for (int i = 0; i < customers.Length; i++)
            {
                ref readonly CustomerSummary c = ref customers[i];
                double alive = ProbabilityAlive(c, ref tails);
                destination[i] = alive == 0 ? 0 : alive * ExpectedPurchasesIfAlive(c.Frequency, c.T, horizon);
            }
        }
        finally
        {
            tails.Dispose();
        }
    }

    public void ProbabilityAliveAt(ReadOnlySpan<CustomerSummary> customers, double ahead, Span<double> destination)
    {
        Validation.Duration(ahead, nameof(ahead));
        Validation.Destination(customers.Length, destination.Length, nameof(destination));
        var tails = new FrequencyAgeMemo(2 * customers.Length);
        try
        {
            for (int i = 0; i < customers.Length; i++)
            {
                ref readonly CustomerSummary c = ref customers[i];
                destination[i] = ProbabilityAlive(c, ref tails) * ParetoNbdKernels.SurvivalIfAlive(s, beta, c.T, ahead);
            }
        }
        finally
        {
            tails.Dispose();
        }
    }

    /// <summary>Exactly <see cref="ParetoNbdKernels.ProbabilityAlive"/>, with log J(tₓ) and log J(T) looked up first.</summary>
    private double ProbabilityAlive(in CustomerSummary c, ref FrequencyAgeMemo tails)
    {
        double alive = ParetoNbdKernels.LogAliveTerm(r, alpha, s, beta, c.Frequency, c.T);
        double logOddsDead = double.NegativeInfinity;
        if (c.Recency < c.T)
        {
            ParetoNbdKernels.CombineBracket(alive, s, LogTail(c.Frequency, c.Recency, ref tails), LogTail(c.Frequency, c.T, ref tails), out logOddsDead);
        }

        return LogMath.LogisticOfNegative(logOddsDead);
    }

    private double LogTail(int frequency, double u, ref FrequencyAgeMemo tails)
    {
        if (!tails.TryGet(frequency, u, out double logTail))
        {
            logTail = ParetoNbdKernels.LogTail(r, alpha, s, beta, frequency, u);
            tails.Add(frequency, u, logTail);
        }

        return logTail;
    }
}
