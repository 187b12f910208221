namespace CustomerValue.Lifetime;

/// <summary>
/// The four parameters of the MBG/NBD model (Batislam, Denizel &amp; Filiztekin 2007), in which a customer may also drop out at time 0: purchase rates λ ~ Gamma(shape <see cref="R"/>, rate <see cref="Alpha"/>)
/// across customers, and dropout probabilities p ~ Beta(<see cref="A"/>, <see cref="B"/>).
/// </summary>
/// <remarks>Immutable and thread-safe. Every parameter is positive and finite; this is checked on creation.</remarks>
public sealed record MbgNbdParameters
{
    /// <summary>Creates the parameters, validating each.</summary>
    /// <param name="r">Shape of the Gamma distribution of purchase rates; positive and finite.</param>
    /// <param name="alpha">Rate (inverse scale, in the time unit of the data) of the Gamma distribution of purchase rates; positive and finite.</param>
    /// <param name="a">First shape of the Beta distribution of dropout probabilities; positive and finite.</param>
    /// <param name="b">Second shape of the Beta distribution of dropout probabilities; positive and finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is zero, negative, NaN or infinite; the message names it and its value.</exception>
    public MbgNbdParameters(double r, double alpha, double a, double b)
    {
        Validation.Parameter(r, nameof(r));
        Validation.Parameter(alpha, nameof(alpha));
        Validation.Parameter(a, nameof(a));
        Validation.Parameter(b, nameof(b));
        R = r;
        Alpha = alpha;
        A = a;
        B = b;
    }

    /// <summary>Shape r of the Gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>Rate α of the Gamma distribution of purchase rates (mean rate r/α per time unit).</summary>
    public double Alpha { get; }

    /// <summary>Shape a of the Beta distribution of dropout probabilities.</summary>
    public double A { get; }

    /// <summary>Shape b of the Beta distribution of dropout probabilities (mean dropout a/(a + b)).</summary>
    public double B { get; }

    /// <summary>Whether (r, α, a, b) is a valid parameter set: all positive and finite.</summary>
    /// <param name="r">Shape r.</param>
    /// <param name="alpha">Rate α.</param>
    /// <param name="a">Shape a.</param>
    /// <param name="b">Shape b.</param>
    /// <returns>True when every value is positive and finite.</returns>
    public static bool IsValidParameterSet(double r, double alpha, double a, double b) =>
        IsPositive(r) && IsPositive(alpha) && IsPositive(a) && IsPositive(b);

    /// <summary>The parameters by their conventional names r, alpha, a, b.</summary>
    /// <returns>A new read-only list.</returns>
    public IReadOnlyList<KeyValuePair<string, double>> ToNamedValues() =>
        Array.AsReadOnly(new KeyValuePair<string, double>[] { new("r", R), new("alpha", Alpha), new("a", A), new("b", B) });

    private static bool IsPositive(double v) => double.IsFinite(v) && v > 0;
}
