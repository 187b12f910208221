using System.Globalization;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Lifetime;

/// <summary>Reads cdnow_customers_summary.csv (ID,frequency,recency,T in weeks) with a tiny local parser.</summary>
internal static class CdnowData
{
    private static readonly Lazy<CustomerSummary[]> Summaries = new(Load);

    public static CustomerSummary[] Customers => Summaries.Value;

    private static CustomerSummary[] Load()
    {
        string[] lines = File.ReadAllLines(SharedData.PathOf("cdnow_customers_summary.csv"));
        var result = new List<CustomerSummary>(lines.Length);
        foreach (string line in lines.Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string[] f = line.Split(',');
            result.Add(new CustomerSummary(
                f[0],
                int.Parse(f[1], CultureInfo.InvariantCulture),
                double.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture)));
        }

        return result.ToArray();
    }
}
