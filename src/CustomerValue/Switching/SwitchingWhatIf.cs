using CustomerValue.Economics;
using CustomerValue.Lifetime;

namespace CustomerValue.Switching;

/// <summary>
/// The what-if chain: a change in a facet (or in satisfaction) → the new total switching cost → the new churn probability p
/// → retention r = 1 − p → customer value, both by the relationship-value formula (m(1 + d)/(1 + d − r) and its variants,
/// <see cref="RelationshipValue"/>) and by the contractual shifted-beta-geometric model (<see cref="ShiftedBetaGeometricModel"/>)
/// with the customer's own churn θ ~ Beta(κp, κ(1 − p)); per customer and summed over the base.
/// </summary>
/// <remarks>
/// <para>The two valuations agree as κ → ∞. For finite κ the sBG value is higher: customers whose true θ is below p stay longer
/// and are worth more, and by Jensen's inequality E[1/(d + θ)] ≥ 1/(d + E θ) — the "perils of ignoring heterogeneity" of
/// Fader &amp; Hardie (2010).</para>
/// <para>Immutable and thread-safe when the analysis's models are.</para>
/// </remarks>
public sealed class SwitchingWhatIf
{
    /// <summary>Creates the what-if engine.</summary>
    /// <param name="analysis">The switching-cost pipeline; null for <see cref="SwitchingCostAnalysis.Default"/>.</param>
    /// <param name="valuation">The valuation options; null for <see cref="CustomerValuationOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The discount rate is 0 without a horizon (the unbounded sums need d &gt; 0).</exception>
    public SwitchingWhatIf(SwitchingCostAnalysis? analysis = null, CustomerValuationOptions? valuation = null)
    {
        Analysis = analysis ?? SwitchingCostAnalysis.Default;
        Valuation = valuation ?? CustomerValuationOptions.Default;
        if (Valuation.HorizonPeriods is null && Valuation.DiscountRate == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(valuation), Valuation.DiscountRate, "An unbounded relationship needs a positive discount rate; give CustomerValuationOptions.DiscountRate > 0 or a HorizonPeriods.");
        }
    }

    /// <summary>The switching-cost pipeline.</summary>
    public SwitchingCostAnalysis Analysis { get; }

    /// <summary>The valuation options.</summary>
    public CustomerValuationOptions Valuation { get; }

    /// <summary>The relationship value of a customer with per-period churn <paramref name="churn"/> under <paramref name="valuation"/>.</summary>
    /// <param name="churn">p, in [0, 1].</param>
    /// <param name="valuation">The valuation options.</param>
    /// <returns>The value; non-decreasing as churn falls when the margin is zero or more.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="valuation"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="churn"/> is outside [0, 1], or the sum diverges.</exception>
    public static double RelationshipValueOf(double churn, CustomerValuationOptions valuation)
    {
        ArgumentNullException.ThrowIfNull(valuation);
        double r = 1.0 - SwitchingChecks.UnitInterval(churn, nameof(churn), "The churn probability");
        double m = valuation.Margin, d = valuation.DiscountRate;
        bool now = valuation.Timing == PaymentTiming.FirstPaymentNow;
        return valuation.HorizonPeriods is { } n
            ? now ? RelationshipValue.Finite(m, r, d, n) : RelationshipValue.FiniteDeferred(m, r, d, n)
            : now ? RelationshipValue.Infinite(m, r, d) : RelationshipValue.InfiniteDeferred(m, r, d);
    }

    /// <summary>
    /// The contractual (sBG) value of a customer whose per-period churn is p on average, θ ~ Beta(κp, κ(1 − p)): the margin times
    /// Σ_t S(t)/(1 + d)^t with S(t) = B(α, β + t)/B(α, β), over t = 0, 1, … (first payment now) or t = 1, 2, … (one period
    /// from now), up to the horizon when there is one.
    /// </summary>
    /// <param name="churn">p, in [0, 1]; kept within [1e-9, 1 − 1e-9] so that both Beta shapes stay positive.</param>
    /// <param name="valuation">The valuation options.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="valuation"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="churn"/> is outside [0, 1], or d = 0 without a horizon.</exception>
    public static double ContractualValueOf(double churn, CustomerValuationOptions valuation)
    {
        ArgumentNullException.ThrowIfNull(valuation);
        double p = Math.Clamp(SwitchingChecks.UnitInterval(churn, nameof(churn), "The churn probability"), 1e-9, 1 - 1e-9);
        double kappa = valuation.Concentration, d = valuation.DiscountRate;
        var parameters = new ShiftedBetaGeometricParameters(kappa * p, kappa * (1 - p));
        bool now = valuation.Timing == PaymentTiming.FirstPaymentNow;
        if (valuation.HorizonPeriods is not { } n)
        {
            // DERL counts the next payment undiscounted (it is made at the renewal); one period from now it is worth 1/(1 + d).
            double payments = now
                ? ShiftedBetaGeometricModel.DiscountedExpectedLifetime(parameters, d)
                : ShiftedBetaGeometricModel.DiscountedExpectedResidualLifetime(parameters, d, 0) / (1 + d);
            return valuation.Margin * payments;
        }

        double[] survival = new double[n + 1];
        new ShiftedBetaGeometricModel(parameters).Survival(survival);
        double sum = 0, discount = 1, factor = 1 / (1 + d);
        int first = now ? 0 : 1;
        for (int t = 0; t < first + n; t++)
        {
            if (t >= first)
            {
                sum += survival[t] * discount;
            }

            discount *= factor;
        }

        return valuation.Margin * sum;
    }

    /// <summary>Evaluates a change for one customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="change">The change.</param>
    /// <returns>The customer's churn and value before and after.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The customer's behaviour values do not match the churn model's.</exception>
    public CustomerWhatIf Evaluate(SwitchingCustomer customer, SwitchingChange change)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(change);
        SwitchingAssessment before = Analysis.Assess(customer);
        (SwitchingCustomer changed, bool clamped) = change.Apply(customer);
        SwitchingAssessment after = Analysis.Assess(changed);
        return new CustomerWhatIf(
            customer.CustomerId,
            before.ChurnProbability,
            after.ChurnProbability,
            RelationshipValueOf(before.ChurnProbability, Valuation),
            RelationshipValueOf(after.ChurnProbability, Valuation),
            ContractualValueOf(before.ChurnProbability, Valuation),
            ContractualValueOf(after.ChurnProbability, Valuation),
            clamped,
            change.RaisesBarrierOnly && after.Captive);
    }

    /// <summary>Evaluates a change for a customer base.</summary>
    /// <param name="customers">The customers; at least one.</param>
    /// <param name="change">The change.</param>
    /// <returns>The per-customer results and the base totals.</returns>
    /// <exception cref="ArgumentNullException">An argument or a customer is null.</exception>
    /// <exception cref="ArgumentException">There are no customers, or a customer's behaviour values do not match the churn model's.</exception>
    public WhatIfResult Evaluate(IEnumerable<SwitchingCustomer> customers, SwitchingChange change)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(change);
        CustomerWhatIf[] results = [.. customers.Select(c => Evaluate(c, change))];
        return results.Length > 0 ? new WhatIfResult(change, results) : throw new ArgumentException("The what-if needs at least one customer.", nameof(customers));
    }
}
