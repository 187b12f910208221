namespace CustomerValue.Numerics;

/// <summary>
/// The neighbourhood of a converged optimum θ* of F in which F is well described by its quadratic model
/// F* + ½ (θ − θ*)ᵀ H (θ − θ*), H being the Hessian at θ*. A later optimiser run that reaches a point θ where the model
/// explains the gradient — the Newton step θ − H⁻¹∇F(θ) lands next to θ* — is in the basin of the same optimum and will
/// converge to it, so it can stop there: two starts agree. Immutable after creation; not thread-safe (scratch buffer).
/// </summary>
/// <remarks>
/// The test is local and conservative: θ within <see cref="Radius"/> of θ* in every log-parameter (a few percent of each
/// parameter), F(θ) not below F*, and the Newton prediction within <see cref="Agreement"/> of the distance still to go.
/// The error of the quadratic model grows like the square of the distance, so near a different optimum (where ∇F = 0 but
/// θ ≠ θ*) the prediction misses θ* by the whole distance and the test fails.
/// </remarks>
internal sealed class OptimumBasin
{
    /// <summary>Largest distance from θ* (max norm, log-parameters) at which a run may stop.</summary>
    private const double Radius = 0.05;

    /// <summary>Largest miss of the Newton prediction, relative to the distance from θ*.</summary>
    private const double Agreement = 0.05;

    private readonly double[] optimum;
    private readonly double value;
    private readonly double[] lower;
    private readonly double[] step;
    private readonly double[] inverseHessian;

    private OptimumBasin(double[] optimum, double value, double[] lower, double[] inverseHessian)
    {
        this.optimum = optimum;
        this.value = value;
        this.lower = lower;
        this.inverseHessian = inverseHessian;
        step = new double[optimum.Length];
    }

    /// <summary>H⁻¹ at the optimum (row-major).</summary>
    public ReadOnlySpan<double> InverseHessian => inverseHessian;

    /// <summary>The basin of θ* with value F* and Hessian H (row-major); null when H is not positive definite.</summary>
    public static OptimumBasin? TryCreate(ReadOnlySpan<double> optimum, double value, ReadOnlySpan<double> hessian)
    {
        int n = optimum.Length;
        var lower = new double[n * n];
        var inverse = new double[n * n];
        return SmallMatrix.TryCholesky(hessian, n, lower) && SmallMatrix.TryInvertSymmetricPositiveDefinite(hessian, n, inverse)
            ? new OptimumBasin(optimum.ToArray(), value, lower, inverse)
            : null;
    }

    /// <summary>Whether the point θ with value F and gradient ∇F lies in the basin (see the class remarks).</summary>
    public bool Contains(ReadOnlySpan<double> theta, double f, ReadOnlySpan<double> gradient)
    {
        int n = optimum.Length;
        double distance = 0;
        for (int i = 0; i < n; i++)
        {
            distance = Math.Max(distance, Math.Abs(theta[i] - optimum[i]));
        }

        if (distance > Radius || f < value - (1e-9 * Math.Max(1.0, Math.Abs(value))))
        {
            return false;
        }

        gradient.CopyTo(step);
        SmallMatrix.CholeskySolve(lower, n, step);
        double miss = 0;
        for (int i = 0; i < n; i++)
        {
            miss = Math.Max(miss, Math.Abs(theta[i] - step[i] - optimum[i]));
        }

        return miss <= Agreement * distance;
    }
}
