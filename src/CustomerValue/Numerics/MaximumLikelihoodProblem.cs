namespace CustomerValue.Numerics;

/// <summary>
/// A maximum-likelihood problem over strictly positive parameters: names, the total log-likelihood, an optional analytic
/// gradient (separate or evaluated together with the value) and the deterministic starting points (natural scale).
/// </summary>
/// <remarks>
/// The engine optimises over θ = log(parameter), so the parameters stay positive without bounds. The log-likelihood must be
/// summed in a canonical order (for example over <see cref="SummaryPatterns.Compress"/> rows) so that the result does not
/// depend on the order of the input rows.
/// </remarks>
internal sealed class MaximumLikelihoodProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="parameterNames">The parameter names in canonical order.</param>
    /// <param name="logLikelihood">The total log-likelihood (to maximise).</param>
    /// <param name="gradient">Its gradient in the natural parameters, or null for central differences.</param>
    /// <param name="startingPoints">One or more starting points in natural parameters, each as long as <paramref name="parameterNames"/>.</param>
    /// <param name="observations">The number of independent observations (customers), for BIC.</param>
    public MaximumLikelihoodProblem(
        IReadOnlyList<string> parameterNames,
        LogLikelihoodFunction logLikelihood,
        LogLikelihoodGradient? gradient,
        IReadOnlyList<IReadOnlyList<double>> startingPoints,
        int observations)
        : this(parameterNames, logLikelihood, gradient, null, startingPoints, observations)
    {
    }

    /// <summary>Creates a problem whose log-likelihood and gradient are evaluated together.</summary>
    /// <param name="parameterNames">The parameter names in canonical order.</param>
    /// <param name="valueAndGradient">The total log-likelihood (to maximise) and its gradient in the natural parameters.</param>
    /// <param name="startingPoints">One or more starting points in natural parameters, each as long as <paramref name="parameterNames"/>.</param>
    /// <param name="observations">The number of independent observations (customers), for BIC.</param>
    public MaximumLikelihoodProblem(
        IReadOnlyList<string> parameterNames,
        LogLikelihoodWithGradient valueAndGradient,
        IReadOnlyList<IReadOnlyList<double>> startingPoints,
        int observations)
        : this(parameterNames, ValueOnly(valueAndGradient), null, valueAndGradient, startingPoints, observations)
    {
    }

    private MaximumLikelihoodProblem(
        IReadOnlyList<string> parameterNames,
        LogLikelihoodFunction logLikelihood,
        LogLikelihoodGradient? gradient,
        LogLikelihoodWithGradient? valueAndGradient,
        IReadOnlyList<IReadOnlyList<double>> startingPoints,
        int observations)
    {
        ArgumentNullException.ThrowIfNull(parameterNames);
        ArgumentNullException.ThrowIfNull(logLikelihood);
        ArgumentNullException.ThrowIfNull(startingPoints);
        if (parameterNames.Count == 0)
        {
            throw new ArgumentException("A problem needs at least one parameter.", nameof(parameterNames));
        }

        if (startingPoints.Count == 0)
        {
            throw new ArgumentException("A problem needs at least one starting point.", nameof(startingPoints));
        }

        for (int i = 0; i < startingPoints.Count; i++)
        {
            IReadOnlyList<double> point = startingPoints[i];
            if (point.Count != parameterNames.Count)
            {
                throw new ArgumentException(
                    $"Starting point {i} has {point.Count} values, but the model has {parameterNames.Count} parameters ({string.Join(", ", parameterNames)}).",
                    nameof(startingPoints));
            }

            for (int j = 0; j < point.Count; j++)
            {
                if (!double.IsFinite(point[j]) || point[j] <= 0)
                {
                    throw new ArgumentException($"Starting point {i}: {parameterNames[j]} must be positive and finite, but was {point[j]}.", nameof(startingPoints));
                }
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(observations);
        ParameterNames = parameterNames;
        LogLikelihood = logLikelihood;
        Gradient = gradient;
        ValueAndGradient = valueAndGradient;
        StartingPoints = startingPoints;
        Observations = observations;
    }

    /// <summary>The parameter names in canonical order.</summary>
    public IReadOnlyList<string> ParameterNames { get; }

    /// <summary>The total log-likelihood in the natural parameters.</summary>
    public LogLikelihoodFunction LogLikelihood { get; }

    /// <summary>The analytic gradient in the natural parameters, or null.</summary>
    public LogLikelihoodGradient? Gradient { get; }

    /// <summary>The log-likelihood and its gradient evaluated together, or null (then <see cref="Gradient"/> is used).</summary>
    public LogLikelihoodWithGradient? ValueAndGradient { get; }

    /// <summary>The starting points in natural parameters.</summary>
    public IReadOnlyList<IReadOnlyList<double>> StartingPoints { get; }

    /// <summary>The number of observations (customers).</summary>
    public int Observations { get; }

    /// <summary>The number of parameters.</summary>
    public int Dimension => ParameterNames.Count;

    /// <summary>
    /// The largest value of each parameter (natural scale; +∞ for none), or null for none at all: a BFGS run that passes
    /// one stops with <see cref="Lifetime.FitExitReason.ParameterLimit"/> (the likelihood has no finite maximum in that
    /// direction, and evaluating it further out only costs time).
    /// </summary>
    public IReadOnlyList<double>? UpperLimits { get; init; }

    /// <summary>
    /// The <see cref="UpperLimits"/> entry of the shape parameters of the lifetime models' mixing distributions (r and s
    /// of Gamma distributions, a and b of Beta distributions): beyond it the distribution has a coefficient of variation
    /// below about 1 %, i.e. no heterogeneity, and the likelihood only creeps towards its limit; further out, rounding in
    /// terms of size r log α would also swamp the gradient.
    /// </summary>
    public const double ShapeLimit = 1e4;

    private static LogLikelihoodFunction ValueOnly(LogLikelihoodWithGradient valueAndGradient)
    {
        ArgumentNullException.ThrowIfNull(valueAndGradient);
        return p => valueAndGradient(p, default);
    }
}
