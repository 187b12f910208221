namespace CustomerValue.Switching;

/// <summary>
/// The switching-cost pipeline: facet scores → group and total switching cost (<see cref="ISwitchingCostModel"/>) → churn
/// probability with satisfaction (<see cref="IChurnModel"/>) → the captive-not-loyal flag (<see cref="CaptiveRule"/>).
/// </summary>
/// <remarks>Immutable and thread-safe when its models are (the library's are).</remarks>
public sealed class SwitchingCostAnalysis
{
    /// <summary>Creates the pipeline.</summary>
    /// <param name="costModel">The switching-cost model; null for <see cref="FacetSwitchingCostModel.Default"/>.</param>
    /// <param name="churnModel">The churn model; null for <see cref="LogisticChurnModel.Default"/>.</param>
    /// <param name="captiveRule">The captive-not-loyal rule; null for <see cref="CaptiveRule.Default"/>.</param>
    public SwitchingCostAnalysis(ISwitchingCostModel? costModel = null, IChurnModel? churnModel = null, CaptiveRule? captiveRule = null)
    {
        CostModel = costModel ?? FacetSwitchingCostModel.Default;
        ChurnModel = churnModel ?? LogisticChurnModel.Default;
        CaptiveRule = captiveRule ?? CaptiveRule.Default;
    }

    /// <summary>The pipeline with the default models.</summary>
    public static SwitchingCostAnalysis Default { get; } = new();

    /// <summary>The switching-cost model.</summary>
    public ISwitchingCostModel CostModel { get; }

    /// <summary>The churn model.</summary>
    public IChurnModel ChurnModel { get; }

    /// <summary>The captive-not-loyal rule.</summary>
    public CaptiveRule CaptiveRule { get; }

    /// <summary>Assesses one customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    /// <exception cref="ArgumentException">The customer's behaviour values do not match the churn model's; the message names the customer.</exception>
    public SwitchingAssessment Assess(SwitchingCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        SwitchingCostScore score = CostModel.Score(customer.Facets);
        double churn = Churn(customer, score.Total);
        return new SwitchingAssessment(customer.CustomerId, score, customer.Satisfaction, churn, CaptiveRule.IsCaptive(score, customer.Satisfaction));
    }

    /// <summary>Assesses one survey response (without behaviour covariates).</summary>
    /// <param name="response">The response.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="ArgumentException">The churn model needs behaviour covariates.</exception>
    public SwitchingAssessment Assess(SwitchingSurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Assess(response.ToCustomer());
    }

    /// <summary>Assesses many customers, in order.</summary>
    /// <param name="customers">The customers.</param>
    /// <returns>A new array of assessments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> or one of them is null.</exception>
    public SwitchingAssessment[] AssessAll(IEnumerable<SwitchingCustomer> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return [.. customers.Select(Assess)];
    }

    /// <summary>The churn probability of a customer at a given total switching cost, naming the customer on a mismatch.</summary>
    internal double Churn(SwitchingCustomer customer, double switchingCost)
    {
        if (customer.BehaviourSpan.Length != ChurnModel.BehaviourNames.Count)
        {
            throw new ArgumentException(
                $"Customer '{customer.CustomerId}': the churn model expects {ChurnModel.BehaviourNames.Count} behaviour values ({string.Join(", ", ChurnModel.BehaviourNames)}), but the customer has {customer.BehaviourSpan.Length}.",
                nameof(customer));
        }

        return ChurnModel.Probability(customer.Satisfaction, switchingCost, customer.BehaviourSpan);
    }
}
