namespace CustomerValue.Numerics;

/// <summary>Settings of <see cref="LogisticRegression.Fit"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record LogisticRegressionOptions
{
    /// <summary>The default settings: intercept, no penalty, 100 Newton iterations, tolerance 1e-10.</summary>
    public static LogisticRegressionOptions Default { get; } = new();

    /// <summary>
    /// λ ≥ 0 of the ridge penalty: the fit maximises ℓ(β) − (λ/2) Σ βⱼ² over the slopes (the intercept is never penalised).
    /// A positive penalty keeps the fit finite when the classes are separable.
    /// </summary>
    /// <value>0 by default.</value>
    public double L2Penalty { get; init; }

    /// <summary>Whether coefficient 0 is an intercept (a column of ones added in front of the design).</summary>
    /// <value>True by default.</value>
    public bool FitIntercept { get; init; } = true;

    /// <summary>The most Newton iterations.</summary>
    /// <value>100 by default.</value>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Convergence: the Newton decrement ½ gᵀH⁻¹g falls below Tolerance × max(1, |objective|).</summary>
    /// <value>1e-10 by default.</value>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!double.IsFinite(L2Penalty) || L2Penalty < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(L2Penalty), L2Penalty, $"The L2 penalty must be finite and zero or more, but was {L2Penalty}.");
        }

        if (MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, $"MaxIterations must be at least 1, but was {MaxIterations}.");
        }

        if (!double.IsFinite(Tolerance) || Tolerance <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, $"The tolerance must be positive and finite, but was {Tolerance}.");
        }
    }
}
