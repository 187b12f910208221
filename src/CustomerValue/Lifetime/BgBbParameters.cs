namespace CustomerValue.Lifetime;

/// <summary>
/// The four parameters of the BG/BB model (Fader, Hardie &amp; Shang 2010): transaction probabilities p ~ Beta(<see cref="Alpha"/>,
/// <see cref="Beta"/>) and dropout probabilities θ ~ Beta(<see cref="Gamma"/>, <see cref="Delta"/>) across customers.
/// </summary>
/// <remarks>Immutable and thread-safe. Every parameter is positive and finite; this is checked on creation.</remarks>
public sealed record BgBbParameters
{
    /// <summary>Creates the parameters, validating each.</summary>
    /// <param name="alpha">First shape of the Beta distribution of transaction probabilities; positive and finite.</param>
    /// <param name="beta">Second shape of the Beta distribution of transaction probabilities; positive and finite.</param>
    /// <param name="gamma">First shape of the Beta distribution of dropout probabilities; positive and finite.</param>
    /// <param name="delta">Second shape of the Beta distribution of dropout probabilities; positive and finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is zero, negative, NaN or infinite; the message names it and its value.</exception>
    public BgBbParameters(double alpha, double beta, double gamma, double delta)
    {
        Validation.Parameter(alpha, nameof(alpha));
        Validation.Parameter(beta, nameof(beta));
        Validation.Parameter(gamma, nameof(gamma));
        Validation.Parameter(delta, nameof(delta));
        Alpha = alpha;
        Beta = beta;
        Gamma = gamma;
        Delta = delta;
    }

    /// <summary>Shape α of the Beta distribution of transaction probabilities (mean α/(α + β)).</summary>
    public double Alpha { get; }

    /// <summary>Shape β of the Beta distribution of transaction probabilities.</summary>
    public double Beta { get; }

    /// <summary>Shape γ of the Beta distribution of dropout probabilities (mean γ/(γ + δ)).</summary>
    public double Gamma { get; }

    /// <summary>Shape δ of the Beta distribution of dropout probabilities.</summary>
    public double Delta { get; }

    /// <summary>Whether (α, β, γ, δ) is a valid parameter set: all positive and finite.</summary>
    /// <param name="alpha">Shape α.</param>
    /// <param name="beta">Shape β.</param>
    /// <param name="gamma">Shape γ.</param>
    /// <param name="delta">Shape δ.</param>
    /// <returns>True when every value is positive and finite.</returns>
    public static bool IsValidParameterSet(double alpha, double beta, double gamma, double delta) =>
        IsPositive(alpha) && IsPositive(beta) && IsPositive(gamma) && IsPositive(delta);

    /// <summary>The parameters by their conventional names alpha, beta, gamma, delta.</summary>
    /// <returns>A new read-only list.</returns>
    public IReadOnlyList<KeyValuePair<string, double>> ToNamedValues() =>
        Array.AsReadOnly(new KeyValuePair<string, double>[] { new("alpha", Alpha), new("beta", Beta), new("gamma", Gamma), new("delta", Delta) });

    private static bool IsPositive(double v) => double.IsFinite(v) && v > 0;
}
