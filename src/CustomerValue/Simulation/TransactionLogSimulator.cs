using MathNet.Numerics.Distributions;

namespace CustomerValue.Simulation;

/// <summary>
/// Generates realistic synthetic transaction logs: customers acquired over time, repeat buying with dropout (the BG/NBD
/// process of Fader, Hardie &amp; Lee 2005), Gamma-Gamma spend per purchase occasion, several products and quantities per
/// occasion, and occasional returns. The same options (seed included) give the same log.
/// </summary>
/// <remarks>Stateless and thread-safe; each call to <see cref="Generate"/> starts its own random stream.</remarks>
public static class TransactionLogSimulator
{
    /// <summary>The options of the embedded sample that the command-line tool uses when no log is given.</summary>
    public static TransactionLogSimulationOptions SampleOptions { get; } = new();

    /// <summary>
    /// The simulated log, customer by customer (ids C000001, C000002, …), each customer's transactions in time order.
    /// Lazily generated: memory does not grow with the number of customers.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IEnumerable<Transaction> Generate(TransactionLogSimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return GenerateValidated(options);
    }

    private static IEnumerable<Transaction> GenerateValidated(TransactionLogSimulationOptions options)
    {
        var random = new Random(options.Seed);
        double[] popularity = CumulativePopularity(options.Products);
        double alphaDays = options.AlphaWeeks * 7.0;
        double endDay = (options.End.Date - options.Start.Date).TotalDays + 1.0;
        var lines = new List<Transaction>();
        for (int c = 1; c <= options.Customers; c++)
        {
            string id = $"C{c:D6}";
            double lambda = Gamma.Sample(random, options.R, alphaDays);
            double dropout = Beta.Sample(random, options.A, options.B);
            double spendRate = Gamma.Sample(random, options.SpendQ, options.SpendGamma);
            double day = random.Next(options.AcquisitionDays) + random.NextDouble();
            lines.Clear();
            // BG/NBD: the first purchase starts the relationship; the customer may drop out only after a repeat purchase.
            AddOccasion(lines, random, options, popularity, id, options.Start.Date.AddDays(day), Gamma.Sample(random, options.SpendP, spendRate));
            for (day += Exponential.Sample(random, lambda); day < endDay; day += Exponential.Sample(random, lambda))
            {
                AddOccasion(lines, random, options, popularity, id, options.Start.Date.AddDays(day), Gamma.Sample(random, options.SpendP, spendRate));
                if (random.NextDouble() < dropout)
                {
                    break;
                }
            }

            lines.Sort(static (x, y) => x.Timestamp.CompareTo(y.Timestamp));
            foreach (Transaction line in lines)
            {
                if (line.Timestamp.Date <= options.End.Date)
                {
                    yield return line;
                }
            }
        }
    }

    private static void AddOccasion(List<Transaction> lines, Random random, TransactionLogSimulationOptions options, double[] popularity, string id, DateTime time, double value)
    {
        int lineCount = 1;
        while (lineCount < 4 && random.NextDouble() < 0.35)
        {
            lineCount++;
        }

        Span<int> quantities = stackalloc int[lineCount];
        int totalUnits = 0;
        for (int i = 0; i < lineCount; i++)
        {
            quantities[i] = 1 + Poisson.Sample(random, 0.4);
            totalUnits += quantities[i];
        }

        for (int i = 0; i < lineCount; i++)
        {
            string product = $"P{Pick(popularity, random.NextDouble()) + 1:D3}";
            decimal amount = Math.Round((decimal)(value * quantities[i] / totalUnits), 2);
            lines.Add(new Transaction(id, time, amount, quantities[i], product));
            if (random.NextDouble() < options.ReturnProbability)
            {
                lines.Add(new Transaction(id, time.AddDays(1 + random.Next(30)), -amount, quantities[i], product));
            }
        }
    }

    private static double[] CumulativePopularity(int products)
    {
        var cumulative = new double[products];
        double total = 0;
        for (int i = 0; i < products; i++)
        {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }

        for (int i = 0; i < products; i++)
        {
            cumulative[i] /= total;
        }

        return cumulative;
    }

    private static int Pick(double[] cumulative, double u)
    {
        int index = Array.BinarySearch(cumulative, u);
        index = index >= 0 ? index : ~index;
        return Math.Min(index, cumulative.Length - 1);
    }
}
