using Orleans;

namespace CustomerValue.Orleans;

/// <summary>
/// One customer's scores from the fitted models the silos were configured with: P(alive), expected purchases and lifetime
/// value over the lifetime-value horizon, and the value decile from the last cluster-wide value distribution.
/// </summary>
/// <param name="CustomerId">The customer's identifier.</param>
/// <param name="Summary">The summary the scores were computed from.</param>
/// <param name="ProbabilityAlive">The probability that the customer is still active at T (<c>ITransactionModel.ProbabilityAlive</c>).</param>
/// <param name="ExpectedPurchases">
/// Expected purchases in the lifetime-value horizon of <c>HorizonSteps × StepLength</c> model time units after T
/// (<c>ITransactionModel.ConditionalExpectedPurchases</c>).
/// </param>
/// <param name="ExpectedSpend">
/// The expected spend per future transaction: <c>GammaGammaModel.ConditionalExpectedSpend</c> for a customer with a positive
/// repeat spend, the population mean spend otherwise (one-time buyers, returns outweighing repeat purchases), as the
/// single-process analysis does.
/// </param>
/// <param name="LifetimeValue">The discounted expected profit over the horizon at that spend (<c>CustomerLifetimeValue.Calculate</c>).</param>
/// <param name="Segment">
/// The customer-count decile of <paramref name="LifetimeValue"/>, <c>D1</c> (top 10 %) to <c>D10</c>, against the last
/// <see cref="ValueDistribution"/> computed by <see cref="CustomerValueCluster.ComputeValueDistributionAsync"/>; null before the
/// first one.
/// </param>
/// <remarks>Immutable.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("CustomerValue.Orleans.CustomerValueScore")]
public sealed record CustomerValueScore(
    string CustomerId,
    CustomerSummary Summary,
    double ProbabilityAlive,
    double ExpectedPurchases,
    double ExpectedSpend,
    double LifetimeValue,
    string? Segment);
