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

        return DiscountedPurchasesCore(transactionModel, customer, options) * expectedSpend * options.Margin;
    }

    /// <summary>The lifetime value of <paramref name="customer"/> over the horizon of <see cref="Options"/>.</summary>
    /// <param name="customer">The customer (its frequency, recency, T and monetary value).</param>
    /// <returns>The discounted expected profit (currency units).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The customer has frequency 1 or more and a negative monetary value.</exception>
    /// <exception cref="InvalidOperationException">The spend model's expected spend is infinite for this customer (q ≤ 1 for x = 0).</exception>
    public double Calculate(in CustomerSummary customer)
    {
        double spend = SpendModel.ConditionalExpectedSpend(customer);
        return DiscountedPurchasesCore(TransactionModel, customer, Options) * spend * Options.Margin;
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
        for (int i = 0; i < customers.Length; i++)
        {
            destination[i] *= DiscountedPurchasesCore(TransactionModel, customers[i], Options) * margin;
        }
    }

    private static double DiscountedPurchasesCore(ITransactionModel model, in CustomerSummary customer, ClvOptions options)
    {
        double step = options.StepLength;
        double perStep = 1.0 / (1.0 + options.DiscountRate);
        double factor = 1.0;
        double previous = 0.0;
        double total = 0.0;
        for (int k = 1; k <= options.HorizonSteps; k++)
        {
            double cumulative = model.ConditionalExpectedPurchases(customer, k * step);
            factor *= perStep;
            total += (cumulative - previous) * factor;
            previous = cumulative;
        }

        return total;
    }
}
