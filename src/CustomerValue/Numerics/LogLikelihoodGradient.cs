namespace CustomerValue.Numerics;

/// <summary>
/// The gradient of a <see cref="LogLikelihoodFunction"/> with respect to the natural parameters, written into
/// <c>gradient</c> (same length as <c>parameters</c>).
/// </summary>
internal delegate void LogLikelihoodGradient(ReadOnlySpan<double> parameters, Span<double> gradient);
