namespace CustomerValue.Loyalty;

/// <summary>
/// The four cells of Dick and Basu's (1994) loyalty matrix: relative attitude (high or low) × repeat patronage (high or
/// low).
/// </summary>
public enum LoyaltyType
{
    /// <summary>Low attitude, low patronage.</summary>
    NoLoyalty = 0,

    /// <summary>Low attitude, high patronage: buys out of habit, convenience or switching costs; leaves for a better offer.</summary>
    SpuriousLoyalty = 1,

    /// <summary>High attitude, low patronage: likes the firm but buys little (price, access, situation).</summary>
    LatentLoyalty = 2,

    /// <summary>High attitude, high patronage: the loyal customer.</summary>
    TrueLoyalty = 3,
}
