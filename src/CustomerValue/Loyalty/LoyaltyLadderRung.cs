namespace CustomerValue.Loyalty;

/// <summary>
/// The rungs of the loyalty ladder (Hill &amp; Alexander's customer pyramid, seed 002 §2.1), from the bottom. From
/// <see cref="Client"/> up (the seed's 跟随者, "follower") the customer counts as loyal.
/// </summary>
public enum LoyaltyLadderRung
{
    /// <summary>In the target market, not yet in contact with the firm.</summary>
    Suspect = 0,

    /// <summary>Has shown interest (enquired, been contacted, requested a quote) but not bought.</summary>
    Prospect = 1,

    /// <summary>Has bought, but is not yet a behaviourally loyal repeat buyer.</summary>
    Customer = 2,

    /// <summary>Buys repeatedly and regularly (behavioural loyalty at or above the threshold): the first loyal rung.</summary>
    Client = 3,

    /// <summary>A client who also likes the firm (attitude at or above the threshold), but passively.</summary>
    Supporter = 4,

    /// <summary>A supporter who recommends the firm to others (at least the required number of referrals).</summary>
    Advocate = 5,

    /// <summary>An advocate in a partnership with the firm: co-development, integration, a strategic alliance.</summary>
    Partner = 6,
}
