namespace CustomerValue.Lifetime;

/// <summary>One row of a calibration-versus-holdout check: customers with a given calibration frequency, and their mean holdout purchases, actual and predicted.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Frequency">The calibration-period frequency x of this group (the lower bound when <paramref name="IsOpenEnded"/>).</param>
/// <param name="IsOpenEnded">Whether the row gathers every frequency of <paramref name="Frequency"/> or more.</param>
/// <param name="Customers">Customers in the group.</param>
/// <param name="ActualMean">Mean purchases in the holdout period.</param>
/// <param name="PredictedMean">Mean of the model's conditional expected purchases over each customer's holdout duration.</param>
public readonly record struct CalibrationHoldoutRow(int Frequency, bool IsOpenEnded, int Customers, double ActualMean, double PredictedMean);
