namespace CustomerValue.Loyalty;

/// <summary>What <see cref="LoyaltyLadder"/> needs to know about one customer: behaviour and attitude.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="CustomerId">The customer's identifier, named in error messages; may be null.</param>
/// <param name="HasShownInterest">Whether the customer has been in contact with the firm (enquiry, quote, visit, sign-up).</param>
/// <param name="Purchases">Purchase occasions in the period (a of the loyalty model), ≥ 0.</param>
/// <param name="BehavioralLoyalty">Behavioural loyalty in [0, 1], for example the purchase-loyalty score F.</param>
/// <param name="Attitude">Attitude towards the firm in [0, 1], for example satisfaction or likelihood to recommend rescaled.</param>
/// <param name="Referrals">Referrals or recommendations made in the period, ≥ 0.</param>
/// <param name="IsPartner">Whether the customer is in a partnership with the firm.</param>
public readonly record struct LoyaltyLadderProfile(
    string? CustomerId,
    bool HasShownInterest,
    int Purchases,
    double BehavioralLoyalty,
    double Attitude,
    int Referrals,
    bool IsPartner);
