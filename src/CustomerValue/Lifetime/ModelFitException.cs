namespace CustomerValue.Lifetime;

/// <summary>Thrown by <see cref="ModelFit{TModel}.EnsureConverged"/> when a maximum-likelihood fit did not converge.</summary>
public sealed class ModelFitException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ModelFitException()
        : base("The model fit did not converge.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">What went wrong.</param>
    public ModelFitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ModelFitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a fit that stopped for <paramref name="exitReason"/>.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="exitReason">Why the optimiser stopped.</param>
    public ModelFitException(string message, FitExitReason exitReason)
        : base(message)
    {
        ExitReason = exitReason;
    }

    /// <summary>Why the optimiser stopped, when known.</summary>
    public FitExitReason? ExitReason { get; }
}
