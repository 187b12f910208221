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

    /// <summary>
    /// A parameter passed the largest value the model allows for it while the likelihood was still rising: not converged.
    /// For the BG/NBD, MBG/NBD and Pareto/NBD models this is a shape (r, s, a or b) above 10⁴, which happens when the data
    /// show no heterogeneity in purchase or dropout rates: the likelihood keeps rising as, say, r and α grow together
    /// towards a common rate r/α, with no finite maximum. The reported parameters are close to that limiting model; a
    /// positive <see cref="FitOptions.L2Penalty"/> gives a finite optimum.
    /// </summary>
    ParameterLimit = 5,
}
