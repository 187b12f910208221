namespace CustomerValue.Numerics;

/// <summary>
/// A total log-likelihood as a function of the natural (positive) parameters. Return a non-finite value (for example
/// <see cref="double.NegativeInfinity"/>) where the likelihood is not defined; the optimiser then backs off.
/// </summary>
internal delegate double LogLikelihoodFunction(ReadOnlySpan<double> parameters);
