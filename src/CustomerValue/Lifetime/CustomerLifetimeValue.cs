using System.Globalization;

namespace CustomerValue.Lifetime;

/// <summary>
/// Customer lifetime value from a repeat-purchase model (<see cref="ITransactionModel"/>) and the Gamma-Gamma spend
/// model: the discounted expected profit of a customer's future transactions over a stated horizon
/// (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value curves for customer base analysis", JMR 42(4)).
/// </summary>
/// <remarks>
/// <para>
/// With step length s (in the transaction model's time unit), horizon H steps, margin μ and discount rate d per step,
/// CLV = Σ_{k=1..H} (E[X(T, T + k s)] − E[X(T, T + (k − 1) s)]) · E[M | x, m̄] · μ / (1 + d)^k,
/// where E[X(T, T + τ)] is the expected number of purchases in the τ time units after the end of observation
/// (<see cref="ITransactionModel.ConditionalExpectedPurchases(in CustomerSummary, double)"/>) and E[M | x, m̄] is the
/// conditional expected spend per transaction (<see cref="GammaGammaModel.ConditionalExpectedSpend(in CustomerSummary)"/>).
/// The purchases expected during step k are discounted as if they fell at its end. Spend and transactions are
/// assumed independent, as the Gamma-Gamma model does.
/// </para>
/// <para>
/// No calendar is assumed: <see cref="ClvOptions.StepLength"/> says how many model time units one step is
/// (for a model in weeks and monthly steps, 365.2425 / 12 / 7 ≈ 4.348), and the discount rate is per step.
/// The result is in the currency unit of the spend data.
/// </para>
/// <para>
/// For BG/NBD, MBG/NBD and Pareto/NBD the expectation factors as P(alive) times the expectation of a customer alive at T,
/// a function of (x, T) alone, so the sum over the horizon is taken of that factor, and the batch member computes it once
/// per distinct (x, T); the value is the same. For BG/NBD and MBG/NBD that sum is one positive series for the whole
/// horizon rather than one expectation per step (docs/lifetime-gamma-gamma-and-clv.md).
/// </para>
/// <para>Immutable and thread-safe when the two models are (as all models of this library are); batch members allocate nothing.</para>
/// </remarks>
public sealed class CustomerLifetimeValue
{
    /// <summary>Creates a calculator from a transaction model, a spend model and the horizon, margin and discount options.</summary>
    /// <param name="transactionModel">The fitted repeat-purchase model (BG/NBD, MBG/NBD, …).</param>
    /// <param name="spendModel">The fitted Gamma-Gamma spend model.</param>
    /// <param name="options">Horizon, step length, margin and discount rate.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CustomerLifetimeValue(ITransactionModel transactionModel, GammaGammaModel spendModel, ClvOptions options)
    {
        ArgumentNullException.ThrowIfNull(transactionModel);
        ArgumentNullException.ThrowIfNull(spendModel);
        ArgumentNullException.ThrowIfNull(options);
        TransactionModel = transactionModel;
        SpendModel = spendModel;
        Options = options;
    }

    /// <summary>The repeat-purchase model.</summary>
    public ITransactionModel TransactionModel { get; }

    /// <summary>The spend model.</summary>
    public GammaGammaModel SpendModel { get; }

    /// <summary>The horizon, step length, margin and discount rate.</summary>
    public ClvOptions Options { get; }

    /// <summary>
    /// Discounted expected purchases over the horizon: Σ_{k=1..H} (E[X(T, T + k s)] − E[X(T, T + (k − 1) s)]) / (1 + d)^k
    /// (margin and spend are not applied).
    /// </summary>
    /// <param name="transactionModel">The repeat-purchase model.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="options">Horizon, step length and discount rate (the margin is not used).</param>
    /// <returns>The discounted expected number of purchases, 0 or more.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactionModel"/> or <paramref name="options"/> is null.</exception>
    public static double DiscountedExpectedPurchases(ITransactionModel transactionModel, in CustomerSummary customer, ClvOptions options)
    {
        ArgumentNullException.ThrowIfNull(transactionModel);
        ArgumentNullException.ThrowIfNull(options);
        return DiscountedPurchasesCore(transactionModel, customer, options);
    }

    /// <summary>
    /// Customer lifetime value with a known expected spend per transaction:
    /// <see cref="DiscountedExpectedPurchases"/> × <paramref name="expectedSpend"/> × margin.
    /// </summary>
    /// <param name="transactionModel">The repeat-purchase model.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="expectedSpend">Expected spend per future transaction (currency units); finite and 0 or more.</param>
    /// <param name="options">Horizon, step length, margin and discount rate.</param>
    /// <returns>The customer's lifetime value over the horizon, in the currency unit of <paramref name="expectedSpend"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactionModel"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedSpend"/> is negative or not finite.</exception>
    public static double Calculate(ITransactionModel transactionModel, in CustomerSummary customer, double expectedSpend, ClvOptions options)
    {
        ArgumentNullException.ThrowIfNull(transactionModel);
        ArgumentNullException.ThrowIfNull(options);
        if (!(double.IsFinite(expectedSpend) && expectedSpend >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(expectedSpend), expectedSpend, string.Create(CultureInfo.InvariantCulture, $"The expected spend per transaction must be finite and 0 or more, but was {expectedSpend}."));
        }

        return ValueCore(transactionModel, customer, expectedSpend, options);
    }

