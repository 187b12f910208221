namespace CustomerValue.Loyalty;

/// <summary>The Net Promoter group of a 0–10 likelihood-to-recommend answer (Reichheld 2003).</summary>
public enum NpsCategory
{
    /// <summary>0 to 6.</summary>
    Detractor = 0,

    /// <summary>7 or 8.</summary>
    Passive = 1,

    /// <summary>9 or 10.</summary>
    Promoter = 2,
}
