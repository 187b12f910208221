namespace CustomerValue.Loyalty;

/// <summary>
/// Places customers on the loyalty ladder (Hill &amp; Alexander, Handbook of Customer Satisfaction and Loyalty Measurement;
/// seed 002 §2.1's pyramid): suspect, prospect, customer, client, supporter, advocate, partner.
/// </summary>
/// <remarks>
/// <para>The rule climbs one rung at a time and stops at the first condition that fails:</para>
/// <list type="number">
/// <item>no purchase: <see cref="LoyaltyLadderRung.Prospect"/> if the customer has shown interest, else <see cref="LoyaltyLadderRung.Suspect"/>;</item>
/// <item>at least one purchase: <see cref="LoyaltyLadderRung.Customer"/>;</item>
/// <item>at least <see cref="RepeatPurchases"/> purchases (2 by default) and behavioural loyalty ≥ <see cref="BehaviorThreshold"/> (0.8): <see cref="LoyaltyLadderRung.Client"/>;</item>
/// <item>and attitude ≥ <see cref="AttitudeThreshold"/> (0.7): <see cref="LoyaltyLadderRung.Supporter"/>;</item>
/// <item>and at least <see cref="ReferralsForAdvocate"/> referrals (1): <see cref="LoyaltyLadderRung.Advocate"/>;</item>
/// <item>and a partnership: <see cref="LoyaltyLadderRung.Partner"/>.</item>
/// </list>
/// <para>
/// So attitude alone never lifts a customer above <see cref="LoyaltyLadderRung.Customer"/>: loyalty is behaviour first (seed
/// 002 §2.1), and a partner who stopped buying falls back to the rung its behaviour supports. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class LoyaltyLadder
{
    /// <summary>Creates the ladder.</summary>
    /// <param name="behaviorThreshold">Behavioural loyalty needed for <see cref="LoyaltyLadderRung.Client"/>, in [0, 1].</param>
    /// <param name="attitudeThreshold">Attitude needed for <see cref="LoyaltyLadderRung.Supporter"/>, in [0, 1].</param>
    /// <param name="repeatPurchases">Purchases needed for <see cref="LoyaltyLadderRung.Client"/>, ≥ 1.</param>
    /// <param name="referralsForAdvocate">Referrals needed for <see cref="LoyaltyLadderRung.Advocate"/>, ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public LoyaltyLadder(
        double behaviorThreshold = PurchaseLoyalty.DefaultThreshold,
        double attitudeThreshold = AttitudeBehaviorMatrix.DefaultAttitudeThreshold,
        int repeatPurchases = 2,
        int referralsForAdvocate = 1)
    {
        BehaviorThreshold = LoyaltyCheck.Threshold(behaviorThreshold, nameof(behaviorThreshold));
        AttitudeThreshold = LoyaltyCheck.Threshold(attitudeThreshold, nameof(attitudeThreshold));
        ArgumentOutOfRangeException.ThrowIfLessThan(repeatPurchases, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(referralsForAdvocate, 1);
        RepeatPurchases = repeatPurchases;
        ReferralsForAdvocate = referralsForAdvocate;
    }

    /// <summary>The ladder with the default thresholds.</summary>
    public static LoyaltyLadder Default { get; } = new();

    /// <summary>Behavioural loyalty needed for <see cref="LoyaltyLadderRung.Client"/>.</summary>
    public double BehaviorThreshold { get; }

    /// <summary>Attitude needed for <see cref="LoyaltyLadderRung.Supporter"/>.</summary>
    public double AttitudeThreshold { get; }

    /// <summary>Purchases needed for <see cref="LoyaltyLadderRung.Client"/>.</summary>
    public int RepeatPurchases { get; }

    /// <summary>Referrals needed for <see cref="LoyaltyLadderRung.Advocate"/>.</summary>
    public int ReferralsForAdvocate { get; }

    /// <summary>Whether a rung counts as loyal: <see cref="LoyaltyLadderRung.Client"/> or above.</summary>
    public static bool IsLoyal(LoyaltyLadderRung rung) => rung >= LoyaltyLadderRung.Client;

    /// <summary>The rung of one customer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or a score not in [0, 1]; the message names the customer.</exception>
    public LoyaltyLadderRung Place(in LoyaltyLadderProfile profile)
    {
        string where = LoyaltyCheck.Where(profile.CustomerId);
        LoyaltyCheck.NonNegative(profile.Purchases, nameof(profile), "Purchases", where);
        LoyaltyCheck.NonNegative(profile.Referrals, nameof(profile), "Referrals", where);
        LoyaltyCheck.Unit(profile.BehavioralLoyalty, nameof(profile), "The behavioural loyalty", where);
        LoyaltyCheck.Unit(profile.Attitude, nameof(profile), "The attitude", where);
        if (profile.Purchases == 0)
        {
            return profile.HasShownInterest ? LoyaltyLadderRung.Prospect : LoyaltyLadderRung.Suspect;
        }

        if (profile.Purchases < RepeatPurchases || profile.BehavioralLoyalty < BehaviorThreshold)
        {
            return LoyaltyLadderRung.Customer;
        }

        if (profile.Attitude < AttitudeThreshold)
        {
            return LoyaltyLadderRung.Client;
        }

        if (profile.Referrals < ReferralsForAdvocate)
        {
            return LoyaltyLadderRung.Supporter;
        }

        return profile.IsPartner ? LoyaltyLadderRung.Partner : LoyaltyLadderRung.Advocate;
    }
}
