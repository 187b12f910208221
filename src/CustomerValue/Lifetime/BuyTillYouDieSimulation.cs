using System.Globalization;
using MathNet.Numerics.Distributions;

namespace CustomerValue.Lifetime;

/// <summary>Draws customer histories from the BG/NBD (shift 0) or MBG/NBD (shift 1) process.</summary>
internal static class BuyTillYouDieSimulation
{
    public static CustomerSummary[] Simulate(double r, double alpha, double a, double b, int shift, ReadOnlySpan<double> ages, int seed)
    {
        var random = new Random(seed);
        var result = new CustomerSummary[ages.Length];
        for (int i = 0; i < ages.Length; i++)
        {
            double age = ages[i];
            double lambda = Gamma.Sample(random, r, alpha);
            double p = Beta.Sample(random, a, b);
            int x = 0;
            double tx = 0;

            // MBG/NBD: the customer may drop out right after the first purchase (time 0).
            bool alive = shift == 0 || random.NextDouble() >= p;
            double time = 0;
            while (alive && lambda > 0)
            {
                time += -Math.Log(1.0 - random.NextDouble()) / lambda;
                if (!(time <= age))
                {
                    break;
                }

                x++;
                tx = time;
                alive = random.NextDouble() >= p;
            }

            result[i] = new CustomerSummary((i + 1).ToString(CultureInfo.InvariantCulture), x, Math.Min(tx, age), age);
        }

        return result;
    }

    public static void CheckArguments(int customers, double age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(customers);
        Validation.Duration(age, nameof(age));
    }

    public static void CheckAges(ReadOnlySpan<double> ages)
    {
        for (int i = 0; i < ages.Length; i++)
        {
            if (!double.IsFinite(ages[i]) || ages[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(ages), ages[i], $"Age {i} must be finite and zero or more, but was {ages[i]}.");
            }
        }
    }
}
