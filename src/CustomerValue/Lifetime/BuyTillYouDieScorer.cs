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

    public double ExpectedPurchasesIfAlive(int frequency, double t, double horizon) =>
        BuyTillYouDieKernels.ExpectedPurchasesIfAlive(r, alpha, a, b, shift, frequency, t, horizon);

    /// <summary><see cref="ExpectedPurchasesIfAlive(int, double, double)"/> for four (x, T) pairs, in the lanes of one vector.</summary>
    public void ExpectedPurchasesIfAlive(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, double horizon, Span<double> destination)
    {
        Span<double> rates = stackalloc double[BgExpectedBatch.Width];
        Span<double> scales = stackalloc double[BgExpectedBatch.Width];
        Span<double> betas = stackalloc double[BgExpectedBatch.Width];
        Posteriors(frequencies, ages, rates, scales, betas);
        BgExpectedBatch.Compute(rates, scales, a, betas, horizon, destination);
    }

    /// <summary>The discounted expected purchases over the horizon of <paramref name="options"/> of a customer alive at T.</summary>
    public double DiscountedPurchasesIfAlive(int frequency, double t, ClvOptions options) =>
        BgDiscountedPurchases.Single(r + frequency, alpha + t, a, b + frequency + shift, options);

    /// <summary><see cref="DiscountedPurchasesIfAlive(int, double, ClvOptions)"/> for four (x, T) pairs at once.</summary>
    public void DiscountedPurchasesIfAlive(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, ClvOptions options, Span<double> destination)
    {
        Span<double> rates = stackalloc double[BgExpectedBatch.Width];
        Span<double> scales = stackalloc double[BgExpectedBatch.Width];
        Span<double> betas = stackalloc double[BgExpectedBatch.Width];
        Posteriors(frequencies, ages, rates, scales, betas);
        BgDiscountedPurchases.Compute(rates, scales, a, betas, options, destination);
    }

    public void ConditionalExpectedPurchases(ReadOnlySpan<CustomerSummary> customers, double horizon, Span<double> destination)
    {
        Validation.Duration(horizon, nameof(horizon));
        Validation.Destination(customers.Length, destination.Length, nameof(destination));
        ProbabilityAlive(customers, destination);
        AliveFactorScaling.Multiply(customers, destination, new ExpectedIfAlive(this, horizon));
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
        ProbabilityAlive(customers, destination);
        AliveFactorScaling.Multiply(customers, destination, new SurvivalIfAlive(this, ahead));
    }

    /// <summary>The posterior parameters r + x, α + T and b + x + shift of four (x, T) pairs, formed as the kernels form them.</summary>
    private void Posteriors(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, Span<double> rates, Span<double> scales, Span<double> betas)
    {
        for (int lane = 0; lane < BgExpectedBatch.Width; lane++)
        {
            rates[lane] = r + frequencies[lane];
            scales[lane] = alpha + ages[lane];
            betas[lane] = b + frequencies[lane] + shift;
        }
    }

    private double Survival(int frequency, double t, double ahead) =>
        BuyTillYouDieKernels.SurvivalIfAlive(r, alpha, a, b, shift, frequency, t, ahead);

    private readonly struct ExpectedIfAlive(BuyTillYouDieScorer scorer, double horizon) : IFrequencyAgeFactor
    {
        public double Compute(int frequency, double t) => scorer.ExpectedPurchasesIfAlive(frequency, t, horizon);

        public void Compute(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, Span<double> destination) =>
            scorer.ExpectedPurchasesIfAlive(frequencies, ages, horizon, destination);
    }

    private readonly struct SurvivalIfAlive(BuyTillYouDieScorer scorer, double ahead) : IFrequencyAgeFactor
    {
        public double Compute(int frequency, double t) => scorer.Survival(frequency, t, ahead);

        public void Compute(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, Span<double> destination)
        {
            for (int lane = 0; lane < destination.Length; lane++)
            {
                destination[lane] = scorer.Survival(frequencies[lane], ages[lane], ahead);
            }
        }
    }
}
