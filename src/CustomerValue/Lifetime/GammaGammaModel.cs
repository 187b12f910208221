using System.Globalization;
using MathNet.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>
/// The Gamma-Gamma model of spend per transaction (Colombo &amp; Jiang 1999; Fader, Hardie &amp; Lee 2005,
/// "RFM and CLV: using iso-value curves for customer base analysis", Journal of Marketing Research 42(4), 415–430;
/// Hardie, "The Gamma-Gamma model of monetary value", 2013): the log-likelihood of a customer's mean repeat spend,
/// the conditional expected spend per future transaction and the population mean spend.
/// </summary>
/// <remarks>
/// <para>
/// Each transaction value of a customer is Gamma(p, ν); ν is Gamma(q, γ) across customers. The mean m̄ of a
/// customer's x repeat transactions then has the marginal density
/// f(m̄ | x) = Γ(px + q) / (Γ(px) Γ(q)) · γ^q · x^(px) · m̄^(px − 1) / (γ + x m̄)^(px + q), and the conditional
/// expected spend per transaction is E[M | x, m̄] = p (γ + x m̄) / (px + q − 1), a weighted average of the
/// population mean pγ / (q − 1) (weight (q − 1) / (px + q − 1)) and the customer's own mean m̄ (weight px / (px + q − 1)).
/// </para>
/// <para>
/// Every static member is a pure kernel taking the parameters explicitly; the instance members delegate to them.
/// The model assumes that spend per transaction does not depend on purchase frequency; check the correlation
/// reported by the fit. Money is in whatever currency
/// unit the monetary values are in.
/// </para>
/// <para>Immutable and thread-safe; the batch members allocate nothing.</para>
/// </remarks>
public sealed partial class GammaGammaModel : IParametricModel
{
    /// <summary>Creates a model with the given parameters.</summary>
    /// <param name="parameters">The fitted or assumed parameters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public GammaGammaModel(GammaGammaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
    }

    /// <summary>Creates a model from (p, q, γ).</summary>
    /// <param name="p">Shape of a single transaction's value; finite and greater than 0.</param>
    /// <param name="q">Shape of the across-customer distribution of ν; finite and greater than 0.</param>
    /// <param name="gamma">Rate of the across-customer distribution of ν; finite and greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite or not greater than 0.</exception>
    public GammaGammaModel(double p, double q, double gamma)
        : this(new GammaGammaParameters(p, q, gamma))
    {
    }

    /// <summary>The model's short name as used on the command line and in JSON.</summary>
    public const string ModelName = "gamma-gamma";

    /// <summary>The model's short name as used on the command line and in JSON: <see cref="ModelName"/>.</summary>
    public string Name => ModelName;

    /// <summary>The model's parameters.</summary>
    public GammaGammaParameters Parameters { get; }

    /// <inheritdoc/>
    IReadOnlyList<KeyValuePair<string, double>> IParametricModel.Parameters =>
        [new("p", Parameters.P), new("q", Parameters.Q), new("gamma", Parameters.Gamma)];

    /// <summary>Whether the population mean spend pγ / (q − 1) is finite, that is q &gt; 1.</summary>
    public bool HasFiniteMeanSpend => Parameters.Q > 1.0;

    /// <summary>
    /// The log-likelihood of one customer's mean repeat spend <paramref name="monetaryValue"/> over
    /// <paramref name="frequency"/> repeat transactions, with every normalising constant
    /// (so that the total over the CDNOW repeat buyers at the published fit is −4055.9).
    /// </summary>
    /// <param name="p">Parameter p; finite and greater than 0.</param>
    /// <param name="q">Parameter q; finite and greater than 0.</param>
    /// <param name="gamma">Parameter γ; finite and greater than 0.</param>
    /// <param name="frequency">x: number of repeat transactions; 1 or more.</param>
    /// <param name="monetaryValue">m̄: mean value of those transactions; finite and greater than 0.</param>
    /// <returns>ln f(m̄ | p, q, γ, x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter or an observation is out of range.</exception>
    public static double LogLikelihood(double p, double q, double gamma, int frequency, double monetaryValue)
    {
        CheckParameters(p, q, gamma);
        CheckObservation(frequency, monetaryValue);
        return LogLikelihoodCore(p, q, gamma, frequency, monetaryValue);
    }

    /// <summary>
    /// The conditional expected spend per future transaction of a customer with <paramref name="frequency"/>
    /// repeat transactions of mean value <paramref name="monetaryValue"/>: p (γ + x m̄) / (px + q − 1).
    /// For x = 0 this is the population mean pγ / (q − 1) and <paramref name="monetaryValue"/> is ignored.
    /// </summary>
    /// <param name="p">Parameter p; finite and greater than 0.</param>
    /// <param name="q">Parameter q; finite and greater than 0.</param>
    /// <param name="gamma">Parameter γ; finite and greater than 0.</param>
    /// <param name="frequency">x: number of repeat transactions; 0 or more.</param>
    /// <param name="monetaryValue">m̄: mean value of the repeat transactions; finite and 0 or more (ignored when x = 0).</param>
    /// <returns>E[M | p, q, γ, x, m̄], in the currency unit of <paramref name="monetaryValue"/> and γ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A parameter or an observation is out of range, or px + q ≤ 1 (for x = 0: q ≤ 1), where the expectation is infinite.
    /// </exception>
    public static double ConditionalExpectedSpend(double p, double q, double gamma, int frequency, double monetaryValue)
    {
        CheckParameters(p, q, gamma);
        ArgumentOutOfRangeException.ThrowIfNegative(frequency);
        if (frequency > 0 && !(double.IsFinite(monetaryValue) && monetaryValue >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(monetaryValue), monetaryValue, Invariant($"The mean spend must be finite and 0 or more, but was {monetaryValue}."));
        }

        if (!(p * frequency + q > 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, Invariant($"The expected spend is infinite when p·x + q ≤ 1; here p = {p}, x = {frequency}, q = {q}."));
        }

        return ConditionalExpectedSpendCore(p, q, gamma, frequency, monetaryValue);
    }

    /// <summary>The population mean spend per transaction, pγ / (q − 1): the expected spend of a customer with no repeat transactions.</summary>
    /// <param name="p">Parameter p; finite and greater than 0.</param>
    /// <param name="q">Parameter q; finite and greater than 1 (the mean is infinite otherwise).</param>
    /// <param name="gamma">Parameter γ; finite and greater than 0.</param>
    /// <returns>E[M] in the currency unit of γ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range, or q ≤ 1.</exception>
    public static double PopulationMeanSpend(double p, double q, double gamma)
    {
        CheckParameters(p, q, gamma);
        if (!(q > 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, Invariant($"The population mean spend pγ/(q − 1) is infinite when q ≤ 1, but q = {q}."));
        }

        return p * gamma / (q - 1.0);
    }

    /// <summary>The log-likelihood of one customer's mean repeat spend; see <see cref="LogLikelihood(double, double, double, int, double)"/>.</summary>
    /// <param name="frequency">x: number of repeat transactions; 1 or more.</param>
    /// <param name="monetaryValue">m̄: mean value of those transactions; finite and greater than 0.</param>
    /// <returns>ln f(m̄ | p, q, γ, x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An observation is out of range.</exception>
    public double LogLikelihood(int frequency, double monetaryValue)
    {
        CheckObservation(frequency, monetaryValue);
        return LogLikelihoodCore(Parameters.P, Parameters.Q, Parameters.Gamma, frequency, monetaryValue);
    }

    /// <summary>The population mean spend per transaction, pγ / (q − 1).</summary>
    /// <returns>E[M] in the currency unit of the fitted spend data.</returns>
    /// <exception cref="InvalidOperationException">q ≤ 1: the population mean is infinite (see <see cref="HasFiniteMeanSpend"/>).</exception>
    public double PopulationMeanSpend()
    {
        if (!HasFiniteMeanSpend)
        {
            throw new InvalidOperationException(Invariant($"The population mean spend pγ/(q − 1) is infinite because q = {Parameters.Q} ≤ 1."));
        }

        return Parameters.P * Parameters.Gamma / (Parameters.Q - 1.0);
    }

    /// <summary>
    /// The conditional expected spend per future transaction, p (γ + x m̄) / (px + q − 1); for x = 0 the population mean.
    /// </summary>
    /// <param name="frequency">x: number of repeat transactions; 0 or more.</param>
    /// <param name="monetaryValue">m̄: mean value of the repeat transactions; finite and 0 or more (ignored when x = 0).</param>
    /// <returns>E[M | x, m̄].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An observation is out of range.</exception>
    /// <exception cref="InvalidOperationException">px + q ≤ 1 (for x = 0: q ≤ 1): the expectation is infinite.</exception>
    public double ConditionalExpectedSpend(int frequency, double monetaryValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frequency);
        if (frequency > 0 && !(double.IsFinite(monetaryValue) && monetaryValue >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(monetaryValue), monetaryValue, Invariant($"The mean spend must be finite and 0 or more, but was {monetaryValue}."));
        }

        EnsureFiniteExpectation(frequency, null, -1);
        return ConditionalExpectedSpendCore(Parameters.P, Parameters.Q, Parameters.Gamma, frequency, monetaryValue);
    }

    /// <summary>The conditional expected spend per future transaction of <paramref name="customer"/> (its frequency and monetary value).</summary>
    /// <param name="customer">The customer; its monetary value must be 0 or more when its frequency is 1 or more.</param>
    /// <returns>E[M | x, m̄].</returns>
    /// <exception cref="ArgumentOutOfRangeException">The customer's monetary value is negative while its frequency is 1 or more.</exception>
    /// <exception cref="InvalidOperationException">px + q ≤ 1 (for x = 0: q ≤ 1): the expectation is infinite.</exception>
    public double ConditionalExpectedSpend(in CustomerSummary customer)
    {
        CheckScoringCustomer(customer, -1);
        EnsureFiniteExpectation(customer.Frequency, customer.CustomerId, -1);
        return ConditionalExpectedSpendCore(Parameters.P, Parameters.Q, Parameters.Gamma, customer.Frequency, customer.MonetaryValue);
    }

    /// <summary>Batch <see cref="ConditionalExpectedSpend(in CustomerSummary)"/>: one value per customer into <paramref name="destination"/>; allocates nothing.</summary>
    /// <param name="customers">The customers to score.</param>
    /// <param name="destination">Receives E[M | x, m̄] for each customer, in order; at least as long as <paramref name="customers"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="customers"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer has frequency 1 or more and a negative monetary value; the message names its index and id.</exception>
    /// <exception cref="InvalidOperationException">px + q ≤ 1 for some customer (for x = 0: q ≤ 1): the expectation is infinite.</exception>
    public void ConditionalExpectedSpend(ReadOnlySpan<CustomerSummary> customers, Span<double> destination)
    {
        if (destination.Length < customers.Length)
        {
            throw new ArgumentException(Invariant($"The destination has {destination.Length} elements but there are {customers.Length} customers."), nameof(destination));
        }

        double p = Parameters.P, q = Parameters.Q, gamma = Parameters.Gamma;
        for (int i = 0; i < customers.Length; i++)
        {
            ref readonly CustomerSummary customer = ref customers[i];
            CheckScoringCustomer(customer, i);
            EnsureFiniteExpectation(customer.Frequency, customer.CustomerId, i);
            destination[i] = ConditionalExpectedSpendCore(p, q, gamma, customer.Frequency, customer.MonetaryValue);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Parameters})";

    /// <summary>ln f(m̄ | x) without argument checks.</summary>
    internal static double LogLikelihoodCore(double p, double q, double gamma, int frequency, double monetaryValue)
    {
        double x = frequency;
        double px = p * x;
        return SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px) - SpecialFunctions.GammaLn(q)
            + (q * Math.Log(gamma))
            + ((px - 1.0) * Math.Log(monetaryValue))
            + (px * Math.Log(x))
            - ((px + q) * Math.Log(gamma + (x * monetaryValue)));
    }

    /// <summary>p (γ + x m̄) / (px + q − 1) without argument checks; the weighted-average form keeps it finite for large x.</summary>
    internal static double ConditionalExpectedSpendCore(double p, double q, double gamma, int frequency, double monetaryValue)
    {
        if (frequency == 0)
        {
            return p * gamma / (q - 1.0);
        }

        double px = p * frequency;
        double denominator = px + q - 1.0;

        // p(γ + x m̄)/(px + q − 1) = pγ/(px + q − 1) + m̄ · px/(px + q − 1): no overflow of x m̄.
        return (p * gamma / denominator) + (monetaryValue * (px / denominator));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void CheckParameters(double p, double q, double gamma)
    {
        if (!(double.IsFinite(p) && p > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, Invariant($"Gamma-Gamma parameter p must be finite and greater than 0, but was {p}."));
        }

        if (!(double.IsFinite(q) && q > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, Invariant($"Gamma-Gamma parameter q must be finite and greater than 0, but was {q}."));
        }

        if (!(double.IsFinite(gamma) && gamma > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, Invariant($"Gamma-Gamma parameter gamma must be finite and greater than 0, but was {gamma}."));
        }
    }

    private static void CheckObservation(int frequency, double monetaryValue)
    {
        if (frequency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, Invariant($"The Gamma-Gamma likelihood needs at least one repeat transaction, but the frequency was {frequency}."));
        }

        if (!(double.IsFinite(monetaryValue) && monetaryValue > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(monetaryValue), monetaryValue, Invariant($"The Gamma-Gamma likelihood needs a finite mean spend greater than 0, but it was {monetaryValue}."));
        }
    }

    private static void CheckScoringCustomer(in CustomerSummary customer, int index)
    {
        if (customer.Frequency > 0 && !(customer.MonetaryValue >= 0))
        {
            string where = index >= 0 ? Invariant($"Customer {index} ('{customer.CustomerId}')") : $"Customer '{customer.CustomerId}'";
            throw new ArgumentOutOfRangeException(
                nameof(customer),
                customer.MonetaryValue,
                Invariant($"{where} has frequency {customer.Frequency} and a negative monetary value {customer.MonetaryValue}; the Gamma-Gamma model needs spend of 0 or more."));
        }
    }

    private void EnsureFiniteExpectation(int frequency, string? customerId, int index)
    {
        double p = Parameters.P, q = Parameters.Q;
        if (!((p * frequency) + q > 1.0))
        {
            string who = customerId is null ? string.Empty : index >= 0 ? Invariant($" (customer {index}, '{customerId}')") : $" (customer '{customerId}')";
            throw new InvalidOperationException(Invariant(
                $"The expected spend is infinite when p·x + q ≤ 1{who}: p = {p}, x = {frequency}, q = {q}."));
        }
    }
}
