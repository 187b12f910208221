using System.Globalization;

namespace CustomerValue.Lifetime;

/// <summary>
/// The result of fitting the Gamma-Gamma spend model (<see cref="GammaGammaModel.Fit(ReadOnlySpan{CustomerSummary}, FitOptions?)"/>):
/// the maximum-likelihood fit, which customers were used and which were left out and why, and the
/// frequency–spend correlation that the model assumes to be near zero.
/// </summary>
/// <remarks>Immutable and thread-safe. A fit that did not converge is still returned; check <see cref="Converged"/> or call <see cref="EnsureConverged"/>.</remarks>
public sealed record GammaGammaFit
{
    internal GammaGammaFit(
        ModelFit<GammaGammaModel> modelFit,
        int customersUsed,
        int excludedWithoutRepeatPurchases,
        int excludedWithNonPositiveSpend,
        double frequencyMonetaryCorrelation)
    {
        ModelFit = modelFit;
        CustomersUsed = customersUsed;
        ExcludedWithoutRepeatPurchases = excludedWithoutRepeatPurchases;
        ExcludedWithNonPositiveSpend = excludedWithNonPositiveSpend;
        FrequencyMonetaryCorrelation = frequencyMonetaryCorrelation;
    }

    /// <summary>The maximum-likelihood fit: parameters p, q, gamma with standard errors and covariance, log-likelihood, AIC/BIC, iterations and exit reason.</summary>
    public ModelFit<GammaGammaModel> ModelFit { get; }

    /// <summary>The fitted model.</summary>
    public GammaGammaModel Model => ModelFit.Model;

    /// <summary>The fitted parameters.</summary>
    public GammaGammaParameters Parameters => ModelFit.Model.Parameters;

    /// <summary>The maximised log-likelihood of the used customers' mean spend, with every normalising constant.</summary>
    public double LogLikelihood => ModelFit.LogLikelihood;

    /// <summary>Whether the optimiser converged.</summary>
    public bool Converged => ModelFit.Converged;

    /// <summary>The number of customers the model was fitted on: frequency 1 or more and monetary value greater than 0.</summary>
    public int CustomersUsed { get; }

    /// <summary>Customers left out because they made no repeat purchase (frequency 0): their mean repeat spend is not observed.</summary>
    public int ExcludedWithoutRepeatPurchases { get; }

    /// <summary>Customers left out because their mean repeat spend was 0 or negative (for example refunds netting out): the model's spend is positive.</summary>
    public int ExcludedWithNonPositiveSpend { get; }

    /// <summary>All customers left out: <see cref="ExcludedWithoutRepeatPurchases"/> + <see cref="ExcludedWithNonPositiveSpend"/>.</summary>
    public int CustomersExcluded => ExcludedWithoutRepeatPurchases + ExcludedWithNonPositiveSpend;

    /// <summary>
    /// The Pearson correlation between frequency and monetary value over the used customers. The Gamma-Gamma model
    /// assumes spend per transaction is independent of frequency, so this should be near 0 (CDNOW: 0.11).
    /// NaN when either has no variance.
    /// </summary>
    public double FrequencyMonetaryCorrelation { get; }

    /// <summary>Returns this fit when it converged.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ModelFitException">The optimiser did not converge.</exception>
    public GammaGammaFit EnsureConverged()
    {
        ModelFit.EnsureConverged();
        return this;
    }

    /// <summary>A one-line account of the fit.</summary>
    /// <returns>Parameters, log-likelihood, customers used and excluded, and the correlation.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"gamma-gamma: {Parameters}, log-likelihood {LogLikelihood:F2}, {CustomersUsed} customers used, {ExcludedWithoutRepeatPurchases} without repeat purchases and {ExcludedWithNonPositiveSpend} with spend ≤ 0 excluded, corr(frequency, monetary) = {FrequencyMonetaryCorrelation:F3}{(Converged ? string.Empty : ", NOT CONVERGED")}");
}
