namespace CustomerValue.Lifetime;

/// <summary>
/// A fitted "buy till you die" model of repeat purchasing (BG/NBD, MBG/NBD, Pareto/NBD, …): how many purchases a
/// customer will make and whether it is still active. All times are in the unit of the summaries the model was fitted on.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe; batch members allocate nothing.</remarks>
public interface ITransactionModel : IParametricModel
{
    /// <summary>The log-likelihood of one customer's (frequency, recency, T), with all normalising constants.</summary>
    double LogLikelihood(int frequency, double recency, double t);

    /// <summary>E[X(t)]: expected purchases of a new customer in its first <paramref name="t"/> time units.</summary>
    double ExpectedPurchases(double t);

    /// <summary>P(X(t) = n): the probability that a new customer makes exactly <paramref name="n"/> purchases in (0, t].</summary>
    double ProbabilityOfPurchases(int n, double t);

    /// <summary>Expected purchases of <paramref name="customer"/> in (T, T + <paramref name="horizon"/>].</summary>
    double ConditionalExpectedPurchases(in CustomerSummary customer, double horizon);

    /// <summary>The probability that <paramref name="customer"/> is still active at T.</summary>
    double ProbabilityAlive(in CustomerSummary customer);

    /// <summary>The probability that <paramref name="customer"/> is still active at T + <paramref name="ahead"/>, given its history.</summary>
    double ProbabilityAliveAt(in CustomerSummary customer, double ahead);

    /// <summary>Batch <see cref="ConditionalExpectedPurchases(in CustomerSummary, double)"/>: one value per customer into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="customers"/>.</exception>
    void ConditionalExpectedPurchases(ReadOnlySpan<CustomerSummary> customers, double horizon, Span<double> destination);

    /// <summary>Batch <see cref="ProbabilityAlive(in CustomerSummary)"/>: one value per customer into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="customers"/>.</exception>
    void ProbabilityAlive(ReadOnlySpan<CustomerSummary> customers, Span<double> destination);
}
