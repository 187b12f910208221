using MathNet.Numerics.Distributions;

namespace CustomerValue.Lifetime;

/// <summary>
/// Draws discrete-time histories from the BG/BB process: for parameter-recovery checks and simulation-based intervals. Each
/// customer draws p ~ Beta(α, β) and θ ~ Beta(γ, δ); at each opportunity it first drops out for good with probability θ
/// and, if still active, transacts with probability p.
/// </summary>
/// <remarks>Thread-safe. Deterministic for a given seed (it uses its own <see cref="Random"/>(seed)). Every history has weight 1.</remarks>
public static class BgBbSimulator
{
    /// <summary>Simulates <paramref name="customers"/> customers who all had <paramref name="opportunities"/> opportunities.</summary>
    /// <param name="parameters">The parameters of the process.</param>
    /// <param name="customers">How many customers; zero or more.</param>
    /// <param name="opportunities">n: opportunities per customer; zero or more.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The simulated histories, in customer order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customers"/> or <paramref name="opportunities"/> is negative.</exception>
    public static BgBbHistory[] Simulate(BgBbParameters parameters, int customers, int opportunities, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validation.Count(customers, nameof(customers));
        Validation.Count(opportunities, nameof(opportunities));
        int[] each = new int[customers];
        Array.Fill(each, opportunities);
        return Simulate(parameters, each, seed);
    }

    /// <summary>Simulates one customer per entry of <paramref name="opportunities"/>, each with its own number of opportunities.</summary>
    /// <param name="parameters">The parameters of the process.</param>
    /// <param name="opportunities">Each customer's n; zero or more.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The simulated histories, in the order of <paramref name="opportunities"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry is negative; the message gives its index.</exception>
    public static BgBbHistory[] Simulate(BgBbParameters parameters, ReadOnlySpan<int> opportunities, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        for (int i = 0; i < opportunities.Length; i++)
        {
            if (opportunities[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(opportunities), opportunities[i], $"Customer {i}: the opportunities must be zero or more, but was {opportunities[i]}.");
            }
        }

        var random = new Random(seed);
        var result = new BgBbHistory[opportunities.Length];
        for (int i = 0; i < opportunities.Length; i++)
        {
            double p = Beta.Sample(random, parameters.Alpha, parameters.Beta);
            double theta = Beta.Sample(random, parameters.Gamma, parameters.Delta);
            int x = 0, tx = 0;
            for (int t = 1; t <= opportunities[i]; t++)
            {
                if (random.NextDouble() < theta)
                {
                    break;
                }

                if (random.NextDouble() < p)
                {
                    x++;
                    tx = t;
                }
            }

            result[i] = new BgBbHistory(x, tx, opportunities[i]);
        }

        return result;
    }
}
