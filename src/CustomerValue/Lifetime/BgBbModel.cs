using System.Globalization;

namespace CustomerValue.Lifetime;

/// <summary>
/// The BG/BB model of repeat transactions at discrete opportunities (Fader, P. S., Hardie, B. G. S. &amp; Shang, J. (2010),
/// "Customer-base analysis in a discrete-time noncontractual setting", <i>Marketing Science</i> 29(6), 1086–1108): at each
/// opportunity (a yearly fund drive, an annual event, a monthly issue) a customer first becomes inactive for good with
/// probability θ and, if still active, transacts with probability p; p ~ Beta(α, β) and θ ~ Beta(γ, δ) across customers.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Static members are the pure kernels (they take the parameters explicitly); instance members
/// delegate to them. Batch members allocate nothing.</para>
/// <para>Inputs are a customer's frequency x, recency tₓ and opportunities n (<see cref="BgBbHistory"/>), counted after the first
/// transaction. Everything is computed in log space, and sums of positive terms replace the published closed forms with
/// 1/(γ − 1), so γ = 1 is no special case. The formulas are in docs/lifetime-discrete-and-contractual.md. Costs: the likelihood and
/// P(alive) are O(n − tₓ); conditional and unconditional expectations O(n + n*); DERT O(1/d) series terms at most.</para>
/// </remarks>
public sealed partial class BgBbModel : IParametricModel
{
    /// <summary>The model's name in JSON and on the command line.</summary>
    public const string ModelName = "bg-bb";

    private readonly IReadOnlyList<KeyValuePair<string, double>> named;

