namespace CustomerValue.Lifetime;

/// <summary>Why a maximum-likelihood fit stopped.</summary>
public enum FitExitReason
{
    /// <summary>The gradient of the log-likelihood fell below the tolerance: converged.</summary>
    GradientTolerance = 0,

    /// <summary>No step improved the likelihood any further while the gradient was already tiny: converged to machine precision.</summary>
    NoFurtherProgress = 1,

    /// <summary>The iteration limit was reached before convergence: not converged.</summary>
    MaximumIterations = 2,

    /// <summary>The line search found no better point although the gradient was not small: not converged.</summary>
    LineSearchFailed = 3,

    /// <summary>The likelihood was not finite at any starting point: not converged.</summary>
    NonFiniteLikelihood = 4,
}
