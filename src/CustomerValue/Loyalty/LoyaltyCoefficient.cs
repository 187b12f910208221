namespace CustomerValue.Loyalty;

/// <summary>One fitted coefficient of <see cref="LogisticLoyaltyModel"/> with its standard error.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">"intercept", or the transformed input: "log1p(purchase_count)", "log1p(distinct_products)", "log1p(units)", "log1p(spend)".</param>
/// <param name="Estimate">The estimate: the change in the log-odds of loyalty per unit of ln(1 + x).</param>
/// <param name="StandardError">Its standard error from the inverse (penalised) information, or null when the information matrix is singular.</param>
public readonly record struct LoyaltyCoefficient(string Name, double Estimate, double? StandardError)
{
    /// <summary>Estimate / standard error (Wald z), or null when there is no standard error or it is zero.</summary>
    public double? ZScore => StandardError is > 0 and var se ? Estimate / se : null;
}
