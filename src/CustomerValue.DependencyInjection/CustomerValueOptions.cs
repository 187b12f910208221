using CustomerValue.Lifetime;
using CustomerValue.Loyalty;

namespace CustomerValue.DependencyInjection;

/// <summary>
/// What <c>services.AddCustomerValue(...)</c> registers beyond the stateless calculators: the fitted repeat-purchase and
/// spend models (as JSON text or a stream factory, never a file path), the customer-lifetime-value horizon, margin and
/// discount rate, and the calibration of the purchase-loyalty model.
/// </summary>
/// <remarks>
/// <para>
/// Every property is optional; the options are validated when the host starts (<c>ValidateOnStart</c>) and whenever they
/// are first read, and every problem is reported in one <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>
/// whose message lists them all.
/// </para>
/// <para>
/// Times are in the unit the transaction model was fitted in (for example weeks): nothing about calendars is assumed.
/// </para>
/// </remarks>
public sealed class CustomerValueOptions
{
    /// <summary>
    /// The fitted repeat-purchase model (BG/NBD, MBG/NBD or Pareto/NBD) as JSON written by
    /// <see cref="ModelJson"/>; registered as <see cref="ITransactionModel"/>.
    /// </summary>
    /// <value>Defaults to <see langword="null"/> (no transaction model). Set this or <see cref="TransactionModelStream"/>, not both.</value>
    public string? TransactionModelJson { get; set; }

    /// <summary>
    /// Opens a fresh stream of the fitted repeat-purchase model's UTF-8 JSON (for example an embedded resource or a blob);
    /// the stream is read to its end and disposed.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>. Set this or <see cref="TransactionModelJson"/>, not both.</value>
    /// <remarks>Called once when the options are validated and once when the model is first resolved, so it must return a new stream each time.</remarks>
    public Func<Stream>? TransactionModelStream { get; set; }

    /// <summary>The fitted Gamma-Gamma spend model as JSON written by <see cref="ModelJson"/>; registered as <see cref="GammaGammaModel"/>.</summary>
    /// <value>Defaults to <see langword="null"/> (no spend model). Set this or <see cref="SpendModelStream"/>, not both.</value>
    public string? SpendModelJson { get; set; }

    /// <summary>Opens a fresh stream of the fitted Gamma-Gamma spend model's UTF-8 JSON; the stream is read to its end and disposed.</summary>
    /// <value>Defaults to <see langword="null"/>. Set this or <see cref="SpendModelJson"/>, not both.</value>
    /// <remarks>Called once when the options are validated and once when the model is first resolved, so it must return a new stream each time.</remarks>
    public Func<Stream>? SpendModelStream { get; set; }

    /// <summary>
    /// H: the number of steps in the customer-lifetime-value horizon (<see cref="ClvOptions.HorizonSteps"/>); 1 or more.
    /// Required when both a transaction and a spend model are set.
    /// </summary>
    /// <value>Defaults to <see langword="null"/> (not set).</value>
    public int? ClvHorizonSteps { get; set; }

    /// <summary>
    /// The length of one lifetime-value step in the transaction model's time unit (<see cref="ClvOptions.StepLength"/>),
    /// for example 365.2425 / 12 / 7 ≈ 4.348 for monthly steps with a model fitted in weeks; finite and greater than 0.
    /// Required when both a transaction and a spend model are set.
    /// </summary>
    /// <value>Defaults to <see langword="null"/> (not set).</value>
    public double? ClvStepLength { get; set; }

    /// <summary>The share of spend that is profit (<see cref="ClvOptions.Margin"/>), between 0 and 1.</summary>
    /// <value>Defaults to 1 (revenue rather than profit).</value>
    public double ClvMargin { get; set; } = 1.0;

    /// <summary>The discount rate per lifetime-value step (<see cref="ClvOptions.DiscountRate"/>); finite and 0 or more.</summary>
    /// <value>Defaults to 0 (no discounting).</value>
    public double ClvDiscountRate { get; set; }

    /// <summary>
    /// The calibration of the purchase-loyalty model; when set, a <see cref="BalancedLoyaltyModel"/> with
    /// <see cref="PurchaseLoyaltyWeights"/> is registered as <see cref="IPurchaseLoyaltyModel"/>.
    /// </summary>
    /// <value>Defaults to <see langword="null"/> (no purchase-loyalty model).</value>
    public PurchaseLoyaltyCalibration? PurchaseLoyaltyCalibration { get; set; }

    /// <summary>The input weights of the purchase-loyalty model.</summary>
    /// <value>Defaults to <see langword="null"/>, meaning <see cref="LoyaltyInputWeights.Equal"/>.</value>
    public LoyaltyInputWeights? PurchaseLoyaltyWeights { get; set; }
}
