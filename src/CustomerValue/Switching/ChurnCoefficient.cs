using MathNet.Numerics;

namespace CustomerValue.Switching;

/// <summary>One estimated coefficient of a churn fit with its standard error (from the inverse observed information).</summary>
/// <param name="Name">The term: intercept, satisfaction, switching_cost, satisfaction_x_switching_cost or a behaviour name.</param>
/// <param name="Estimate">The estimate (log-odds per unit of the term).</param>
/// <param name="StandardError">Its standard error; NaN when the information matrix is singular (for example under separation).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChurnCoefficient(string Name, double Estimate, double StandardError)
{
    /// <summary>The Wald statistic estimate/standard error; NaN when the standard error is not available.</summary>
    public double ZScore => StandardError > 0 ? Estimate / StandardError : double.NaN;

    /// <summary>The two-sided p-value of the Wald test of a zero coefficient, erfc(|z|/√2); NaN when the standard error is not available.</summary>
    public double PValue => double.IsFinite(ZScore) ? SpecialFunctions.Erfc(Math.Abs(ZScore) / Math.Sqrt(2)) : double.NaN;
}
