namespace CustomerValue.Lifetime;

/// <summary>
/// The Pareto/NBD model of repeat purchasing (Schmittlein, D. C., Morrison, D. G. &amp; Colombo, R. (1987), "Counting your
/// customers: who are they and what will they do next?", <i>Management Science</i> 33(1), 1–24). While active, a customer
/// buys as a Poisson process with rate λ; it drops out for good at an exponentially distributed time with rate μ, unseen;
/// λ ~ Gamma(r, α) and μ ~ Gamma(s, β) across customers, independently.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Static members are the pure kernels (they take the parameters explicitly); instance
/// members delegate to them. Batch members allocate nothing per customer.</para>
/// <para>The likelihood and P(alive) use the expressions of Fader, P. S., Hardie, B. G. S. &amp; Lee, K. L. (2005), "A Note
/// on Deriving the Pareto/NBD Model and Related Expressions", with the difference of the two Gauss hypergeometric terms
/// computed in log space as one positive integral; the branches α ≥ β and α &lt; β keep the argument of ₂F₁ in [0, 1), and
/// α = β is exact. P(X(t) = n) follows Fader, P. S. &amp; Hardie, B. G. S. (2006), "Deriving an Expression for P(X(t) = x)
/// Under the Pareto/NBD Model", rewritten as a series of positive terms. No member returns NaN or infinity for valid
/// input (for example x = 10,000 and T = 10,000). The formulas are in docs/lifetime-pareto-nbd.md.</para>
/// </remarks>
public sealed class ParetoNbdModel : ITransactionModel, IAliveFactoredModel
{
    /// <summary>The model's name in JSON and on the command line.</summary>
    public const string ModelName = "pareto-nbd";

    private readonly IReadOnlyList<KeyValuePair<string, double>> named;

