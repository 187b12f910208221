namespace CustomerValue.Loyalty;

/// <summary>How well a purchase-loyalty function separates loyal from other customers on labelled data.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Observations">Labelled customer-years.</param>
/// <param name="LogLoss">Mean cross-entropy of F against the labels, in nats (probabilities clipped to [1e-15, 1 − 1e-15]).</param>
/// <param name="Auc">Area under the ROC curve: the probability that a random loyal customer scores above a random other one (ties count ½).</param>
public sealed record LoyaltyModelEvaluation(int Observations, double LogLoss, double Auc);
