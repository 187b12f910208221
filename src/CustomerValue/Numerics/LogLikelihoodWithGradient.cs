namespace CustomerValue.Numerics;

/// <summary>
/// A total log-likelihood and, in one pass, its gradient with respect to the natural parameters: returns the value and, when
/// <c>gradient</c> is not empty, writes the gradient into it. Sharing the work between the two (the per-row logarithms and
/// weights) makes an evaluation cost little more than the value alone.
/// </summary>
internal delegate double LogLikelihoodWithGradient(ReadOnlySpan<double> parameters, Span<double> gradient);