    /// <summary>Creates the model with fixed parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public ParetoNbdModel(ParetoNbdParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        named = parameters.ToNamedValues();
    }

    /// <summary>The model's parameters.</summary>
    public ParetoNbdParameters Parameters { get; }

    /// <inheritdoc/>
    public string Name => ModelName;

    /// <inheritdoc/>
    IReadOnlyList<KeyValuePair<string, double>> IParametricModel.Parameters => named;

    /// <summary>
    /// Fits the model by maximum likelihood to customer summaries (compressed to distinct (x, tₓ, T) rows first, so the
    /// time grows with distinct rows and the result does not depend on the customers' order).
    /// </summary>
    /// <param name="customers">The calibration-period summaries.</param>
    /// <param name="options">Fit options, or null for <see cref="FitOptions.Default"/>.</param>
    /// <returns>The fit; check <see cref="ModelFit{TModel}.Converged"/> or call <see cref="ModelFit{TModel}.EnsureConverged"/>.</returns>
    /// <exception cref="ArgumentException">There are no customers, no customer made a repeat purchase, every T is 0, or a starting point has the wrong length.</exception>
    public static ModelFit<ParetoNbdModel> Fit(ReadOnlySpan<CustomerSummary> customers, FitOptions? options = null) =>
        Fit(PatternTable.FromCustomers(customers), options);

    /// <summary>Fits the model by maximum likelihood to compressed summaries (see <see cref="SummaryPatterns.Compress"/>).</summary>
    /// <param name="patterns">Distinct (frequency, recency, T) rows with customer counts, in any order.</param>
    /// <param name="options">Fit options, or null for <see cref="FitOptions.Default"/>.</param>
    /// <returns>The fit; check <see cref="ModelFit{TModel}.Converged"/> or call <see cref="ModelFit{TModel}.EnsureConverged"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patterns"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is invalid, there are no customers, no customer made a repeat purchase, every T is 0, or a starting point has the wrong length.</exception>
    public static ModelFit<ParetoNbdModel> Fit(IReadOnlyList<SummaryPattern> patterns, FitOptions? options = null) =>
        Fit(PatternTable.FromPatterns(patterns), options);

    /// <summary>The log-likelihood of one customer's history (x, tₓ, T), with all normalising constants.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">Repeat purchases x; zero or more.</param>
    /// <param name="recency">Time of the last purchase tₓ, in [0, T].</param>
    /// <param name="t">Age T; finite, zero or more.</param>
    /// <returns>log L(r, α, s, β | x, tₓ, T); finite.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The history is invalid.</exception>
    public static double LogLikelihood(ParetoNbdParameters parameters, int frequency, double recency, double t)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.History(frequency, recency, t);
        return ParetoNbdKernels.LogLikelihood(parameters.R, parameters.Alpha, parameters.S, parameters.Beta, frequency, recency, t);
    }

    /// <summary>The total log-likelihood of compressed rows, Σ count · log L, summed in canonical order.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="patterns">Distinct rows with counts, in any order.</param>
    /// <returns>The total log-likelihood.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A row is invalid.</exception>
    public static double LogLikelihood(ParetoNbdParameters parameters, IReadOnlyList<SummaryPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return ParetoNbdFitting.LogLikelihood(PatternTable.FromPatterns(patterns), Vector(parameters));
    }

    /// <summary>E[X(t)] = (rβ/(α(s − 1))) · (1 − (β/(β + t))^(s−1)): expected repeat purchases of a new customer in (0, t].</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="t">Length of the period; finite, zero or more.</param>
    /// <returns>The expectation; finite and zero or more (the s = 1 limit, (rβ/α) log(1 + t/β), is exact).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is negative or not finite.</exception>
    public static double ExpectedPurchases(ParetoNbdParameters parameters, double t)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.Duration(t, nameof(t));
        return ParetoNbdKernels.ExpectedPurchases(parameters.R, parameters.Alpha, parameters.S, parameters.Beta, t);
    }

    /// <summary>log P(X(t) = n): the log-probability that a new customer makes exactly n repeat purchases in (0, t].</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="n">The number of purchases; zero or more.</param>
    /// <param name="t">Length of the period; finite, zero or more.</param>
    /// <returns>The log-probability; −∞ only when the probability is exactly 0 (t = 0 and n &gt; 0).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> or <paramref name="t"/> is out of range.</exception>
    public static double LogProbabilityOfPurchases(ParetoNbdParameters parameters, int n, double t)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.Count(n, nameof(n));
        Validation.Duration(t, nameof(t));
        return ParetoNbdKernels.LogProbabilityOfPurchases(parameters.R, parameters.Alpha, parameters.S, parameters.Beta, n, t);
    }

    /// <summary>P(X(t) = n): the probability that a new customer makes exactly n repeat purchases in (0, t].</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="n">The number of purchases; zero or more.</param>
    /// <param name="t">Length of the period; finite, zero or more.</param>
    /// <returns>The probability, in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> or <paramref name="t"/> is out of range.</exception>
    public static double ProbabilityOfPurchases(ParetoNbdParameters parameters, int n, double t) =>
        Math.Exp(LogProbabilityOfPurchases(parameters, n, t));

    /// <summary>
    /// E[Y(horizon) | x, tₓ, T] = P(alive | x, tₓ, T) · ((r + x)(β + T)/((α + T)(s − 1))) · (1 − ((β + T)/(β + T + horizon))^(s−1)):
    /// expected purchases of a customer with this history in (T, T + horizon].
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Time of the last purchase tₓ.</param>
    /// <param name="t">Age T.</param>
    /// <param name="horizon">Length of the future period; finite, zero or more.</param>
    /// <returns>The expectation; finite and zero or more.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double ConditionalExpectedPurchases(ParetoNbdParameters parameters, int frequency, double recency, double t, double horizon)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.History(frequency, recency, t);
        Validation.Duration(horizon, nameof(horizon));
        return ParetoNbdKernels.ConditionalExpectedPurchases(parameters.R, parameters.Alpha, parameters.S, parameters.Beta, frequency, recency, t, horizon);
    }

    /// <summary>P(alive at T | x, tₓ, T): the probability that a customer with this history is still active.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Time of the last purchase tₓ.</param>
    /// <param name="t">Age T.</param>
    /// <returns>The probability, in [0, 1]; exactly 1 when tₓ = T.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The history is invalid.</exception>
    public static double ProbabilityAlive(ParetoNbdParameters parameters, int frequency, double recency, double t)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.History(frequency, recency, t);
        return ParetoNbdKernels.ProbabilityAlive(parameters.R, parameters.Alpha, parameters.S, parameters.Beta, frequency, recency, t);
    }

    /// <summary>
    /// P(alive at T + ahead | x, tₓ, T) = P(alive at T | history) · ((β + T)/(β + T + ahead))^s: alive now, and the
    /// posterior dropout rate, Gamma(s, β + T), lets it survive the next <paramref name="ahead"/> time units.
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Time of the last purchase tₓ.</param>
    /// <param name="t">Age T.</param>
    /// <param name="ahead">Time beyond T; finite, zero or more.</param>
    /// <returns>The probability, in [0, P(alive at T)], non-increasing in <paramref name="ahead"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double ProbabilityAliveAt(ParetoNbdParameters parameters, int frequency, double recency, double t, double ahead)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.History(frequency, recency, t);
        Validation.Duration(ahead, nameof(ahead));
        return ParetoNbdKernels.ProbabilityAliveAt(parameters.R, parameters.Alpha, parameters.S, parameters.Beta, frequency, recency, t, ahead);
    }

    /// <inheritdoc/>
    public double LogLikelihood(int frequency, double recency, double t) => LogLikelihood(Parameters, frequency, recency, t);

    /// <summary>The total log-likelihood of <paramref name="customers"/>, summed in canonical order (independent of row order).</summary>
    /// <param name="customers">The summaries.</param>
    /// <returns>The total log-likelihood.</returns>
    public double LogLikelihood(ReadOnlySpan<CustomerSummary> customers) =>
        ParetoNbdFitting.LogLikelihood(PatternTable.FromCustomers(customers), Vector(Parameters));

    /// <summary>The total log-likelihood of compressed rows, Σ count · log L.</summary>
    /// <param name="patterns">Distinct rows with counts, in any order.</param>
    /// <returns>The total log-likelihood.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patterns"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is invalid.</exception>
    public double LogLikelihood(IReadOnlyList<SummaryPattern> patterns) => LogLikelihood(Parameters, patterns);

    /// <summary>Batch per-customer log-likelihood into <paramref name="destination"/>.</summary>
    /// <param name="customers">The summaries.</param>
    /// <param name="destination">Receives one value per customer.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="customers"/>.</exception>
    public void LogLikelihood(ReadOnlySpan<CustomerSummary> customers, Span<double> destination)
    {
        Validation.Destination(customers.Length, destination.Length, nameof(destination));
        (double r, double alpha, double s, double beta) = Unpack();
        for (int i = 0; i < customers.Length; i++)
        {
            ref readonly CustomerSummary c = ref customers[i];
            destination[i] = ParetoNbdKernels.LogLikelihood(r, alpha, s, beta, c.Frequency, c.Recency, c.T);
        }
    }

    /// <inheritdoc/>
    public double ExpectedPurchases(double t) => ExpectedPurchases(Parameters, t);

    /// <inheritdoc/>
    public double ProbabilityOfPurchases(int n, double t) => ProbabilityOfPurchases(Parameters, n, t);

    /// <summary>log P(X(t) = n) for a new customer; see <see cref="LogProbabilityOfPurchases(ParetoNbdParameters, int, double)"/>.</summary>
    /// <param name="n">The number of purchases.</param>
    /// <param name="t">Length of the period.</param>
    /// <returns>The log-probability.</returns>
    public double LogProbabilityOfPurchases(int n, double t) => LogProbabilityOfPurchases(Parameters, n, t);

    /// <inheritdoc/>
    public double ConditionalExpectedPurchases(in CustomerSummary customer, double horizon) =>
        Scorer.ConditionalExpectedPurchases(customer, horizon);

    /// <inheritdoc/>
    public double ProbabilityAlive(in CustomerSummary customer) => Scorer.ProbabilityAlive(customer);

    /// <inheritdoc/>
    public double ProbabilityAliveAt(in CustomerSummary customer, double ahead) => Scorer.ProbabilityAliveAt(customer, ahead);

    /// <inheritdoc/>
    public void ConditionalExpectedPurchases(ReadOnlySpan<CustomerSummary> customers, double horizon, Span<double> destination) =>
        Scorer.ConditionalExpectedPurchases(customers, horizon, destination);

    /// <inheritdoc/>
    public void ProbabilityAlive(ReadOnlySpan<CustomerSummary> customers, Span<double> destination) =>
        Scorer.ProbabilityAlive(customers, destination);

    /// <summary>Batch <see cref="ProbabilityAliveAt(in CustomerSummary, double)"/>: one value per customer into <paramref name="destination"/>.</summary>
    /// <param name="customers">The summaries.</param>
    /// <param name="ahead">Time beyond each customer's T; finite, zero or more.</param>
    /// <param name="destination">Receives one value per customer.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ahead"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="customers"/>.</exception>
    public void ProbabilityAliveAt(ReadOnlySpan<CustomerSummary> customers, double ahead, Span<double> destination) =>
        Scorer.ProbabilityAliveAt(customers, ahead, destination);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ModelName}(r={Parameters.R:G6}, alpha={Parameters.Alpha:G6}, s={Parameters.S:G6}, beta={Parameters.Beta:G6})");

    private static ModelFit<ParetoNbdModel> Fit(PatternTable data, FitOptions? options)
    {
        Numerics.MaximumLikelihoodResult result = ParetoNbdFitting.Fit(data, ModelName, options);
        var model = new ParetoNbdModel(new ParetoNbdParameters(result.Point[0], result.Point[1], result.Point[2], result.Point[3]));
        return ModelFit<ParetoNbdModel>.Create(model, ModelName, ParetoNbdFitting.Names, result, data.Customers, options?.L2Penalty ?? 0);
    }

    private static double[] Vector(ParetoNbdParameters p) => [p.R, p.Alpha, p.S, p.Beta];

    /// <inheritdoc/>
    double IAliveFactoredModel.ExpectedPurchasesIfAlive(int frequency, double t, double horizon) =>
        Scorer.ExpectedPurchasesIfAlive(frequency, t, horizon);

    /// <inheritdoc/>
    void IAliveFactoredModel.ExpectedPurchasesIfAlive(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, double horizon, Span<double> destination) =>
        Scorer.ExpectedPurchasesIfAlive(frequencies, ages, horizon, destination);

    private ParetoNbdScorer Scorer => new(Parameters.R, Parameters.Alpha, Parameters.S, Parameters.Beta);

    private (double R, double Alpha, double S, double Beta) Unpack() => (Parameters.R, Parameters.Alpha, Parameters.S, Parameters.Beta);
}
