namespace CustomerValue.Loyalty;

/// <summary>The dissatisfied customers hidden under the voiced complaints.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="VoicedComplaints">Complaints voiced to the firm (one per complaining customer).</param>
/// <param name="VoicingRate">The share of dissatisfied customers who complain, r.</param>
/// <param name="EstimatedDissatisfied">K / r: all dissatisfied customers, voiced or not.</param>
/// <param name="EstimatedSilent">K / r − K: the dissatisfied who did not complain.</param>
/// <param name="StandardError">√(K (1 − r)) / r: the binomial standard error of K / r (0 when nobody complained).</param>
/// <param name="DissatisfiedShare">Estimated dissatisfied / customer base, capped at 1; null when no customer base was given.</param>
public sealed record ComplaintIcebergEstimate(
    long VoicedComplaints,
    double VoicingRate,
    double EstimatedDissatisfied,
    double EstimatedSilent,
    double StandardError,
    double? DissatisfiedShare);
