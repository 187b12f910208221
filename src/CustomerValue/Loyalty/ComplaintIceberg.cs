namespace CustomerValue.Loyalty;

/// <summary>
/// The complaint iceberg (seed 002 §3.2.4): only a small share of dissatisfied customers complain — the seed says about
/// 10 % voice their complaint and the other 90 % show it only in behaviour (late payment, rudeness to front-line staff,
/// leaving) — so the voiced complaints are the tip of the dissatisfaction.
/// </summary>
/// <remarks>
/// <para>
/// With K voiced complaints and voicing rate r (each dissatisfied customer complains independently with probability r),
/// K ~ Binomial(N, r) for N dissatisfied customers, and N̂ = K / r with standard error √(K (1 − r)) / r (the plug-in
/// binomial variance N r (1 − r) / r² at N = N̂). The voicing rate is an explicit parameter: the seed's 10 % is the default,
/// but it differs by industry and by how easy complaining is made; measure it when you can.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ComplaintIceberg
{
    /// <summary>The seed's voicing rate: 10 % of dissatisfied customers complain.</summary>
    public const double DefaultVoicingRate = 0.10;

    /// <summary>Creates the estimator.</summary>
    /// <param name="voicingRate">The share of dissatisfied customers who complain, in (0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="voicingRate"/> is not in (0, 1].</exception>
    public ComplaintIceberg(double voicingRate = DefaultVoicingRate)
    {
        if (!(voicingRate > 0 && voicingRate <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(voicingRate), voicingRate, LoyaltyCheck.Invariant($"The voicing rate must be in (0, 1], but was {voicingRate}."));
        }

        VoicingRate = voicingRate;
    }

    /// <summary>The estimator with the seed's 10 % voicing rate.</summary>
    public static ComplaintIceberg Default { get; } = new();

    /// <summary>The share of dissatisfied customers who complain.</summary>
    public double VoicingRate { get; }

    /// <summary>Estimates the dissatisfied customers from the voiced complaints.</summary>
    /// <param name="voicedComplaints">Customers who complained, ≥ 0.</param>
    /// <param name="customerBase">Optional: all customers, ≥ 1, for the dissatisfied share.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public ComplaintIcebergEstimate Estimate(long voicedComplaints, long? customerBase = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(voicedComplaints);
        if (customerBase is { } size)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(customerBase));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(voicedComplaints, size);
        }

        double k = voicedComplaints;
        double dissatisfied = k / VoicingRate;
        double standardError = Math.Sqrt(k * (1 - VoicingRate)) / VoicingRate;
        double? share = customerBase is { } n ? Math.Min(1.0, dissatisfied / n) : null;
        return new ComplaintIcebergEstimate(voicedComplaints, VoicingRate, dissatisfied, dissatisfied - k, standardError, share);
    }
}
