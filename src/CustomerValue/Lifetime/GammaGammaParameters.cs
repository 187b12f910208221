using System.Globalization;

namespace CustomerValue.Lifetime;

/// <summary>
/// The three parameters of the Gamma-Gamma model of spend per transaction (Colombo &amp; Jiang 1999;
/// Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value curves for customer base analysis", JMR 42(4)).
/// </summary>
/// <remarks>
/// <para>
/// A customer's transaction values are Gamma(<see cref="P"/>, ν) with a customer-specific rate ν, and ν varies
/// across customers as Gamma(<see cref="Q"/>, <see cref="Gamma"/>) (shape, rate). <see cref="Gamma"/> is in the
/// currency unit of the spend data; <see cref="P"/> and <see cref="Q"/> have no unit.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record GammaGammaParameters
{
    /// <summary>Creates validated parameters.</summary>
    /// <param name="p">Shape of the spend distribution of one transaction; finite and greater than 0.</param>
    /// <param name="q">Shape of the across-customer distribution of the rate ν; finite and greater than 0.</param>
    /// <param name="gamma">Rate of the across-customer distribution of ν (scale of spend, in currency units); finite and greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite or not greater than 0.</exception>
    public GammaGammaParameters(double p, double q, double gamma)
    {
        RequirePositive(p, nameof(p));
        RequirePositive(q, nameof(q));
        RequirePositive(gamma, nameof(gamma));
        P = p;
        Q = q;
        Gamma = gamma;
    }

    /// <summary>p: shape of the Gamma distribution of a single transaction's value (no unit).</summary>
    public double P { get; }

    /// <summary>q: shape of the Gamma distribution of the rate ν across customers (no unit).</summary>
    public double Q { get; }

    /// <summary>γ: rate of the Gamma distribution of ν across customers (currency units).</summary>
    public double Gamma { get; }

    /// <summary>Whether (p, q, γ) would be accepted by the constructor: all three finite and greater than 0.</summary>
    /// <param name="p">Candidate p.</param>
    /// <param name="q">Candidate q.</param>
    /// <param name="gamma">Candidate γ.</param>
    /// <returns>True when the set is valid.</returns>
    public static bool IsValidParameterSet(double p, double q, double gamma) =>
        IsPositiveFinite(p) && IsPositiveFinite(q) && IsPositiveFinite(gamma);

    /// <summary>Deconstructs into (p, q, γ).</summary>
    /// <param name="p">Receives <see cref="P"/>.</param>
    /// <param name="q">Receives <see cref="Q"/>.</param>
    /// <param name="gamma">Receives <see cref="Gamma"/>.</param>
    public void Deconstruct(out double p, out double q, out double gamma)
    {
        p = P;
        q = Q;
        gamma = Gamma;
    }

    /// <summary>A readable form, for example "p = 6.2502, q = 3.7444, gamma = 15.447".</summary>
    /// <returns>The parameters with five significant digits.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p = {P:G5}, q = {Q:G5}, gamma = {Gamma:G5}");

    private static bool IsPositiveFinite(double value) => double.IsFinite(value) && value > 0;

    private static void RequirePositive(double value, string name)
    {
        if (!IsPositiveFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Gamma-Gamma parameter {name} must be finite and greater than 0, but was {value.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
