using System.Globalization;
using CustomerValue.Lifetime;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Lifetime;

/// <summary>Reads donations.csv (frequency,recency,periods,weights: 11,104 donors, 6 yearly opportunities) with a tiny local parser.</summary>
internal static class BgBbDonationsData
{
    private static readonly Lazy<BgBbHistory[]> Rows = new(Load);

    public static BgBbHistory[] Histories => Rows.Value;

    private static BgBbHistory[] Load()
    {
        string[] lines = File.ReadAllLines(SharedData.PathOf("donations.csv"));
        Assert.Equal("frequency,recency,periods,weights", lines[0].Trim());
        return lines.Skip(1)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line.Split(','))
            .Select(f => new BgBbHistory(
                int.Parse(f[0], CultureInfo.InvariantCulture),
                int.Parse(f[1], CultureInfo.InvariantCulture),
                int.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture)))
            .ToArray();
    }
}
