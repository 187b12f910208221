namespace CustomerValue.Switching;

/// <summary>One customer's what-if: churn, retention and value before and after a <see cref="SwitchingChange"/>.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="ChurnBefore">Churn probability per period before the change.</param>
/// <param name="ChurnAfter">Churn probability per period after it.</param>
/// <param name="ValueBefore">Relationship value before (retention 1 − churn; see <see cref="Lifetime.RelationshipValue"/>).</param>
/// <param name="ValueAfter">Relationship value after.</param>
/// <param name="ContractualValueBefore">Contractual (sBG) value before: margin × discounted expected lifetime with θ ~ Beta(κp, κ(1 − p)).</param>
/// <param name="ContractualValueAfter">Contractual (sBG) value after.</param>
/// <param name="Clamped">Whether the change pushed a score past the end of the scale (and so was cut short).</param>
/// <param name="CaptiveNotLoyal">Whether the change raised only procedural or financial costs and left the customer captive, not loyal (<see cref="CaptiveRule"/>).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CustomerWhatIf(
    string CustomerId,
    double ChurnBefore,
    double ChurnAfter,
    double ValueBefore,
    double ValueAfter,
    double ContractualValueBefore,
    double ContractualValueAfter,
    bool Clamped,
    bool CaptiveNotLoyal)
{
    /// <summary>Retention before, 1 − <see cref="ChurnBefore"/>.</summary>
    public double RetentionBefore => 1.0 - ChurnBefore;

    /// <summary>Retention after, 1 − <see cref="ChurnAfter"/>.</summary>
    public double RetentionAfter => 1.0 - ChurnAfter;

    /// <summary>The change in churn probability (negative when churn falls).</summary>
    public double ChurnChange => ChurnAfter - ChurnBefore;

    /// <summary>The change in relationship value.</summary>
    public double ValueChange => ValueAfter - ValueBefore;

    /// <summary>The change in contractual (sBG) value.</summary>
    public double ContractualValueChange => ContractualValueAfter - ContractualValueBefore;
}
