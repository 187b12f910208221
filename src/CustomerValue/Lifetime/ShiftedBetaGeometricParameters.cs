namespace CustomerValue.Lifetime;

/// <summary>
/// The two parameters of the shifted-beta-geometric (sBG) contract model (Fader &amp; Hardie 2007): each customer's churn
/// probability per period θ ~ Beta(<see cref="Alpha"/>, <see cref="Beta"/>) across the cohort.
/// </summary>
/// <remarks>Immutable and thread-safe. Both parameters are positive and finite; this is checked on creation.</remarks>
public sealed record ShiftedBetaGeometricParameters
{
    /// <summary>Creates the parameters, validating each.</summary>
    /// <param name="alpha">First shape of the Beta distribution of churn probabilities; positive and finite.</param>
    /// <param name="beta">Second shape of the Beta distribution of churn probabilities; positive and finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is zero, negative, NaN or infinite; the message names it and its value.</exception>
    public ShiftedBetaGeometricParameters(double alpha, double beta)
    {
        Validation.Parameter(alpha, nameof(alpha));
        Validation.Parameter(beta, nameof(beta));
        Alpha = alpha;
        Beta = beta;
    }

    /// <summary>Shape α of the Beta distribution of churn probabilities (mean churn α/(α + β)).</summary>
    public double Alpha { get; }

    /// <summary>Shape β of the Beta distribution of churn probabilities.</summary>
    public double Beta { get; }

    /// <summary>Whether (α, β) is a valid parameter set: both positive and finite.</summary>
    /// <param name="alpha">Shape α.</param>
    /// <param name="beta">Shape β.</param>
    /// <returns>True when both values are positive and finite.</returns>
    public static bool IsValidParameterSet(double alpha, double beta) =>
        double.IsFinite(alpha) && alpha > 0 && double.IsFinite(beta) && beta > 0;

    /// <summary>The parameters by their conventional names alpha, beta.</summary>
    /// <returns>A new read-only list.</returns>
    public IReadOnlyList<KeyValuePair<string, double>> ToNamedValues() =>
        Array.AsReadOnly(new KeyValuePair<string, double>[] { new("alpha", Alpha), new("beta", Beta) });
}
