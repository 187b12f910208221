namespace CustomerValue.Segmentation;

/// <summary>Which spend of a customer counts as its value.</summary>
public enum SpendMeasure
{
    /// <summary>Net spend: purchases minus returns (revenue; the default value of every strategy).</summary>
    Net = 0,

    /// <summary>Gross purchase amount: purchases only, returns ignored (for purchase deciles, 购买十分位).</summary>
    Gross = 1,
}
