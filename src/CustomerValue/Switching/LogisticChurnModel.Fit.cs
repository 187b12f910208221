using CustomerValue.Numerics;

namespace CustomerValue.Switching;

/// <content>Maximum-likelihood estimation of the logistic churn model from labelled history.</content>
public sealed partial class LogisticChurnModel
{
    /// <summary>
    /// Fits the model to labelled history by maximum likelihood (optionally ridge-penalised): LL(β) = Σ_i [y_i z_i − log(1 + e^{z_i})],
    /// z_i = β₀ + xᵢᵀβ over the columns S, C, S·C (when <see cref="ChurnFitOptions.IncludeInteraction"/>) and the behaviour covariates.
    /// </summary>
    /// <remarks>
    /// The library's logistic-regression solver (Newton–Raphson from the base-rate log-odds, standard errors from the inverse
    /// observed information) does the work. Deterministic: the same history gives the same fit. When a predictor separates
    /// churners from stayers perfectly the likelihood has no maximum: the fit then reports non-convergence (see
    /// <see cref="ChurnFit.EnsureConverged"/>); a small <see cref="ChurnFitOptions.L2Penalty"/> restores a finite answer.
    /// </remarks>
    /// <param name="history">The labelled customers; at least one churner and one stayer, and more observations than coefficients.</param>
    /// <param name="options">Options; null for <see cref="ChurnFitOptions.Default"/>.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or an observation is null.</exception>
    /// <exception cref="ArgumentException">The history is too small, has only one outcome, or an observation has the wrong number of behaviour values (the message gives its index and customer).</exception>
    public static ChurnFit Fit(IReadOnlyList<ChurnObservation> history, ChurnFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        options ??= ChurnFitOptions.Default;
        string[] names = [.. CoreTermNames.Where((_, j) => j != 3 || options.IncludeInteraction), .. options.BehaviourNames];
        int columns = names.Length - 1;
        int n = history.Count;
        double[] design = new double[n * columns];
        bool[] churned = new bool[n];
        int churners = 0;
        for (int i = 0; i < n; i++)
        {
            ChurnObservation row = history[i] ?? throw new ArgumentNullException(nameof(history), $"Observation {i} is null.");
            if (row.BehaviourSpan.Length != options.BehaviourNames.Count)
            {
                throw new ArgumentException($"Observation {i}{(row.CustomerId is null ? string.Empty : $" (customer '{row.CustomerId}')")} has {row.BehaviourSpan.Length} behaviour values, but the options name {options.BehaviourNames.Count} ({string.Join(", ", options.BehaviourNames)}).", nameof(history));
            }

            Span<double> x = design.AsSpan(i * columns, columns);
            int c = 0;
            x[c++] = row.Satisfaction;
            x[c++] = row.SwitchingCost;
            if (options.IncludeInteraction)
            {
                x[c++] = row.Satisfaction * row.SwitchingCost;
            }

            row.BehaviourSpan.CopyTo(x[c..]);
            churned[i] = row.Churned;
            churners += row.Churned ? 1 : 0;
        }

        if (churners == 0 || churners == n || n <= names.Length)
        {
            throw new ArgumentException($"A churn fit needs more observations than its {names.Length} coefficients and both churners and stayers, but got {n} observations with {churners} churners.", nameof(history));
        }

        LogisticRegressionResult result = LogisticRegression.Fit(
            design,
            columns,
            churned,
            new LogisticRegressionOptions { L2Penalty = options.L2Penalty, MaxIterations = options.MaxIterations, Tolerance = options.Tolerance });
        double[] beta = result.Coefficients;
        var coefficients = new ChurnCoefficient[names.Length];
        for (int j = 0; j < names.Length; j++)
        {
            coefficients[j] = new ChurnCoefficient(names[j], beta[j], result.StandardErrors[j]);
        }

        double interaction = options.IncludeInteraction ? beta[3] : 0.0;
        int behaviourStart = options.IncludeInteraction ? 4 : 3;
        var model = new LogisticChurnModel(beta[0], beta[1], beta[2], interaction, options.BehaviourNames, beta[behaviourStart..]);
        return new ChurnFit(model, Array.AsReadOnly(coefficients), result.LogLikelihood, result.LogLoss, result.Auc, n, churners, result.Iterations, result.ExitReason);
    }
}
