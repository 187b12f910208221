using System.Globalization;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Lifetime;

/// <summary>
/// Reads cdnow_customers_summary_with_transactions.csv (ID,x,t_x,T,zbar; weeks and US dollars) with a tiny parser,
/// independent of the IO package.
/// </summary>
internal static class GammaGammaCdnowData
{
    public const string FileName = "cdnow_customers_summary_with_transactions.csv";

    private static readonly Lazy<CustomerSummary[]> Cached = new(Read);

    /// <summary>All 2,357 customers in file order.</summary>
    public static CustomerSummary[] Customers => Cached.Value;

    private static CustomerSummary[] Read()
    {
        string[] lines = File.ReadAllLines(SharedData.PathOf(FileName));
        Assert.Equal("ID,x,t_x,T,zbar", lines[0].Trim());
        var customers = new List<CustomerSummary>(lines.Length - 1);
        for (int i = 1; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            string[] fields = line.Split(',');
            customers.Add(new CustomerSummary(
                fields[0],
                int.Parse(fields[1], CultureInfo.InvariantCulture),
                double.Parse(fields[2], CultureInfo.InvariantCulture),
                double.Parse(fields[3], CultureInfo.InvariantCulture),
                double.Parse(fields[4], CultureInfo.InvariantCulture)));
        }

        return customers.ToArray();
    }
}
