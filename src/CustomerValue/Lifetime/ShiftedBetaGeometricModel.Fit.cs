using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <content>Maximum-likelihood fitting of the sBG model on cohort survivor counts.</content>
public sealed partial class ShiftedBetaGeometricModel
{
    private static readonly string[] Names = ["alpha", "beta"];

    /// <summary>
    /// Fits the model by maximum likelihood to one cohort's survivor counts: the customers still active at the start of each
    /// period, period 0 (the cohort size) first. The customers lost in period t, alive[t − 1] − alive[t], churned at t; the
    /// survivors of the last period are right-censored (still active, churn time unknown).
    /// </summary>
    /// <param name="alive">Active customers at the start of periods 0, 1, …, T; at least two values, the first positive, none
    /// negative and none larger than the one before.</param>
    /// <param name="options">Fit options, or null for <see cref="FitOptions.Default"/>.</param>
    /// <returns>The fit; check <see cref="ModelFit{TModel}.Converged"/> or call <see cref="ModelFit{TModel}.EnsureConverged"/>.
    /// <see cref="ModelFit{TModel}.Observations"/> is the cohort size alive[0].</returns>
    /// <exception cref="ArgumentException">The counts are invalid (the message gives the index and value), nobody churned
    /// (churn is not identified), or a starting point has the wrong length.</exception>
    public static ModelFit<ShiftedBetaGeometricModel> Fit(ReadOnlySpan<int> alive, FitOptions? options = null)
    {
        CheckSurvivors(alive, nameof(alive));
        if (alive[^1] == alive[0])
        {
            throw new ArgumentException(
                $"The sbg model cannot be fitted when no customer churned (all {alive[0]} are still active after {alive.Length - 1} periods): churn is not identified.",
                nameof(alive));
        }

        options ??= FitOptions.Default;
        int[] counts = alive.ToArray();
        var problem = new MaximumLikelihoodProblem(
            Names,
            p => LogLikelihoodOf(counts, p[0], p[1]),
            (p, g) => Gradient(counts, p, g),
            options.StartingPoints ?? DefaultStarts,
            counts[0]);
        MaximumLikelihoodResult result = MaximumLikelihood.Maximize(problem, options);
        var model = new ShiftedBetaGeometricModel(new ShiftedBetaGeometricParameters(result.Point[0], result.Point[1]));
        return ModelFit<ShiftedBetaGeometricModel>.Create(model, ModelName, Names, result, counts[0], options.L2Penalty);
    }

    /// <summary>Deterministic starting points (α, β): mean churn 1/2, 1/5 and 1/11.</summary>
    private static double[][] DefaultStarts =>
    [
        [1.0, 1.0],
        [0.5, 2.0],
        [0.5, 5.0],
    ];

    /// <summary>Checks survivor counts; messages give the index and the value.</summary>
    internal static void CheckSurvivors(ReadOnlySpan<int> alive, string parameterName)
    {
        if (alive.Length < 2)
        {
            throw new ArgumentException(
                $"Give the active customers at the start of at least two periods (period 0 first), but {alive.Length} value(s) were given.",
                parameterName);
        }

        if (alive[0] <= 0)
        {
            throw new ArgumentException($"alive[0] is the cohort size and must be positive, but was {alive[0]}.", parameterName);
        }

        for (int t = 1; t < alive.Length; t++)
        {
            if (alive[t] < 0 || alive[t] > alive[t - 1])
            {
                throw new ArgumentException(
                    $"alive[{t}] must be between 0 and alive[{t - 1}] = {alive[t - 1]} (survivor counts cannot grow), but was {alive[t]}.",
                    parameterName);
            }
        }
    }

    /// <summary>Σ_t churned_t · log P(T = t) + survivors_T · log S(T), with all constants.</summary>
    private static double LogLikelihoodOf(ReadOnlySpan<int> alive, double alpha, double beta)
    {
        double logBeta = LogMath.LogBeta(alpha, beta);
        int last = alive.Length - 1;
        double total = 0;
        for (int t = 1; t <= last; t++)
        {
            int churned = alive[t - 1] - alive[t];
            if (churned > 0)
            {
                total += churned * (LogMath.LogBeta(alpha + 1, beta + t - 1) - logBeta);
            }
        }

        if (alive[last] > 0)
        {
            total += alive[last] * (LogMath.LogBeta(alpha, beta + last) - logBeta);
        }

        return total;
    }

    private static void Gradient(ReadOnlySpan<int> alive, ReadOnlySpan<double> p, Span<double> gradient)
    {
        double alpha = p[0], beta = p[1];
        double psiAB = LogMath.Digamma(alpha + beta);
        double psiA = LogMath.Digamma(alpha), psiB = LogMath.Digamma(beta);
        double psiA1 = LogMath.Digamma(alpha + 1);
        int last = alive.Length - 1;
        double ga = 0, gb = 0;
        for (int t = 1; t <= last; t++)
        {
            int churned = alive[t - 1] - alive[t];
            if (churned > 0)
            {
                double psiT = LogMath.Digamma(alpha + beta + t);
                ga += churned * (psiA1 - psiT - psiA + psiAB);
                gb += churned * (LogMath.Digamma(beta + t - 1) - psiT - psiB + psiAB);
            }
        }

        if (alive[last] > 0)
        {
            double psiT = LogMath.Digamma(alpha + beta + last);
            ga += alive[last] * (psiAB - psiT);
            gb += alive[last] * (LogMath.Digamma(beta + last) - psiT - psiB + psiAB);
        }

        gradient[0] = ga;
        gradient[1] = gb;
    }
}
