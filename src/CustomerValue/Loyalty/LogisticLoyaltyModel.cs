using CustomerValue.Numerics;

namespace CustomerValue.Loyalty;

/// <summary>
/// A purchase-loyalty function of logistic form, F = σ(β₀ + βₐ ln(1 + a) + β_b ln(1 + b) + β_c ln(1 + c) + β_d ln(1 + d)),
/// σ(η) = 1 / (1 + e^−η): the G of seed 000 篇5 §二 with "the parameters estimated from historical data" — use
/// <see cref="Fit"/> on customer-years labelled loyal or not, or the constructor for known coefficients.
/// </summary>
/// <remarks>
/// <para>
/// F is in [0, 1]; it is non-decreasing in an input only when that input's coefficient is ≥ 0 (a fit may give a negative
/// coefficient when inputs are strongly correlated; inspect <see cref="LoyaltyModelFit.Coefficients"/>). The model is
/// additive in the log-odds, so unlike <see cref="BalancedLoyaltyModel"/> a very high value of one input can make up for
/// low values of the others.
/// </para>
/// <para>Immutable and thread-safe; scoring allocates nothing.</para>
/// </remarks>
public sealed class LogisticLoyaltyModel : LogScaleLoyaltyModel
{
    private static readonly string[] CoefficientNames =
        ["intercept", "log1p(purchase_count)", "log1p(distinct_products)", "log1p(units)", "log1p(spend)"];

    /// <summary>Creates the model from known coefficients.</summary>
    /// <param name="intercept">β₀.</param>
    /// <param name="purchaseCount">βₐ, per unit of ln(1 + a).</param>
    /// <param name="distinctProducts">β_b, per unit of ln(1 + b).</param>
    /// <param name="units">β_c, per unit of ln(1 + c).</param>
    /// <param name="spend">β_d, per unit of ln(1 + d).</param>
    /// <exception cref="ArgumentOutOfRangeException">A coefficient is NaN or infinite.</exception>
    public LogisticLoyaltyModel(double intercept, double purchaseCount, double distinctProducts, double units, double spend)
    {
        Intercept = LoyaltyCheck.Finite(intercept, nameof(intercept), "The intercept");
        PurchaseCount = LoyaltyCheck.Finite(purchaseCount, nameof(purchaseCount), "The coefficient of ln(1 + a)");
        DistinctProducts = LoyaltyCheck.Finite(distinctProducts, nameof(distinctProducts), "The coefficient of ln(1 + b)");
        Units = LoyaltyCheck.Finite(units, nameof(units), "The coefficient of ln(1 + c)");
        Spend = LoyaltyCheck.Finite(spend, nameof(spend), "The coefficient of ln(1 + d)");
    }

    /// <summary>β₀.</summary>
    public double Intercept { get; }

    /// <summary>βₐ, the coefficient of ln(1 + a).</summary>
    public double PurchaseCount { get; }

    /// <summary>β_b, the coefficient of ln(1 + b).</summary>
    public double DistinctProducts { get; }

    /// <summary>β_c, the coefficient of ln(1 + c).</summary>
    public double Units { get; }

    /// <summary>β_d, the coefficient of ln(1 + d).</summary>
    public double Spend { get; }

