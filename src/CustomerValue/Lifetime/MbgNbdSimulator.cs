namespace CustomerValue.Lifetime;

/// <summary>
/// Draws customer histories (x, tₓ, T) from the MBG/NBD process with given parameters: for parameter-recovery checks and
/// simulation-based prediction intervals. Each customer draws λ ~ Gamma(r, α) and p ~ Beta(a, b), then buys at
/// exponential intervals until its age T or until it drops out with probability p right after each purchase, the first (at time 0) included.
/// </summary>
/// <remarks>Thread-safe. Deterministic for a given seed (it uses its own <see cref="Random"/>(seed)); customer ids are "1", "2", ….</remarks>
public static class MbgNbdSimulator
{
    /// <summary>Simulates <paramref name="customers"/> customers who all have age <paramref name="age"/>.</summary>
    /// <param name="parameters">The parameters of the process.</param>
    /// <param name="customers">How many customers; zero or more.</param>
    /// <param name="age">Every customer's age T (time since its first purchase); finite, zero or more.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The simulated summaries, in customer order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customers"/> or <paramref name="age"/> is out of range.</exception>
    public static CustomerSummary[] Simulate(MbgNbdParameters parameters, int customers, double age, int seed)
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
    public static CustomerSummary[] Simulate(MbgNbdParameters parameters, ReadOnlySpan<double> ages, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        BuyTillYouDieSimulation.CheckAges(ages);
        return BuyTillYouDieSimulation.Simulate(parameters.R, parameters.Alpha, parameters.A, parameters.B, 1, ages, seed);
    }
}