    /// <summary>Creates the model with fixed parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public BgBbModel(BgBbParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        named = parameters.ToNamedValues();
    }

    /// <summary>The model's parameters.</summary>
    public BgBbParameters Parameters { get; }

    /// <inheritdoc/>
    public string Name => ModelName;

    /// <inheritdoc/>
    IReadOnlyList<KeyValuePair<string, double>> IParametricModel.Parameters => named;

    /// <summary>
    /// The log-likelihood of one history, with all normalising constants: log of
    /// B(α + x, β + n − x)/B(α, β) · B(γ, δ + n)/B(γ, δ) + Σ_{i=0..n−tₓ−1} B(α + x, β + tₓ − x + i)/B(α, β) · B(γ + 1, δ + tₓ + i)/B(γ, δ).
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">x: opportunities with a transaction.</param>
    /// <param name="recency">tₓ: the opportunity of the last transaction (0 when x = 0).</param>
    /// <param name="opportunities">n: opportunities observed.</param>
    /// <returns>log L(α, β, γ, δ | x, tₓ, n); finite and at most 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The history is invalid (see <see cref="BgBbHistory"/>).</exception>
    public static double LogLikelihood(BgBbParameters parameters, int frequency, int recency, int opportunities)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        BgBbHistory.Check(frequency, recency, opportunities);
        BgBbParameters p = parameters;
        return BgBbKernels.LogLikelihood(p.Alpha, p.Beta, p.Gamma, p.Delta, frequency, recency, opportunities);
    }

    /// <summary>The total log-likelihood Σ weight · log L of <paramref name="histories"/>, summed in canonical order (independent of row order).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="histories">The histories with weights.</param>
    /// <returns>The total log-likelihood.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentException">A history is invalid; the message gives its index.</exception>
    public static double LogLikelihood(BgBbParameters parameters, ReadOnlySpan<BgBbHistory> histories)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        BgBbTable table = BgBbTable.From(histories, nameof(histories));
        return TotalLogLikelihood(table, [parameters.Alpha, parameters.Beta, parameters.Gamma, parameters.Delta]);
    }

    /// <summary>
    /// P(alive at opportunity n + 1 | x, tₓ, n): the probability that the customer is still active at the next opportunity, the
    /// "P(alive)" of Fader, Hardie &amp; Shang (2010). Equal to <see cref="ProbabilityAliveAt(BgBbParameters, int, int, int, int)"/> with ahead = 1.
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">x.</param>
    /// <param name="recency">tₓ.</param>
    /// <param name="opportunities">n.</param>
    /// <returns>The probability, in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The history is invalid.</exception>
    public static double ProbabilityAlive(BgBbParameters parameters, int frequency, int recency, int opportunities) =>
        ProbabilityAliveAt(parameters, frequency, recency, opportunities, 1);

    /// <summary>
    /// P(alive at opportunity n + ahead | x, tₓ, n) = B(α + x, β + n − x)/B(α, β) · B(γ, δ + n + ahead)/B(γ, δ) / L: active through
    /// the observed n opportunities and the next <paramref name="ahead"/> dropout draws.
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">x.</param>
    /// <param name="recency">tₓ.</param>
    /// <param name="opportunities">n.</param>
    /// <param name="ahead">Opportunities beyond n; zero or more (0 gives the probability of having been active at n).</param>
    /// <returns>The probability, in [0, 1], non-increasing in <paramref name="ahead"/>; exactly 1 at ahead = 0 when tₓ = n.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double ProbabilityAliveAt(BgBbParameters parameters, int frequency, int recency, int opportunities, int ahead)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        BgBbHistory.Check(frequency, recency, opportunities);
        Validation.Count(ahead, nameof(ahead));
        BgBbParameters p = parameters;
        return Math.Exp(BgBbKernels.LogProbabilityAliveAt(p.Alpha, p.Beta, p.Gamma, p.Delta, frequency, recency, opportunities, ahead));
    }

    /// <summary>
    /// E[X(n, n + n*) | x, tₓ, n]: expected transactions of a customer with this history in the next
    /// <paramref name="futureOpportunities"/> opportunities, P(alive at n) · (α + x)/(α + β + n) · Σ_{k=1..n*} B(γ, δ + n + k)/B(γ, δ + n).
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">x.</param>
    /// <param name="recency">tₓ.</param>
    /// <param name="opportunities">n.</param>
    /// <param name="futureOpportunities">n*: opportunities ahead; zero or more.</param>
    /// <returns>The expectation, in [0, n*].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double ConditionalExpectedTransactions(BgBbParameters parameters, int frequency, int recency, int opportunities, int futureOpportunities)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        BgBbHistory.Check(frequency, recency, opportunities);
        Validation.Count(futureOpportunities, nameof(futureOpportunities));
        BgBbParameters p = parameters;
        return BgBbKernels.ConditionalExpectedTransactions(p.Alpha, p.Beta, p.Gamma, p.Delta, frequency, recency, opportunities, futureOpportunities);
    }

    /// <summary>
    /// DERT(d | x, tₓ, n): discounted expected residual transactions, Σ_{k≥1} E[transaction at n + k | x, tₓ, n]/(1 + d)^k
    /// = B(α + x + 1, β + n − x)/B(α, β) · B(γ, δ + n + 1)/B(γ, δ) · ₂F₁(1, δ + n + 1; γ + δ + n + 1; 1/(1 + d)) / ((1 + d) L).
    /// Multiply by the value of a transaction for the customer's residual lifetime value.
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="frequency">x.</param>
    /// <param name="recency">tₓ.</param>
    /// <param name="opportunities">n.</param>
    /// <param name="discountRate">d: discount rate per opportunity (0.1 for 10 % a year with yearly opportunities); finite and positive,
    /// or 0 when γ &gt; 1 (undiscounted, the expected number of all future transactions).</param>
    /// <returns>The discounted expectation; finite and zero or more.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or d = 0 with γ ≤ 1 (the sum diverges).</exception>
    public static double DiscountedExpectedResidualTransactions(BgBbParameters parameters, int frequency, int recency, int opportunities, double discountRate)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        BgBbHistory.Check(frequency, recency, opportunities);
        CheckDiscountRate(parameters, discountRate);
        BgBbParameters p = parameters;
        return BgBbKernels.DiscountedExpectedResidualTransactions(p.Alpha, p.Beta, p.Gamma, p.Delta, frequency, recency, opportunities, discountRate);
    }

    /// <summary>E[X(n)] = α/(α + β) · Σ_{k=1..n} B(γ, δ + k)/B(γ, δ): expected transactions of a new customer in its first n opportunities.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="opportunities">n; zero or more.</param>
    /// <returns>The expectation, in [0, n].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="opportunities"/> is negative.</exception>
    public static double ExpectedTransactions(BgBbParameters parameters, int opportunities)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.Count(opportunities, nameof(opportunities));
        BgBbParameters p = parameters;
        return BgBbKernels.ExpectedTransactions(p.Alpha, p.Beta, p.Gamma, p.Delta, opportunities);
    }

    /// <summary>log P(X(n) = x): the log-probability that a new customer transacts at exactly x of its first n opportunities.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="transactions">x; in [0, n].</param>
    /// <param name="opportunities">n; zero or more.</param>
    /// <returns>The log-probability, at most 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double LogProbabilityOfTransactions(BgBbParameters parameters, int transactions, int opportunities)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.Count(opportunities, nameof(opportunities));
        if (transactions < 0 || transactions > opportunities)
        {
            throw new ArgumentOutOfRangeException(nameof(transactions), transactions, $"The number of transactions must be in [0, n = {opportunities}], but was {transactions}.");
        }

        BgBbParameters p = parameters;
        return BgBbKernels.LogProbabilityOfTransactions(p.Alpha, p.Beta, p.Gamma, p.Delta, transactions, opportunities);
    }

    /// <summary>
    /// P(X(n) = x) = C(n, x) B(α + x, β + n − x)/B(α, β) · B(γ, δ + n)/B(γ, δ) + Σ_{i=x..n−1} C(i, x) B(α + x, β + i − x)/B(α, β) · B(γ + 1, δ + i)/B(γ, δ).
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="transactions">x; in [0, n].</param>
    /// <param name="opportunities">n; zero or more.</param>
    /// <returns>The probability, in [0, 1]; the values for x = 0 … n sum to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double ProbabilityOfTransactions(BgBbParameters parameters, int transactions, int opportunities) =>
        Math.Exp(LogProbabilityOfTransactions(parameters, transactions, opportunities));

    /// <summary>The log-likelihood of one history (its weight is ignored).</summary>
    /// <param name="history">The history.</param>
    /// <returns>log L; finite and at most 0.</returns>
    public double LogLikelihood(in BgBbHistory history)
    {
        BgBbParameters p = Parameters;
        return BgBbKernels.LogLikelihood(p.Alpha, p.Beta, p.Gamma, p.Delta, history.Frequency, history.Recency, history.Opportunities);
    }

    /// <summary>The total log-likelihood Σ weight · log L, summed in canonical order (independent of row order).</summary>
    /// <param name="histories">The histories with weights.</param>
    /// <returns>The total log-likelihood.</returns>
    /// <exception cref="ArgumentException">A history is invalid; the message gives its index.</exception>
    public double LogLikelihood(ReadOnlySpan<BgBbHistory> histories) => LogLikelihood(Parameters, histories);

    /// <summary>Batch per-history log-likelihood (unweighted) into <paramref name="destination"/>.</summary>
    /// <param name="histories">The histories.</param>
    /// <param name="destination">Receives one value per history.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="histories"/>.</exception>
    public void LogLikelihood(ReadOnlySpan<BgBbHistory> histories, Span<double> destination)
    {
        Validation.Destination(histories.Length, destination.Length, nameof(destination));
        for (int i = 0; i < histories.Length; i++)
        {
            destination[i] = LogLikelihood(in histories[i]);
        }
    }

    /// <summary>P(alive at the next opportunity n + 1 | history); see <see cref="ProbabilityAlive(BgBbParameters, int, int, int)"/>.</summary>
    /// <param name="history">The history.</param>
    /// <returns>The probability, in [0, 1].</returns>
    public double ProbabilityAlive(in BgBbHistory history) => ProbabilityAliveAt(in history, 1);

    /// <summary>P(alive at opportunity n + ahead | history); see <see cref="ProbabilityAliveAt(BgBbParameters, int, int, int, int)"/>.</summary>
    /// <param name="history">The history.</param>
    /// <param name="ahead">Opportunities beyond n; zero or more.</param>
    /// <returns>The probability, in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ahead"/> is negative.</exception>
    public double ProbabilityAliveAt(in BgBbHistory history, int ahead)
    {
        Validation.Count(ahead, nameof(ahead));
        BgBbParameters p = Parameters;
        return Math.Exp(BgBbKernels.LogProbabilityAliveAt(p.Alpha, p.Beta, p.Gamma, p.Delta, history.Frequency, history.Recency, history.Opportunities, ahead));
    }

    /// <summary>Batch <see cref="ProbabilityAlive(in BgBbHistory)"/>: one value per history into <paramref name="destination"/>.</summary>
    /// <param name="histories">The histories.</param>
    /// <param name="destination">Receives one value per history.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="histories"/>.</exception>
    public void ProbabilityAlive(ReadOnlySpan<BgBbHistory> histories, Span<double> destination)
    {
        Validation.Destination(histories.Length, destination.Length, nameof(destination));
        for (int i = 0; i < histories.Length; i++)
        {
            destination[i] = ProbabilityAliveAt(in histories[i], 1);
        }
    }

    /// <summary>Expected transactions of a customer with this history in the next n* opportunities; see <see cref="ConditionalExpectedTransactions(BgBbParameters, int, int, int, int)"/>.</summary>
    /// <param name="history">The history.</param>
    /// <param name="futureOpportunities">n*; zero or more.</param>
    /// <returns>The expectation, in [0, n*].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="futureOpportunities"/> is negative.</exception>
    public double ConditionalExpectedTransactions(in BgBbHistory history, int futureOpportunities)
    {
        Validation.Count(futureOpportunities, nameof(futureOpportunities));
        BgBbParameters p = Parameters;
        return BgBbKernels.ConditionalExpectedTransactions(p.Alpha, p.Beta, p.Gamma, p.Delta, history.Frequency, history.Recency, history.Opportunities, futureOpportunities);
    }

    /// <summary>Batch <see cref="ConditionalExpectedTransactions(in BgBbHistory, int)"/> (per customer, weights ignored) into <paramref name="destination"/>.</summary>
    /// <param name="histories">The histories.</param>
    /// <param name="futureOpportunities">n*; zero or more.</param>
    /// <param name="destination">Receives one value per history.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="futureOpportunities"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="histories"/>.</exception>
    public void ConditionalExpectedTransactions(ReadOnlySpan<BgBbHistory> histories, int futureOpportunities, Span<double> destination)
    {
        Validation.Count(futureOpportunities, nameof(futureOpportunities));
        Validation.Destination(histories.Length, destination.Length, nameof(destination));
        for (int i = 0; i < histories.Length; i++)
        {
            destination[i] = ConditionalExpectedTransactions(in histories[i], futureOpportunities);
        }
    }

    /// <summary>
    /// Σ weight · E[X(n, n + n*) | history] over the base: the expected transactions of all customers in the next n*
    /// opportunities (each history counted <see cref="BgBbHistory.Weight"/> times).
    /// </summary>
    /// <param name="histories">The histories with weights.</param>
    /// <param name="futureOpportunities">n*; zero or more.</param>
    /// <returns>The expected total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="futureOpportunities"/> is negative.</exception>
    public double TotalConditionalExpectedTransactions(ReadOnlySpan<BgBbHistory> histories, int futureOpportunities)
    {
        Validation.Count(futureOpportunities, nameof(futureOpportunities));
        double total = 0;
        for (int i = 0; i < histories.Length; i++)
        {
            ref readonly BgBbHistory h = ref histories[i];
            if (h.Weight > 0)
            {
                total += h.Weight * ConditionalExpectedTransactions(in h, futureOpportunities);
            }
        }

        return total;
    }

    /// <summary>DERT of a customer with this history; see <see cref="DiscountedExpectedResidualTransactions(BgBbParameters, int, int, int, double)"/>.</summary>
    /// <param name="history">The history.</param>
    /// <param name="discountRate">d per opportunity; positive and finite, or 0 when γ &gt; 1.</param>
    /// <returns>The discounted expectation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discountRate"/> is out of range.</exception>
    public double DiscountedExpectedResidualTransactions(in BgBbHistory history, double discountRate)
    {
        CheckDiscountRate(Parameters, discountRate);
        BgBbParameters p = Parameters;
        return BgBbKernels.DiscountedExpectedResidualTransactions(p.Alpha, p.Beta, p.Gamma, p.Delta, history.Frequency, history.Recency, history.Opportunities, discountRate);
    }

    /// <summary>Batch <see cref="DiscountedExpectedResidualTransactions(in BgBbHistory, double)"/> into <paramref name="destination"/>.</summary>
    /// <param name="histories">The histories.</param>
    /// <param name="discountRate">d per opportunity; positive and finite, or 0 when γ &gt; 1.</param>
    /// <param name="destination">Receives one value per history.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discountRate"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="histories"/>.</exception>
    public void DiscountedExpectedResidualTransactions(ReadOnlySpan<BgBbHistory> histories, double discountRate, Span<double> destination)
    {
        CheckDiscountRate(Parameters, discountRate);
        Validation.Destination(histories.Length, destination.Length, nameof(destination));
        for (int i = 0; i < histories.Length; i++)
        {
            destination[i] = DiscountedExpectedResidualTransactions(in histories[i], discountRate);
        }
    }

    /// <summary>E[X(n)] for a new customer; see <see cref="ExpectedTransactions(BgBbParameters, int)"/>.</summary>
    /// <param name="opportunities">n; zero or more.</param>
    /// <returns>The expectation.</returns>
    public double ExpectedTransactions(int opportunities) => ExpectedTransactions(Parameters, opportunities);

    /// <summary>P(X(n) = x) for a new customer; see <see cref="ProbabilityOfTransactions(BgBbParameters, int, int)"/>.</summary>
    /// <param name="transactions">x; in [0, n].</param>
    /// <param name="opportunities">n; zero or more.</param>
    /// <returns>The probability.</returns>
    public double ProbabilityOfTransactions(int transactions, int opportunities) => ProbabilityOfTransactions(Parameters, transactions, opportunities);

    /// <summary>log P(X(n) = x) for a new customer; see <see cref="LogProbabilityOfTransactions(BgBbParameters, int, int)"/>.</summary>
    /// <param name="transactions">x; in [0, n].</param>
    /// <param name="opportunities">n; zero or more.</param>
    /// <returns>The log-probability.</returns>
    public double LogProbabilityOfTransactions(int transactions, int opportunities) => LogProbabilityOfTransactions(Parameters, transactions, opportunities);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ModelName}(alpha={Parameters.Alpha:G6}, beta={Parameters.Beta:G6}, gamma={Parameters.Gamma:G6}, delta={Parameters.Delta:G6})");

    private static void CheckDiscountRate(BgBbParameters parameters, double discountRate)
    {
        if (!double.IsFinite(discountRate) || discountRate < 0 || (discountRate == 0 && parameters.Gamma <= 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(discountRate),
                discountRate,
                string.Create(CultureInfo.InvariantCulture, $"The discount rate per opportunity must be finite and positive (or 0 when gamma > 1, here gamma = {parameters.Gamma}), but was {discountRate}."));
        }
    }
}
