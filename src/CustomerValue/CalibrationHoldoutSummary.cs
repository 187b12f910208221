namespace CustomerValue;

/// <summary>
/// A customer's calibration-period summary together with what it did in the holdout period that followed,
/// used to check a model's predictions against what really happened.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Calibration">The summary over the calibration period.</param>
/// <param name="FrequencyHoldout">Purchase periods in the holdout period (all of them count: there is no "first" purchase to drop).</param>
/// <param name="MonetaryValueHoldout">Mean spend of the holdout purchase periods; 0 when there were none.</param>
/// <param name="DurationHoldout">Length of the holdout period, in the summary's unit.</param>
public readonly record struct CalibrationHoldoutSummary(
    CustomerSummary Calibration,
    int FrequencyHoldout,
    double MonetaryValueHoldout,
    double DurationHoldout);
