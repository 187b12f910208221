namespace CustomerValue;

/// <summary>
/// What one customer did in one calendar year: the inputs a, b, c, d of the purchase-behaviour loyalty model
/// (purchase count, product variety, units, spend).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="CustomerId">The customer's identifier.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="PurchaseCount">a: purchase occasions (distinct aggregation periods with at least one purchase) in the year.</param>
/// <param name="DistinctProducts">b: distinct product ids bought in the year (purchases without a product id are not counted).</param>
/// <param name="Units">c: units bought minus units returned in the year.</param>
/// <param name="Spend">d: money spent minus money refunded in the year.</param>
public readonly record struct YearlyActivity(
    string CustomerId,
    int Year,
    int PurchaseCount,
    int DistinctProducts,
    decimal Units,
    decimal Spend);
