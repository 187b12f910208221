using System.Globalization;

namespace CustomerValue.Lifetime;

/// <summary>
/// The shifted-beta-geometric (sBG) model of contract renewals (Fader, P. S. &amp; Hardie, B. G. S. (2007), "How to project
/// customer retention", <i>Journal of Interactive Marketing</i> 21(1), 76–90): at the end of each period a customer cancels
/// with its own probability θ, constant over time, and θ ~ Beta(α, β) across the cohort. Because the customers with high θ
/// leave first, the cohort's retention rate rises over time even though no individual's does.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Static members are the pure kernels (they take the parameters explicitly); instance members
/// delegate to them.</para>
/// <para>Periods are counted from the start of the contract: period 1 is the first paid period, and a customer active in period t
/// has made t − 1 renewals. Write T for the last period a customer pays for (it cancels at the end of period T; T = 1, 2, …):</para>
/// <list type="bullet">
/// <item><description>P(T = t) = B(α + 1, β + t − 1)/B(α, β) (<see cref="ChurnProbability(int)"/>);</description></item>
/// <item><description>survival S(t) = P(T &gt; t) = B(α, β + t)/B(α, β) (<see cref="Survival(int)"/>);</description></item>
/// <item><description>retention r(t) = S(t)/S(t − 1) = (β + t − 1)/(α + β + t − 1), rising in t (<see cref="Retention(int)"/>).</description></item>
/// </list>
/// <para>Valuation follows Fader &amp; Hardie (2010), "Customer-base valuation in a contractual setting: the perils of ignoring
/// heterogeneity", <i>Marketing Science</i> 29(1), 85–93: DEL and DERL are in units of the payment per period. The formulas are
/// in docs/lifetime-discrete-and-contractual.md.</para>
/// </remarks>
public sealed partial class ShiftedBetaGeometricModel : IParametricModel
{
    /// <summary>The model's name in JSON and on the command line.</summary>
    public const string ModelName = "sbg";

    private readonly IReadOnlyList<KeyValuePair<string, double>> named;

