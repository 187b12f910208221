namespace CustomerValue.Lifetime;

/// <summary>
/// The four parameters of the Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987): purchase rates
/// λ ~ Gamma(shape <see cref="R"/>, rate <see cref="Alpha"/>) and dropout rates μ ~ Gamma(shape <see cref="S"/>, rate
/// <see cref="Beta"/>) across customers, independent of each other.
/// </summary>
/// <remarks>Immutable and thread-safe. Every parameter is positive and finite; this is checked on creation.</remarks>
public sealed record ParetoNbdParameters
{
    /// <summary>Creates the parameters, validating each.</summary>
    /// <param name="r">Shape of the Gamma distribution of purchase rates; positive and finite.</param>
    /// <param name="alpha">Rate (inverse scale, in the time unit of the data) of the Gamma distribution of purchase rates; positive and finite.</param>
    /// <param name="s">Shape of the Gamma distribution of dropout rates; positive and finite.</param>
    /// <param name="beta">Rate (inverse scale, in the time unit of the data) of the Gamma distribution of dropout rates; positive and finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is zero, negative, NaN or infinite; the message names it and its value.</exception>
    public ParetoNbdParameters(double r, double alpha, double s, double beta)
    {
        Validation.Parameter(r, nameof(r));
        Validation.Parameter(alpha, nameof(alpha));
        Validation.Parameter(s, nameof(s));
        Validation.Parameter(beta, nameof(beta));
        R = r;
        Alpha = alpha;
        S = s;
        Beta = beta;
    }

    /// <summary>Shape r of the Gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>Rate α of the Gamma distribution of purchase rates (mean purchase rate r/α per time unit while active).</summary>
    public double Alpha { get; }

    /// <summary>Shape s of the Gamma distribution of dropout rates.</summary>
    public double S { get; }

    /// <summary>Rate β of the Gamma distribution of dropout rates (mean dropout rate s/β per time unit).</summary>
    public double Beta { get; }

    /// <summary>Whether (r, α, s, β) is a valid parameter set: all positive and finite.</summary>
    /// <param name="r">Shape r.</param>
    /// <param name="alpha">Rate α.</param>
    /// <param name="s">Shape s.</param>
    /// <param name="beta">Rate β.</param>
    /// <returns>True when every value is positive and finite.</returns>
    public static bool IsValidParameterSet(double r, double alpha, double s, double beta) =>
        double.IsFinite(r) && r > 0 && double.IsFinite(alpha) && alpha > 0 && double.IsFinite(s) && s > 0 && double.IsFinite(beta) && beta > 0;

    /// <summary>The parameters by their conventional names r, alpha, s, beta.</summary>
    /// <returns>A new read-only list.</returns>
    public IReadOnlyList<KeyValuePair<string, double>> ToNamedValues() =>
        Array.AsReadOnly(new KeyValuePair<string, double>[] { new("r", R), new("alpha", Alpha), new("s", S), new("beta", Beta) });
}