    /// <summary>The lifetime value of <paramref name="customer"/> over the horizon of <see cref="Options"/>.</summary>
    /// <param name="customer">The customer (its frequency, recency, T and monetary value).</param>
    /// <returns>The discounted expected profit (currency units).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The customer has frequency 1 or more and a negative monetary value.</exception>
    /// <exception cref="InvalidOperationException">The spend model's expected spend is infinite for this customer (q ≤ 1 for x = 0).</exception>
    public double Calculate(in CustomerSummary customer)
    {
        double spend = SpendModel.ConditionalExpectedSpend(customer);
        return ValueCore(TransactionModel, customer, spend, Options);
    }

    /// <summary>Batch <see cref="Calculate(in CustomerSummary)"/>: one value per customer into <paramref name="destination"/>; allocates nothing.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="destination">Receives each customer's lifetime value, in order; at least as long as <paramref name="customers"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="customers"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer has frequency 1 or more and a negative monetary value; the message names its index and id.</exception>
    /// <exception cref="InvalidOperationException">The spend model's expected spend is infinite for some customer.</exception>
    public void Calculate(ReadOnlySpan<CustomerSummary> customers, Span<double> destination)
    {
        if (destination.Length < customers.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The destination has {destination.Length} elements but there are {customers.Length} customers."), nameof(destination));
        }

        // Spend first, for all customers at once (validates them and names the first bad one), then scale in place.
        SpendModel.ConditionalExpectedSpend(customers, destination);
        double margin = Options.Margin;
        if (TransactionModel is not IAliveFactoredModel factored)
        {
            for (int i = 0; i < customers.Length; i++)
            {
                destination[i] = DiscountedPurchasesCore(TransactionModel, customers[i], Options) * destination[i] * margin;
            }

            return;
        }

        // spend × margin × P(alive), then the discounted purchases of a live customer, a function of (x, T) alone.
        for (int i = 0; i < customers.Length; i++)
        {
            destination[i] = destination[i] * margin * factored.ProbabilityAlive(customers[i]);
        }

        AliveFactorScaling.Multiply(customers, destination, new DiscountedIfAlive(factored, Options));
    }

    /// <summary>
    /// The value of one customer at a known spend. A factored model gives spend × margin × P(alive) × (discounted purchases
    /// if alive), in the order the batch member uses, so that both agree bit for bit.
    /// </summary>
    private static double ValueCore(ITransactionModel model, in CustomerSummary customer, double spend, ClvOptions options)
    {
        if (model is IAliveFactoredModel factored)
        {
            double scaled = spend * options.Margin * factored.ProbabilityAlive(customer);
            return scaled == 0 ? 0 : scaled * factored.DiscountedPurchasesIfAlive(customer.Frequency, customer.T, options);
        }

        return DiscountedPurchasesCore(model, customer, options) * spend * options.Margin;
    }

    private static double DiscountedPurchasesCore(ITransactionModel model, in CustomerSummary customer, ClvOptions options)
    {
        if (model is IAliveFactoredModel factored)
        {
            double alive = factored.ProbabilityAlive(customer);
            return alive == 0 ? 0 : alive * factored.DiscountedPurchasesIfAlive(customer.Frequency, customer.T, options);
        }

        // Σ_{k=1..H} (E(k s) − E((k − 1) s)) / (1 + d)^k with the model's own conditional expectation E.
        double perStep = 1.0 / (1.0 + options.DiscountRate);
        double factor = 1.0, previous = 0.0, total = 0.0;
        for (int k = 1; k <= options.HorizonSteps; k++)
        {
            double cumulative = model.ConditionalExpectedPurchases(customer, k * options.StepLength);
            factor *= perStep;
            total += (cumulative - previous) * factor;
            previous = cumulative;
        }

        return total;
    }

    /// <summary>The discounted expected purchases of a customer alive at T, one (x, T) at a time or four at a time.</summary>
    private readonly struct DiscountedIfAlive(IAliveFactoredModel model, ClvOptions options) : IFrequencyAgeFactor
    {
        public double Compute(int frequency, double t) => model.DiscountedPurchasesIfAlive(frequency, t, options);

        public void Compute(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, Span<double> destination) =>
            model.DiscountedPurchasesIfAlive(frequencies, ages, options, destination);
    }
}
