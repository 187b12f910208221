namespace CustomerValue;

/// <summary>A calibration/holdout split of a log, with an account of the customers that have no calibration summary.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Customers">One row per customer whose first purchase is on or before the calibration end, ordered by <see cref="CustomerIdComparer"/>.</param>
/// <param name="Options">The options the split was built with.</param>
/// <param name="CustomersStartingAfterCalibration">Customers whose first purchase comes after the calibration end.</param>
/// <param name="CustomersWithoutPurchases">Customers with returns only.</param>
public sealed record CalibrationHoldoutSet(
    IReadOnlyList<CalibrationHoldoutSummary> Customers,
    SummaryOptions Options,
    int CustomersStartingAfterCalibration,
    int CustomersWithoutPurchases);
