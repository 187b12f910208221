namespace CustomerValue;

/// <summary>
/// One aggregation period of a <see cref="CustomerHistory"/>: its index (<see cref="TimePeriodCalendar.PeriodIndex"/>), the
/// number of purchases in it and their net amount (returns included). What a store persists to rebuild a history exactly.
/// </summary>
/// <param name="PeriodIndex">The period's index in the history's <see cref="CustomerHistory.Period"/>.</param>
/// <param name="Purchases">Purchases (transactions with a non-negative amount) in the period; 0 for a period with returns only.</param>
/// <param name="Amount">The net amount of every transaction in the period.</param>
public readonly record struct CustomerPeriodTotals(long PeriodIndex, int Purchases, decimal Amount);
