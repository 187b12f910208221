using CustomerValue.Lifetime;

namespace CustomerValue.Analysis;

/// <summary>
/// How one repeat-purchase model did: its fit on the calibration period (log-likelihood, AIC, BIC) and its error on the
/// holdout period that followed, customer by customer.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">The model's name (for example "bg-nbd").</param>
/// <param name="CalibrationModel">The model fitted on the calibration period.</param>
/// <param name="LogLikelihood">The calibration log-likelihood.</param>
/// <param name="Aic">Akaike's information criterion on the calibration period (smaller is better).</param>
/// <param name="Bic">The Bayesian information criterion on the calibration period (smaller is better).</param>
/// <param name="Converged">Whether the calibration fit converged.</param>
/// <param name="HoldoutMeanAbsoluteError">Mean over customers of |predicted − actual| holdout purchases.</param>
/// <param name="HoldoutRootMeanSquaredError">Root mean squared error of the holdout purchases per customer.</param>
/// <param name="HoldoutPredictedTotal">Predicted holdout purchases, all customers.</param>
/// <param name="HoldoutActualTotal">Actual holdout purchases, all customers.</param>
public sealed record ModelEvaluation(
    string Name,
    ITransactionModel CalibrationModel,
    double LogLikelihood,
    double Aic,
    double Bic,
    bool Converged,
    double HoldoutMeanAbsoluteError,
    double HoldoutRootMeanSquaredError,
    double HoldoutPredictedTotal,
    double HoldoutActualTotal);
