namespace CustomerValue.Lifetime;

/// <summary>
/// The per-customer and batch scoring of the BG/NBD family (shift 0: BG/NBD; shift 1: MBG/NBD) at fixed parameters:
/// the one loop behind both models' instance members. Batch members check lengths and allocate nothing.
/// </summary>
internal readonly struct BuyTillYouDieScorer(double r, double alpha, double a, double b, int shift)
{
    public double LogLikelihood(in CustomerSummary c) =>
        BuyTillYouDieKernels.LogLikelihood(r, alpha, a, b, shift, c.Frequency, c.Recency, c.T);

    public double ConditionalExpectedPurchases(in CustomerSummary c, double horizon)
    {
        Validation.Duration(horizon, nameof(horizon));
        return BuyTillYouDieKernels.ConditionalExpectedPurchases(r, alpha, a, b, shift, c.Frequency, c.Recency, c.T, horizon);
    }

    public double ProbabilityAlive(in CustomerSummary c) =>
        BuyTillYouDieKernels.ProbabilityAlive(r, alpha, a, b, shift, c.Frequency, c.Recency, c.T);

    public double ProbabilityAliveAt(in CustomerSummary c, double ahead)
    {
        Validation.Duration(ahead, nameof(ahead));
        return BuyTillYouDieKernels.ProbabilityAliveAt(r, alpha, a, b, shift, c.Frequency, c.Recency, c.T, ahead);
    }

    public void LogLikelihood(ReadOnlySpan<CustomerSummary> customers, Span<double> destination)
    {
        Validation.Destination(customers.Length, destination.Length, nameof(destination));
        for (int i = 0; i < customers.Length; i++)
        {
            destination[i] = LogLikelihood(customers[i]);
        }
    }

    public void ConditionalExpectedPurchases(ReadOnlySpan<CustomerSummary> customers, double horizon, Span<double> destination)
    {
        Validation.Duration(horizon, nameof(horizon));
        Validation.Destination(customers.Length, destination.Length, nameof(destination));
        for (int i = 0; i < customers.Length; i++)
        {
            ref readonly CustomerSummary c = ref customers[i];
            destination[i] = BuyTillYouDieKernels.ConditionalExpectedPurchases(r, alpha, a, b, shift, c.Frequency, c.Recency, c.T, horizon);
        }
    }

    public void ProbabilityAlive(ReadOnlySpan<CustomerSummary> customers, Span<double> destination)
    {
        Validation.Destination(customers.Length, destination.Length, nameof(destination));
        for (int i = 0; i < customers.Length; i++)
        {
            destination[i] = ProbabilityAlive(customers[i]);
        }
    }

    public void ProbabilityAliveAt(ReadOnlySpan<CustomerSummary> customers, double ahead, Span<double> destination)
    {
        Validation.Duration(ahead, nameof(ahead));
        Validation.Destination(customers.Length, destination.Length, nameof(destination));
        for (int i = 0; i < customers.Length; i++)
        {
            ref readonly CustomerSummary c = ref customers[i];
            destination[i] = BuyTillYouDieKernels.ProbabilityAliveAt(r, alpha, a, b, shift, c.Frequency, c.Recency, c.T, ahead);
        }
    }
}
