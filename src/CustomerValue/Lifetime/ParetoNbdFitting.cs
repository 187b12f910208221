using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>The Pareto/NBD likelihood over compressed rows and its maximum-likelihood fit.</summary>
internal static class ParetoNbdFitting
{
    public static readonly string[] Names = ["r", "alpha", "s", "beta"];

    /// <summary>The total log-likelihood over the table (canonical order); −∞ where a term is not finite.</summary>
    public static double LogLikelihood(PatternTable data, ReadOnlySpan<double> p) => new ParetoNbdLikelihood(data).Evaluate(p, default);

    /// <summary>The gradient of <see cref="LogLikelihood"/> with respect to (r, α, s, β).</summary>
    public static void Gradient(PatternTable data, ReadOnlySpan<double> p, Span<double> gradient) => new ParetoNbdLikelihood(data).Evaluate(p, gradient);

    /// <summary>
    /// Fits by BFGS on log-parameters with the analytic gradient (from the series of the tail integral), from several
    /// starting points scaled to the observed repeat rate. A run whose r or s passes <see cref="MaximumLikelihoodProblem.ShapeLimit"/> stops there.
    /// </summary>
    public static MaximumLikelihoodResult Fit(PatternTable data, string modelName, FitOptions? options)
    {
        options ??= FitOptions.Default;
        double scale = 1.0 / BuyTillYouDieFitting.RepeatRate(data, modelName);
        IReadOnlyList<IReadOnlyList<double>> starts = options.StartingPoints ??
        [
            [1.0, scale, 1.0, scale],
            [0.5, 0.5 * scale, 0.5, 2.0 * scale],
            [2.0, 2.0 * scale, 2.0, 0.5 * scale],
        ];
        var problem = new MaximumLikelihoodProblem(Names, new ParetoNbdLikelihood(data).Evaluate, starts, data.Customers)
        {
            UpperLimits = [MaximumLikelihoodProblem.ShapeLimit, double.PositiveInfinity, MaximumLikelihoodProblem.ShapeLimit, double.PositiveInfinity],
        };
        return MaximumLikelihood.Maximize(problem, options);
    }
}
