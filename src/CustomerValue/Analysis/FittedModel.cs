using CustomerValue.Lifetime;

namespace CustomerValue.Analysis;

/// <summary>A repeat-purchase model fitted by <see cref="CustomerAnalysis"/>, with the figures of its fit.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Model">The fitted model.</param>
/// <param name="LogLikelihood">The log-likelihood at the fit.</param>
/// <param name="Aic">Akaike's information criterion.</param>
/// <param name="Bic">The Bayesian information criterion.</param>
/// <param name="Converged">Whether the fit converged.</param>
/// <param name="StandardErrors">Standard errors of the parameters, by name.</param>
/// <param name="Customers">Customers the model was fitted on.</param>
public sealed record FittedModel(
    ITransactionModel Model,
    double LogLikelihood,
    double Aic,
    double Bic,
    bool Converged,
    IReadOnlyList<KeyValuePair<string, double>> StandardErrors,
    int Customers)
{
    /// <summary>The figures of a <see cref="ModelFit{TModel}"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    public static FittedModel From<TModel>(ModelFit<TModel> fit)
        where TModel : class, ITransactionModel
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new FittedModel(fit.Model, fit.LogLikelihood, fit.Aic, fit.Bic, fit.Converged, fit.StandardErrors, fit.Observations);
    }
}
