using System.Globalization;
using MathNet.Numerics.Distributions;

namespace CustomerValue.Lifetime;

/// <summary>
/// Draws customer histories (x, tₓ, T) from the Pareto/NBD process with given parameters: for parameter-recovery checks
/// and simulation-based prediction intervals. Each customer draws a purchase rate λ ~ Gamma(r, α) and a dropout rate
/// μ ~ Gamma(s, β), an exponential lifetime with rate μ, and buys at exponential intervals with rate λ until the end of its
/// lifetime or its age T, whichever comes first.
/// </summary>
/// <remarks>Thread-safe. Deterministic for a given seed (it uses its own <see cref="Random"/>(seed)); customer ids are "1", "2", ….</remarks>
public static class ParetoNbdSimulator
{
    /// <summary>Simulates <paramref name="customers"/> customers who all have age <paramref name="age"/>.</summary>
    /// <param name="parameters">The parameters of the process.</param>
    /// <param name="customers">How many customers; zero or more.</param>
    /// <param name="age">Every customer's age T (time since its first purchase); finite, zero or more.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The simulated summaries, in customer order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customers"/> or <paramref name="age"/> is out of range.</exception>
    public static CustomerSummary[] Simulate(ParetoNbdParameters parameters, int customers, double age, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        BuyTillYouDieSimulation.CheckArguments(customers, age);
        double[] ages = new double[customers];
        Array.Fill(ages, age);
        return Simulate(parameters, ages, seed);
    }

    /// <summary>Simulates one customer per entry of <paramref name="ages"/>, each with its own age T.</summary>
    /// <param name="parameters">The parameters of the process.</param>
    /// <param name="ages">Each customer's age T; finite, zero or more.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The simulated summaries, in the order of <paramref name="ages"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An age is negative or not finite.</exception>
    public static CustomerSummary[] Simulate(ParetoNbdParameters parameters, ReadOnlySpan<double> ages, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        BuyTillYouDieSimulation.CheckAges(ages);
        var random = new Random(seed);
        var result = new CustomerSummary[ages.Length];
        for (int i = 0; i < ages.Length; i++)
        {
            double age = ages[i];
            double lambda = Gamma.Sample(random, parameters.R, parameters.Alpha);
            double mu = Gamma.Sample(random, parameters.S, parameters.Beta);
            double lifetime = mu > 0 ? -Math.Log(1.0 - random.NextDouble()) / mu : double.PositiveInfinity;
            double end = Math.Min(lifetime, age);
            int x = 0;
            double tx = 0;
            double time = 0;
            while (lambda > 0)
            {
                time += -Math.Log(1.0 - random.NextDouble()) / lambda;
                if (!(time <= end))
                {
                    break;
                }

                x++;
                tx = time;
            }

            result[i] = new CustomerSummary((i + 1).ToString(CultureInfo.InvariantCulture), x, Math.Min(tx, age), age);
        }

        return result;
    }
}