    /// <summary>Creates the model with fixed parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public ShiftedBetaGeometricModel(ShiftedBetaGeometricParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        named = parameters.ToNamedValues();
    }

    /// <summary>The model's parameters.</summary>
    public ShiftedBetaGeometricParameters Parameters { get; }

    /// <inheritdoc/>
    public string Name => ModelName;

    /// <inheritdoc/>
    IReadOnlyList<KeyValuePair<string, double>> IParametricModel.Parameters => named;

    /// <summary>The log-likelihood of one cohort's survivor counts (see <see cref="Fit"/>), with all constants.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="alive">Active customers at the start of periods 0, 1, …, T.</param>
    /// <returns>The log-likelihood; finite and at most 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentException">The counts are invalid; the message gives the index and value.</exception>
    public static double LogLikelihood(ShiftedBetaGeometricParameters parameters, ReadOnlySpan<int> alive)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        CheckSurvivors(alive, nameof(alive));
        return LogLikelihoodOf(alive, parameters.Alpha, parameters.Beta);
    }

    /// <summary>S(t) = B(α, β + t)/B(α, β): the share of the cohort still active after <paramref name="period"/> periods.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="period">t; zero or more (S(0) = 1).</param>
    /// <returns>The survival probability, in [0, 1], non-increasing in t.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is negative.</exception>
    public static double Survival(ShiftedBetaGeometricParameters parameters, int period)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.Count(period, nameof(period));
        return Math.Exp(ShiftedBetaGeometricKernels.LogSurvival(parameters.Alpha, parameters.Beta, period));
    }

    /// <summary>r(t) = S(t)/S(t − 1) = (β + t − 1)/(α + β + t − 1): the share of those active in period t who renew for period t + 1.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="period">t; at least 1.</param>
    /// <returns>The retention rate, in (0, 1), increasing in t towards 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double Retention(ShiftedBetaGeometricParameters parameters, int period)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        return (parameters.Beta + period - 1) / (parameters.Alpha + parameters.Beta + period - 1);
    }

    /// <summary>P(T = t) = B(α + 1, β + t − 1)/B(α, β) = S(t − 1) − S(t): the share of the cohort that churns in period t.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="period">t; at least 1.</param>
    /// <returns>The probability, in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double ChurnProbability(ShiftedBetaGeometricParameters parameters, int period)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        double a = parameters.Alpha, b = parameters.Beta;
        return a / (a + b + period - 1) * Math.Exp(ShiftedBetaGeometricKernels.LogSurvival(a, b, period - 1));
    }

    /// <summary>
    /// DEL(d) = Σ_{t≥0} S(t)/(1 + d)^t = ₂F₁(1, β; α + β; 1/(1 + d)): the discounted expected lifetime of a customer who has just
    /// signed, in payments (the first, made now, counts 1). Multiply by the payment per period for the expected lifetime value.
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="discountRate">d per period; finite and positive, or 0 when α &gt; 1 (then DEL = E[T] = (α + β − 1)/(α − 1)).</param>
    /// <returns>DEL, at least 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discountRate"/> is out of range, or 0 with α ≤ 1 (the sum diverges).</exception>
    public static double DiscountedExpectedLifetime(ShiftedBetaGeometricParameters parameters, double discountRate)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        CheckDiscountRate(parameters, discountRate);
        return ShiftedBetaGeometricKernels.DiscountedSurvivalSum(parameters.Alpha, parameters.Beta, discountRate);
    }

    /// <summary>
    /// DERL(d | renewals) = (β + n − 1)/(α + β + n − 1) · ₂F₁(1, β + n; α + β + n; 1/(1 + d)) with n − 1 = <paramref name="renewals"/>:
    /// the discounted expected residual lifetime, in payments, of a customer who has paid for n periods (the first contract plus
    /// n − 1 renewals) and stands at the end of period n, just before its next renewal decision. The next payment is made now if
    /// it renews; later ones are discounted by (1 + d) per period. This is Fader &amp; Hardie's (2010) DERL(d | α, β, n − 1 renewals).
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="discountRate">d per period; finite and positive, or 0 when α &gt; 1.</param>
    /// <param name="renewals">n − 1: renewals made so far; zero or more (0: a customer at the end of its first period).</param>
    /// <returns>DERL, zero or more; increasing in <paramref name="renewals"/> (the survivors are ever more loyal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or d = 0 with α ≤ 1 (the sum diverges).</exception>
    public static double DiscountedExpectedResidualLifetime(ShiftedBetaGeometricParameters parameters, double discountRate, int renewals)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        CheckDiscountRate(parameters, discountRate);
        Validation.Count(renewals, nameof(renewals));

        // Σ_{t≥n} S(t)/S(n − 1)/(1 + d)^{t−n}: the next renewal has probability (β + n − 1)/(α + β + n − 1) and the survival after
        // it is an sBG with β + n; with renewals = n − 1 that is (β + renewals)/(α + β + renewals) · DEL(α, β + renewals + 1).
        double a = parameters.Alpha, b = parameters.Beta + renewals;
        return b / (a + b) * ShiftedBetaGeometricKernels.DiscountedSurvivalSum(a, b + 1.0, discountRate);
    }

    /// <summary>S(t) after <paramref name="period"/> periods; see <see cref="Survival(ShiftedBetaGeometricParameters, int)"/>.</summary>
    /// <param name="period">t; zero or more.</param>
    /// <returns>The survival probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is negative.</exception>
    public double Survival(int period) => Survival(Parameters, period);

    /// <summary>The survival curve S(0), S(1), …, S(k − 1) into <paramref name="destination"/> (k = its length), without allocating.</summary>
    /// <param name="destination">Receives S(t) at index t.</param>
    public void Survival(Span<double> destination)
    {
        double a = Parameters.Alpha, b = Parameters.Beta, s = 1.0;
        for (int t = 0; t < destination.Length; t++)
        {
            destination[t] = s;
            s *= (b + t) / (a + b + t);
        }
    }

    /// <summary>r(t) in period <paramref name="period"/>; see <see cref="Retention(ShiftedBetaGeometricParameters, int)"/>.</summary>
    /// <param name="period">t; at least 1.</param>
    /// <returns>The retention rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public double Retention(int period) => Retention(Parameters, period);

    /// <summary>The retention curve r(1), r(2), …, r(k) into <paramref name="destination"/> (k = its length; r(t) at index t − 1).</summary>
    /// <param name="destination">Receives the retention rates.</param>
    public void Retention(Span<double> destination)
    {
        double a = Parameters.Alpha, b = Parameters.Beta;
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = (b + i) / (a + b + i);
        }
    }

    /// <summary>P(T = t); see <see cref="ChurnProbability(ShiftedBetaGeometricParameters, int)"/>.</summary>
    /// <param name="period">t; at least 1.</param>
    /// <returns>The probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public double ChurnProbability(int period) => ChurnProbability(Parameters, period);

    /// <summary>The expected active customers of a cohort of <paramref name="cohortSize"/> at the start of periods 0 … <paramref name="periods"/>: cohortSize · S(t).</summary>
    /// <param name="cohortSize">Customers at period 0; finite, zero or more.</param>
    /// <param name="periods">The last period projected; zero or more.</param>
    /// <returns>A new array of <paramref name="periods"/> + 1 expected counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public double[] ProjectSurvivors(double cohortSize, int periods)
    {
        Validation.Duration(cohortSize, nameof(cohortSize));
        Validation.Count(periods, nameof(periods));
        double[] result = new double[periods + 1];
        Survival(result);
        for (int t = 0; t < result.Length; t++)
        {
            result[t] *= cohortSize;
        }

        return result;
    }

    /// <summary>The log-likelihood of survivor counts; see <see cref="LogLikelihood(ShiftedBetaGeometricParameters, ReadOnlySpan{int})"/>.</summary>
    /// <param name="alive">Active customers at the start of periods 0, 1, …, T.</param>
    /// <returns>The log-likelihood.</returns>
    /// <exception cref="ArgumentException">The counts are invalid.</exception>
    public double LogLikelihood(ReadOnlySpan<int> alive) => LogLikelihood(Parameters, alive);

    /// <summary>DEL in payments; see <see cref="DiscountedExpectedLifetime(ShiftedBetaGeometricParameters, double)"/>.</summary>
    /// <param name="discountRate">d per period; positive, or 0 when α &gt; 1.</param>
    /// <returns>DEL.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discountRate"/> is out of range.</exception>
    public double DiscountedExpectedLifetime(double discountRate) => DiscountedExpectedLifetime(Parameters, discountRate);

    /// <summary>DERL in payments; see <see cref="DiscountedExpectedResidualLifetime(ShiftedBetaGeometricParameters, double, int)"/>.</summary>
    /// <param name="discountRate">d per period; positive, or 0 when α &gt; 1.</param>
    /// <param name="renewals">Renewals made so far; zero or more.</param>
    /// <returns>DERL.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public double DiscountedExpectedResidualLifetime(double discountRate, int renewals) =>
        DiscountedExpectedResidualLifetime(Parameters, discountRate, renewals);

    /// <summary>The expected lifetime value of a customer who has just signed: <paramref name="payment"/> · DEL(d).</summary>
    /// <param name="payment">The payment (or margin) per period, made at the start of each period; finite.</param>
    /// <param name="discountRate">d per period; positive, or 0 when α &gt; 1.</param>
    /// <returns>The present value, in the currency of <paramref name="payment"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public double ExpectedLifetimeValue(double payment, double discountRate)
    {
        CheckPayment(payment);
        return payment * DiscountedExpectedLifetime(discountRate);
    }

    /// <summary>
    /// A customer's expected residual lifetime value after <paramref name="renewals"/> renewals: <paramref name="payment"/> · DERL(d | renewals),
    /// the most it is worth spending to keep it (before its next renewal decision).
    /// </summary>
    /// <param name="payment">The payment (or margin) per period; finite.</param>
    /// <param name="discountRate">d per period; positive, or 0 when α &gt; 1.</param>
    /// <param name="renewals">Renewals made so far; zero or more.</param>
    /// <returns>The present value, in the currency of <paramref name="payment"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public double ResidualLifetimeValue(double payment, double discountRate, int renewals)
    {
        CheckPayment(payment);
        return payment * DiscountedExpectedResidualLifetime(discountRate, renewals);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ModelName}(alpha={Parameters.Alpha:G6}, beta={Parameters.Beta:G6})");

    private static void CheckPayment(double payment)
    {
        if (!double.IsFinite(payment))
        {
            throw new ArgumentOutOfRangeException(nameof(payment), payment, string.Create(CultureInfo.InvariantCulture, $"The payment per period must be finite, but was {payment}."));
        }
    }

    private static void CheckDiscountRate(ShiftedBetaGeometricParameters parameters, double discountRate)
    {
        if (!double.IsFinite(discountRate) || discountRate < 0 || (discountRate == 0 && parameters.Alpha <= 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(discountRate),
                discountRate,
                string.Create(CultureInfo.InvariantCulture, $"The discount rate per period must be finite and positive (or 0 when alpha > 1, here alpha = {parameters.Alpha}), but was {discountRate}."));
        }
    }
}
