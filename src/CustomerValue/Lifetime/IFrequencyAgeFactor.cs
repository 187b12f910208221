namespace CustomerValue.Lifetime;

/// <summary>
/// A per-customer factor that depends on the frequency x and the age T alone (see <see cref="IAliveFactoredModel"/>),
/// computed one at a time or four at a time; both must give the same value for the same (x, T), bit for bit.
/// </summary>
internal interface IFrequencyAgeFactor
{
    /// <summary>The factor for one (x, T).</summary>
    double Compute(int frequency, double t);

    /// <summary>The factor for <see cref="BgExpectedBatch.Width"/> pairs (x, T) at once.</summary>
    void Compute(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> ages, Span<double> destination);
}