    /// <summary>
    /// Fits G by ridge-penalised logistic regression of the labels on ln(1 + a), ln(1 + b), ln(1 + c), ln(1 + d), solved by
    /// Newton's method (IRLS).
    /// </summary>
    /// <remarks>
    /// The inputs are standardised (mean 0, standard deviation 1 over <paramref name="history"/>) before fitting, so that the
    /// penalty of <see cref="LoyaltyFitOptions.L2Penalty"/> treats them alike; the reported coefficients, their standard
    /// errors (from the inverse penalised information, mapped back linearly) and the model are on the ln(1 + x) scale. An
    /// input that does not vary gets a zero slope (under a positive penalty). Deterministic.
    /// </remarks>
    /// <param name="history">The labelled customer-years.</param>
    /// <param name="loyal">Whether each customer-year is loyal; both outcomes must occur.</param>
    /// <param name="options">Penalty and iteration limit; <see cref="LoyaltyFitOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The lengths differ, <paramref name="history"/> is empty, or only one outcome occurs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static LoyaltyModelFit Fit(ReadOnlySpan<YearlyActivity> history, ReadOnlySpan<bool> loyal, LoyaltyFitOptions? options = null)
    {
        options ??= LoyaltyFitOptions.Default;
        if (history.Length != loyal.Length)
        {
            throw new ArgumentException($"There are {history.Length} customer-years but {loyal.Length} labels.", nameof(loyal));
        }

        if (history.IsEmpty)
        {
            throw new ArgumentException("Fitting needs at least one labelled customer-year.", nameof(history));
        }

        const int K = PurchaseLoyaltyInputs.Count;
        int n = history.Length;
        var design = new double[n * K];
        for (int i = 0; i < n; i++)
        {
            PurchaseLoyaltyInputs.Transform(history[i], design.AsSpan(i * K, K));
        }

        var mean = new double[K];
        var scale = new double[K];
        Standardise(design, n, mean, scale);

        LogisticRegressionResult result = LogisticRegression.Fit(
            design,
            K,
            loyal,
            new LogisticRegressionOptions { L2Penalty = options.L2Penalty, MaxIterations = options.MaxIterations });

        // Back to the ln(1 + x) scale: βₖ = γₖ / sₖ and β₀ = γ₀ − Σ γₖ mₖ / sₖ, a linear map A, so Cov(β) = A Cov(γ) Aᵀ.
        const int P = K + 1;
        var map = new double[P * P];
        map[0] = 1.0;
        for (int k = 0; k < K; k++)
        {
            map[k + 1] = -mean[k] / scale[k];
            map[((k + 1) * P) + k + 1] = 1.0 / scale[k];
        }

        var beta = new double[P];
        for (int r = 0; r < P; r++)
        {
            for (int c = 0; c < P; c++)
            {
                beta[r] += map[(r * P) + c] * result.Coefficients[c];
            }
        }

        var coefficients = new LoyaltyCoefficient[P];
        for (int r = 0; r < P; r++)
        {
            double variance = 0;
            for (int c = 0; c < P; c++)
            {
                for (int d = 0; d < P; d++)
                {
                    variance += map[(r * P) + c] * result.Covariance[(c * P) + d] * map[(r * P) + d];
                }
            }

            coefficients[r] = new LoyaltyCoefficient(CoefficientNames[r], beta[r], double.IsFinite(variance) && variance >= 0 ? Math.Sqrt(variance) : null);
        }

        var model = new LogisticLoyaltyModel(beta[0], beta[1], beta[2], beta[3], beta[4]);
        return new LoyaltyModelFit(
            model,
            coefficients,
            result.LogLikelihood,
            new LoyaltyModelEvaluation(n, result.LogLoss, result.Auc),
            result.Iterations,
            result.Converged,
            options.L2Penalty);
    }

    private static void Standardise(double[] design, int rows, double[] mean, double[] scale)
    {
        int k = mean.Length;
        for (int j = 0; j < k; j++)
        {
            double sum = 0;
            for (int i = 0; i < rows; i++)
            {
                sum += design[(i * k) + j];
            }

            mean[j] = sum / rows;
            double squares = 0;
            for (int i = 0; i < rows; i++)
            {
                double e = design[(i * k) + j] - mean[j];
                squares += e * e;
            }

            double sd = Math.Sqrt(squares / rows);
            scale[j] = sd > 0 ? sd : 1.0;
            for (int i = 0; i < rows; i++)
            {
                design[(i * k) + j] = (design[(i * k) + j] - mean[j]) / scale[j];
            }
        }
    }

    private protected override double Kernel(double a, double b, double c, double d) =>
        LogisticRegression.Logistic(Intercept + (PurchaseCount * a) + (DistinctProducts * b) + (Units * c) + (Spend * d));
}
