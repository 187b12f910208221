namespace CustomerValue.Segmentation;

/// <summary>
/// What a <see cref="CustomerBase"/> knows about one customer: purchase occasions, recency, age and spend.
/// </summary>
/// <param name="CustomerId">The customer's identifier.</param>
/// <param name="Purchases">Purchase occasions (days with a purchase for a log; repeat purchases + 1 for a summary); 1 or more.</param>
/// <param name="Recency">Time since the last purchase, at the end of observation (days for a log; the summary's unit for a summary).</param>
/// <param name="Age">Time since the first purchase, in the same unit.</param>
/// <param name="NetSpend">Purchases minus returns (for a summary: repeat purchases × mean repeat spend, the first purchase's spend being unknown).</param>
/// <param name="GrossSpend">Purchases only, returns ignored (for a summary: as <paramref name="NetSpend"/>).</param>
public readonly record struct CustomerActivity(string CustomerId, int Purchases, double Recency, double Age, double NetSpend, double GrossSpend);
