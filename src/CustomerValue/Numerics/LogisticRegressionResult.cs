using CustomerValue.Lifetime;

namespace CustomerValue.Numerics;

/// <summary>
/// A fitted logistic regression P(y = 1 | x) = σ(β₀ + Σ βⱼ xⱼ): coefficients (the intercept first when fitted), their
/// standard errors and covariance, and the fit quality on the training data.
/// </summary>
/// <remarks>
/// Immutable and thread-safe (the arrays are copies owned by the result; do not mutate them). The covariance is the inverse
/// of the penalised observed information XᵀWX + λI at the optimum, the usual approximation for a ridge fit; without a
/// penalty it is the ordinary maximum-likelihood covariance.
/// </remarks>
/// <param name="Coefficients">β, with the intercept at index 0 when <paramref name="FitIntercept"/>.</param>
/// <param name="StandardErrors">Square roots of the covariance diagonal; NaN when the information matrix is singular.</param>
/// <param name="Covariance">Covariance of the coefficients, row-major (p × p); NaN when singular.</param>
/// <param name="LogLikelihood">ℓ(β) = Σ wᵢ [yᵢ ηᵢ − log(1 + e^ηᵢ)] at the optimum (unpenalised).</param>
/// <param name="PenalizedLogLikelihood">ℓ(β) − (λ/2) Σ slopes², the maximised objective.</param>
/// <param name="LogLoss">−ℓ / Σ wᵢ: the mean cross-entropy, in nats.</param>
/// <param name="Auc">Area under the ROC curve of the fitted probabilities on the training data (ties count one half).</param>
/// <param name="Iterations">Newton iterations taken.</param>
/// <param name="ExitReason">Why the solver stopped.</param>
/// <param name="Observations">Rows in the design.</param>
/// <param name="FitIntercept">Whether coefficient 0 is an intercept.</param>
/// <param name="L2Penalty">The penalty λ used.</param>
internal sealed record LogisticRegressionResult(
    double[] Coefficients,
    double[] StandardErrors,
    double[] Covariance,
    double LogLikelihood,
    double PenalizedLogLikelihood,
    double LogLoss,
    double Auc,
    int Iterations,
    FitExitReason ExitReason,
    int Observations,
    bool FitIntercept,
    double L2Penalty)
{
    /// <summary>Whether the Newton iterations converged.</summary>
    public bool Converged => ExitReason == FitExitReason.GradientTolerance;

    /// <summary>η = β₀ + Σ βⱼ xⱼ for one row of the design (without the intercept column).</summary>
    /// <exception cref="ArgumentException"><paramref name="row"/> has the wrong length.</exception>
    public double LinearPredictor(ReadOnlySpan<double> row)
    {
        int offset = FitIntercept ? 1 : 0;
        if (row.Length != Coefficients.Length - offset)
        {
            throw new ArgumentException($"The row has {row.Length} values but the model has {Coefficients.Length - offset} slopes.", nameof(row));
        }

        double eta = FitIntercept ? Coefficients[0] : 0.0;
        for (int j = 0; j < row.Length; j++)
        {
            eta += Coefficients[j + offset] * row[j];
        }

        return eta;
    }

    /// <summary>The fitted probability σ(η) for one row of the design (without the intercept column).</summary>
    /// <exception cref="ArgumentException"><paramref name="row"/> has the wrong length.</exception>
    public double Probability(ReadOnlySpan<double> row) => LogisticRegression.Logistic(LinearPredictor(row));
}
