namespace CustomerValue.Switching;

/// <summary>
/// Simulated switching-cost surveys and churn histories with a fixed seed, for examples, tests and the command line's
/// embedded sample. Ratings are correlated as in real surveys: a customer-level attachment drives satisfaction and the
/// relational facets, and a group-level factor drives the facets of each group; every rating is rounded onto 1–7.
/// </summary>
/// <remarks>Pure functions of their arguments (the same seed gives the same data); thread-safe.</remarks>
public static class SwitchingSurveySimulator
{
    /// <summary>Simulates <paramref name="customers"/> survey responses on the 1–7 scale, with ids <c>c1</c>, <c>c2</c>, ….</summary>
    /// <param name="customers">The number of customers; zero or more.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>A new array of responses.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customers"/> is negative.</exception>
    public static SwitchingSurveyResponse[] Generate(int customers, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(customers);
        var random = new Random(seed);
        var responses = new SwitchingSurveyResponse[customers];
        Span<double> ratings = stackalloc double[SwitchingCostFacets.Count];
        Span<double> groups = stackalloc double[3];
        for (int i = 0; i < customers; i++)
        {
            double attachment = Normal(random);
            for (int g = 0; g < groups.Length; g++)
            {
                groups[g] = Normal(random);
            }

            groups[(int)SwitchingCostGroup.Relational] = (0.6 * groups[(int)SwitchingCostGroup.Relational]) + (0.8 * attachment);
            for (int f = 0; f < ratings.Length; f++)
            {
                int g = (int)SwitchingCostFacets.GroupOf((SwitchingCostFacet)f);
                ratings[f] = Rating(4.0 + (1.5 * ((0.7 * groups[g]) + (0.7 * Normal(random)))));
            }

            double satisfaction = Rating(4.3 + (1.5 * ((0.6 * attachment) + (0.8 * Normal(random)))));
            responses[i] = new SwitchingSurveyResponse($"c{i + 1}", ratings, satisfaction);
        }

        return responses;
    }

    /// <summary>
    /// Simulates a labelled churn history: <paramref name="customers"/> survey responses (as <see cref="Generate"/>), scored by
    /// <paramref name="costModel"/>, each churning with the probability <paramref name="truth"/> gives it.
    /// </summary>
    /// <param name="customers">The number of customers; zero or more.</param>
    /// <param name="truth">The churn model that generates the outcomes; without behaviour terms.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="costModel">The switching-cost model; null for <see cref="FacetSwitchingCostModel.Default"/>.</param>
    /// <returns>A new array of observations, with the simulated customers' ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="truth"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="truth"/> has behaviour terms.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customers"/> is negative.</exception>
    public static ChurnObservation[] GenerateHistory(int customers, IChurnModel truth, int seed, ISwitchingCostModel? costModel = null)
    {
        ArgumentNullException.ThrowIfNull(truth);
        if (truth.BehaviourNames.Count > 0)
        {
            throw new ArgumentException("The simulated history has no behaviour covariates; use a churn model without behaviour terms.", nameof(truth));
        }

        costModel ??= FacetSwitchingCostModel.Default;
        SwitchingSurveyResponse[] responses = Generate(customers, seed);
        var random = new Random(unchecked((seed * 31) + 7));
        var history = new ChurnObservation[responses.Length];
        for (int i = 0; i < responses.Length; i++)
        {
            double cost = costModel.Score(responses[i].Facets).Total;
            double p = truth.Probability(responses[i].Satisfaction, cost, []);
            history[i] = new ChurnObservation(responses[i].Satisfaction, cost, random.NextDouble() < p, null, responses[i].CustomerId);
        }

        return history;
    }

    private static double Rating(double x) => Math.Clamp(Math.Round(x, MidpointRounding.AwayFromZero), 1.0, 7.0);

    /// <summary>A standard normal draw by the Box–Muller transform.</summary>
    private static double Normal(Random random)
    {
        double u = 1.0 - random.NextDouble();
        double v = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }
}
