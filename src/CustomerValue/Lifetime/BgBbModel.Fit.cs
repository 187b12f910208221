using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <content>Maximum-likelihood fitting of the BG/BB model.</content>
public sealed partial class BgBbModel
{
    private static readonly string[] Names = ["alpha", "beta", "gamma", "delta"];

    /// <summary>
    /// Fits the model by maximum likelihood to discrete-time histories (compressed to distinct (x, tₓ, n) rows first, so the
    /// time grows with distinct rows and the result does not depend on the order of the input).
    /// </summary>
    /// <param name="histories">The histories with their weights (customer counts), for example the rows of a
    /// <c>frequency,recency,periods,weights</c> file.</param>
    /// <param name="options">Fit options, or null for <see cref="FitOptions.Default"/>.</param>
    /// <returns>The fit; check <see cref="ModelFit{TModel}.Converged"/> or call <see cref="ModelFit{TModel}.EnsureConverged"/>.
    /// <see cref="ModelFit{TModel}.Observations"/> is the total weight, rounded.</returns>
    /// <exception cref="ArgumentException">A history is invalid (the message gives its index), the total weight is 0, no customer
    /// had an opportunity or made a transaction, or a starting point has the wrong length.</exception>
    public static ModelFit<BgBbModel> Fit(ReadOnlySpan<BgBbHistory> histories, FitOptions? options = null)
    {
        BgBbTable table = BgBbTable.From(histories, nameof(histories));
        options ??= FitOptions.Default;
        if (table.TotalWeight <= 0)
        {
            throw new ArgumentException("The bg-bb model cannot be fitted on no customers: pass histories with a positive total weight.", nameof(histories));
        }

        double opportunities = 0, transactions = 0;
        for (int i = 0; i < table.Rows; i++)
        {
            opportunities += table.Weight[i] * table.N[i];
            transactions += table.Weight[i] * table.X[i];
        }

        if (opportunities == 0)
        {
            throw new ArgumentException("The bg-bb model cannot be fitted when no customer had a transaction opportunity (every n is 0).", nameof(histories));
        }

        if (transactions == 0)
        {
            throw new ArgumentException(
                "The bg-bb model cannot be fitted when no customer made a repeat transaction (every frequency is 0): the transaction " +
                "and dropout probabilities are not identified.",
                nameof(histories));
        }

        var problem = new MaximumLikelihoodProblem(
            Names,
            p => TotalLogLikelihood(table, p),
            (p, g) => Gradient(table, p, g),
            options.StartingPoints ?? DefaultStarts,
            Observations(table));
        MaximumLikelihoodResult result = MaximumLikelihood.Maximize(problem, options);
        var model = new BgBbModel(new BgBbParameters(result.Point[0], result.Point[1], result.Point[2], result.Point[3]));
        return ModelFit<BgBbModel>.Create(model, ModelName, Names, result, Observations(table), options.L2Penalty);
    }

    /// <summary>Deterministic starting points (α, β, γ, δ): neutral, low-transaction/high-retention, and higher shapes.</summary>
    private static double[][] DefaultStarts =>
    [
        [1.0, 1.0, 1.0, 1.0],
        [0.5, 1.0, 0.5, 2.0],
        [2.0, 1.0, 1.0, 5.0],
    ];

    private static int Observations(BgBbTable table) => (int)Math.Round(Math.Min(table.TotalWeight, int.MaxValue));

    private static double TotalLogLikelihood(BgBbTable table, ReadOnlySpan<double> p)
    {
        double logBetaAB = LogMath.LogBeta(p[0], p[1]);
        double logBetaGD = LogMath.LogBeta(p[2], p[3]);
        double total = 0;
        for (int i = 0; i < table.Rows; i++)
        {
            total += table.Weight[i] * BgBbKernels.LogLikelihood(p[0], p[1], p[2], p[3], logBetaAB, logBetaGD, table.X[i], table.Tx[i], table.N[i]);
        }

        return total;
    }

    private static void Gradient(BgBbTable table, ReadOnlySpan<double> p, Span<double> gradient)
    {
        gradient.Clear();
        double logBetaAB = LogMath.LogBeta(p[0], p[1]);
        double logBetaGD = LogMath.LogBeta(p[2], p[3]);
        for (int i = 0; i < table.Rows; i++)
        {
            BgBbKernels.AccumulateGradient(p, logBetaAB, logBetaGD, table.X[i], table.Tx[i], table.N[i], table.Weight[i], gradient);
        }
    }
}
