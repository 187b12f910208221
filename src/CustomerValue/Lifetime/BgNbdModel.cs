namespace CustomerValue.Lifetime;

/// <summary>
/// The BG/NBD model of repeat purchasing (Fader, P. S., Hardie, B. G. S. &amp; Lee, K. L. (2005), "Counting your customers
/// the easy way: an alternative to the Pareto/NBD model", <i>Marketing Science</i> 24(2), 275–284). While active, a customer
/// buys as a Poisson process with rate λ; right after each repeat purchase it drops out for good with probability p;
/// λ ~ Gamma(r, α) and p ~ Beta(a, b) across customers.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Static members are the pure kernels (they take the parameters explicitly); instance
/// members delegate to them. Batch members allocate nothing per customer.</para>
/// <para>Everything is computed in log space, and expectations by series of positive terms, so that no member returns NaN
/// or infinity for valid input (for example x = 10,000 and T = 10,000). The formulas are in docs/lifetime-bg-nbd.md.</para>
/// </remarks>
public sealed class BgNbdModel : ITransactionModel, IAliveFactoredModel
{
    /// <summary>The model's name in JSON and on the command line.</summary>
    public const string ModelName = "bg-nbd";

    private const int Shift = 0;

    private readonly IReadOnlyList<KeyValuePair<string, double>> named;

