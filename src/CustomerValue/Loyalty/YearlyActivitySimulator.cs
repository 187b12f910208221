namespace CustomerValue.Loyalty;

/// <summary>
/// Simulated customer-years for tests and benchmarks of the purchase-loyalty models: an engagement factor drives
/// correlated, log-normal purchase occasions a, distinct products b, units c and spend d, each with its own noise.
/// Deterministic for a seed.
/// </summary>
internal static class YearlyActivitySimulator
{
    /// <summary>
    /// <paramref name="customers"/> rows for 2024 with ids C0000000…: a = max(1, round(e^(1.2 + 0.8 E + 0.4 ε₁))),
    /// b = round(e^(0.6 + 0.5 E + 0.5 ε₂)) in [1, 3a], c = max(1, round(a e^(0.5 + 0.6 ε₃))), d = c e^(2.5 + 0.7 ε₄) to the
    /// cent, with E and εₖ independent standard normals.
    /// </summary>
    public static YearlyActivity[] Simulate(int customers, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(customers);
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var rows = new YearlyActivity[customers];
        for (int i = 0; i < customers; i++)
        {
            double engagement = Normal();
            int a = Math.Max(1, (int)Math.Round(Math.Exp(1.2 + (0.8 * engagement) + (0.4 * Normal()))));
            int b = Math.Clamp((int)Math.Round(Math.Exp(0.6 + (0.5 * engagement) + (0.5 * Normal()))), 1, a * 3);
            decimal c = Math.Max(1, Math.Round((decimal)(a * Math.Exp(0.5 + (0.6 * Normal()))), 0));
            decimal d = Math.Round(c * (decimal)Math.Exp(2.5 + (0.7 * Normal())), 2);
            rows[i] = new YearlyActivity(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"C{i:D7}"), 2024, a, b, c, d);
        }

        return rows;
    }
}
