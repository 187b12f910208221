namespace CustomerValue.Loyalty;

/// <summary>
/// Attitude × behaviour (Dick &amp; Basu 1994, "Customer Loyalty: Toward an Integrated Conceptual Framework", Journal of the
/// Academy of Marketing Science 22(2)): loyalty as the pairing of a relative attitude with repeat patronage — true, latent,
/// spurious or no loyalty. Seed 000 篇3 separates the will to be loyal (意愿) from loyal behaviour (行为), and seed 002 §2.1
/// calls loyalty a behaviour rather than a feeling.
/// </summary>
/// <remarks>
/// <para>
/// Both inputs are on [0, 1]: the attitude (for example a likelihood-to-recommend or preference answer rescaled to 0–1) and
/// the behaviour (for example the purchase-loyalty score F, or a share of wallet). Attitude is high when ≥
/// <see cref="AttitudeThreshold"/> (0.7 by default: 7 of 10); behaviour is high when ≥ <see cref="BehaviorThreshold"/>
/// (0.8 by default, the seed's loyalty threshold for F).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AttitudeBehaviorMatrix
{
    /// <summary>The default attitude threshold, 0.7.</summary>
    public const double DefaultAttitudeThreshold = 0.7;

    /// <summary>Creates the matrix.</summary>
    /// <param name="attitudeThreshold">Attitude is high from this value, in [0, 1].</param>
    /// <param name="behaviorThreshold">Behaviour is high from this value, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not in [0, 1].</exception>
    public AttitudeBehaviorMatrix(double attitudeThreshold = DefaultAttitudeThreshold, double behaviorThreshold = PurchaseLoyalty.DefaultThreshold)
    {
        AttitudeThreshold = LoyaltyCheck.Threshold(attitudeThreshold, nameof(attitudeThreshold));
        BehaviorThreshold = LoyaltyCheck.Threshold(behaviorThreshold, nameof(behaviorThreshold));
    }

    /// <summary>The matrix with the default thresholds.</summary>
    public static AttitudeBehaviorMatrix Default { get; } = new();

    /// <summary>Attitude is high from this value.</summary>
    public double AttitudeThreshold { get; }

    /// <summary>Behaviour is high from this value.</summary>
    public double BehaviorThreshold { get; }

    /// <summary>The cell of one customer.</summary>
    /// <param name="attitude">Relative attitude, in [0, 1].</param>
    /// <param name="behavior">Repeat patronage, in [0, 1].</param>
    /// <param name="customerId">Optional: named in error messages.</param>
    /// <exception cref="ArgumentOutOfRangeException">An input is not in [0, 1].</exception>
    public LoyaltyType Classify(double attitude, double behavior, string? customerId = null)
    {
        string where = LoyaltyCheck.Where(customerId);
        bool highAttitude = LoyaltyCheck.Unit(attitude, nameof(attitude), "The attitude", where) >= AttitudeThreshold;
        bool highBehavior = LoyaltyCheck.Unit(behavior, nameof(behavior), "The behaviour", where) >= BehaviorThreshold;
        return (highAttitude, highBehavior) switch
        {
            (true, true) => LoyaltyType.TrueLoyalty,
            (true, false) => LoyaltyType.LatentLoyalty,
            (false, true) => LoyaltyType.SpuriousLoyalty,
            _ => LoyaltyType.NoLoyalty,
        };
    }
}