    /// <summary>Creates the model with fixed parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public BgNbdModel(BgNbdParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        named = parameters.ToNamedValues();
    }

    /// <summary>The model's parameters.</summary>
    public BgNbdParameters Parameters { get; }

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
    public static ModelFit<BgNbdModel> Fit(ReadOnlySpan<CustomerSummary> customers, FitOptions? options = null) =>
        Fit(PatternTable.FromCustomers(customers), options);

    /// <summary>Fits the model by maximum likelihood to compressed summaries (see <see cref="SummaryPatterns.Compress"/>).</summary>
    /// <param name="patterns">Distinct (frequency, recency, T) rows with customer counts, in any order.</param>
    /// <param name="options">Fit options, or null for <see cref="FitOptions.Default"/>.</param>
    /// <returns>The fit; check <see cref="ModelFit{TModel}.Converged"/> or call <see cref="ModelFit{TModel}.EnsureConverged"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patterns"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is invalid, there are no customers, no customer made a repeat purchase, every T is 0, or a starting point has the wrong length.</exception>
    public static ModelFit<BgNbdModel> Fit(IReadOnlyList<SummaryPattern> patterns, FitOptions? options = null) =>
        Fit(PatternTable.FromPatterns(patterns), options);

    /// <summary>The log-likelihood of one customer's history (x, tₓ, T), with all normalising constants.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">Repeat purchases x; zero or more.</param>
    /// <param name="recency">Time of the last purchase tₓ, in [0, T].</param>
    /// <param name="t">Age T; finite, zero or more.</param>
    /// <returns>log L(r, α, a, b | x, tₓ, T); finite.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The history is invalid.</exception>
    public static double LogLikelihood(BgNbdParameters parameters, int frequency, double recency, double t)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.History(frequency, recency, t);
        return BuyTillYouDieKernels.LogLikelihood(parameters.R, parameters.Alpha, parameters.A, parameters.B, Shift, frequency, recency, t);
    }

    /// <summary>The total log-likelihood of compressed rows, Σ count · log L, summed in canonical order.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="patterns">Distinct rows with counts, in any order.</param>
    /// <returns>The total log-likelihood.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A row is invalid.</exception>
    public static double LogLikelihood(BgNbdParameters parameters, IReadOnlyList<SummaryPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return BuyTillYouDieFitting.LogLikelihood(PatternTable.FromPatterns(patterns), Shift, Vector(parameters));
    }

    /// <summary>E[X(t)]: expected repeat purchases of a new customer in (0, t].</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="t">Length of the period; finite, zero or more.</param>
    /// <returns>The expectation; finite and zero or more.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is negative or not finite.</exception>
    public static double ExpectedPurchases(BgNbdParameters parameters, double t)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.Duration(t, nameof(t));
        return BuyTillYouDieKernels.ExpectedPurchases(parameters.R, parameters.Alpha, parameters.A, parameters.B, Shift, t);
    }

    /// <summary>log P(X(t) = n): the log-probability that a new customer makes exactly n repeat purchases in (0, t].</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="n">The number of purchases; zero or more (large values are fine).</param>
    /// <param name="t">Length of the period; finite, zero or more.</param>
    /// <returns>The log-probability; −∞ only when the probability is exactly 0 (t = 0 and n &gt; 0).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> or <paramref name="t"/> is out of range.</exception>
    public static double LogProbabilityOfPurchases(BgNbdParameters parameters, int n, double t)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.Count(n, nameof(n));
        Validation.Duration(t, nameof(t));
        return BuyTillYouDieKernels.LogProbabilityOfPurchases(parameters.R, parameters.Alpha, parameters.A, parameters.B, Shift, n, t);
    }

    /// <summary>P(X(t) = n): the probability that a new customer makes exactly n repeat purchases in (0, t].</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="n">The number of purchases; zero or more.</param>
    /// <param name="t">Length of the period; finite, zero or more.</param>
    /// <returns>The probability, in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> or <paramref name="t"/> is out of range.</exception>
    public static double ProbabilityOfPurchases(BgNbdParameters parameters, int n, double t) =>
        Math.Min(1.0, Math.Exp(LogProbabilityOfPurchases(parameters, n, t)));

    /// <summary>E[Y(horizon) | x, tₓ, T]: expected purchases of a customer with this history in (T, T + horizon].</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Time of the last purchase tₓ.</param>
    /// <param name="t">Age T.</param>
    /// <param name="horizon">Length of the future period; finite, zero or more.</param>
    /// <returns>The expectation; finite and zero or more.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double ConditionalExpectedPurchases(BgNbdParameters parameters, int frequency, double recency, double t, double horizon)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.History(frequency, recency, t);
        Validation.Duration(horizon, nameof(horizon));
        return BuyTillYouDieKernels.ConditionalExpectedPurchases(parameters.R, parameters.Alpha, parameters.A, parameters.B, Shift, frequency, recency, t, horizon);
    }

    /// <summary>P(alive at T | x, tₓ, T): the probability that a customer with this history is still active.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Time of the last purchase tₓ.</param>
    /// <param name="t">Age T.</param>
    /// <returns>The probability, in [0, 1] (exactly 1 when x = 0: BG/NBD customers cannot drop out before a repeat purchase).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The history is invalid.</exception>
    public static double ProbabilityAlive(BgNbdParameters parameters, int frequency, double recency, double t)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.History(frequency, recency, t);
        return BuyTillYouDieKernels.ProbabilityAlive(parameters.R, parameters.Alpha, parameters.A, parameters.B, Shift, frequency, recency, t);
    }

    /// <summary>
    /// P(alive at T + ahead | x, tₓ, T) = P(alive at T | history) · ((α + T)/(α + T + ahead))^(r + x) ·
    /// ₂F₁(r + x, b + x; a + b + x; ahead/(α + T + ahead)): alive now, and no dropout after any purchase made in the
    /// next <paramref name="ahead"/> time units.
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Time of the last purchase tₓ.</param>
    /// <param name="t">Age T.</param>
    /// <param name="ahead">Time beyond T; finite, zero or more.</param>
    /// <returns>The probability, in [0, P(alive at T)], non-increasing in <paramref name="ahead"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double ProbabilityAliveAt(BgNbdParameters parameters, int frequency, double recency, double t, double ahead)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.History(frequency, recency, t);
        Validation.Duration(ahead, nameof(ahead));
        return BuyTillYouDieKernels.ProbabilityAliveAt(parameters.R, parameters.Alpha, parameters.A, parameters.B, Shift, frequency, recency, t, ahead);
    }

    /// <inheritdoc/>
    public double LogLikelihood(int frequency, double recency, double t) => LogLikelihood(Parameters, frequency, recency, t);

    /// <summary>The total log-likelihood of <paramref name="customers"/>, summed in canonical order (independent of row order).</summary>
    /// <param name="customers">The summaries.</param>
    /// <returns>The total log-likelihood.</returns>
    public double LogLikelihood(ReadOnlySpan<CustomerSummary> customers) =>
        BuyTillYouDieFitting.LogLikelihood(PatternTable.FromCustomers(customers), Shift, Vector(Parameters));

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
    public void LogLikelihood(ReadOnlySpan<CustomerSummary> customers, Span<double> destination) =>
        Scorer.LogLikelihood(customers, destination);

    /// <inheritdoc/>
    public double ExpectedPurchases(double t) => ExpectedPurchases(Parameters, t);

    /// <inheritdoc/>
    public double ProbabilityOfPurchases(int n, double t) => ProbabilityOfPurchases(Parameters, n, t);

    /// <summary>log P(X(t) = n) for a new customer; see <see cref="LogProbabilityOfPurchases(BgNbdParameters, int, double)"/>.</summary>
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
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ModelName}(r={Parameters.R:G6}, alpha={Parameters.Alpha:G6}, a={Parameters.A:G6}, b={Parameters.B:G6})");

    /// <inheritdoc/>
    double IAliveFactoredModel.ExpectedPurchasesIfAlive(int frequency, double t, double horizon) =>
        Scorer.ExpectedPurchasesIfAlive(frequency, t, horizon);

    /// <inheritdoc/>
    void IAliveFactoredModel.ExpectedPurchasesIfAlive(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, double horizon, Span<double> destination) =>
        Scorer.ExpectedPurchasesIfAlive(frequencies, ages, horizon, destination);

    /// <inheritdoc/>
    double IAliveFactoredModel.DiscountedPurchasesIfAlive(int frequency, double t, ClvOptions options) =>
        Scorer.DiscountedPurchasesIfAlive(frequency, t, options);

    /// <inheritdoc/>
    void IAliveFactoredModel.DiscountedPurchasesIfAlive(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, ClvOptions options, Span<double> destination) =>
        Scorer.DiscountedPurchasesIfAlive(frequencies, ages, options, destination);

    private BuyTillYouDieScorer Scorer => new(Parameters.R, Parameters.Alpha, Parameters.A, Parameters.B, Shift);

    private static ModelFit<BgNbdModel> Fit(PatternTable data, FitOptions? options)
    {
        Numerics.MaximumLikelihoodResult result = BuyTillYouDieFitting.Fit(data, Shift, ModelName, options);
        var model = new BgNbdModel(new BgNbdParameters(result.Point[0], result.Point[1], result.Point[2], result.Point[3]));
        return ModelFit<BgNbdModel>.Create(model, ModelName, BuyTillYouDieFitting.Names, result, data.Customers, options?.L2Penalty ?? 0);
    }

    private static double[] Vector(BgNbdParameters p) => [p.R, p.Alpha, p.A, p.B];
}
