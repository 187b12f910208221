using System.Globalization;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Summaries;

/// <summary>The summary of the CDNOW 1/10 sample must equal the published one (Fader, Hardie &amp; Lee 2005).</summary>
public sealed class CdnowSummaryTests
{
    [SharedDataFact]
    public void Sample_summary_by_day_in_weeks_equals_the_published_calibration_summary()
    {
        var builder = new CustomerSummaryBuilder(TimePeriod.Day);
        foreach (string line in File.ReadLines(SharedData.PathOf("CDNOW_sample.txt")))
        {
            string[] f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            builder.Add(new Transaction(
                int.Parse(f[1], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
                DateTime.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture),
                decimal.Parse(f[4], CultureInfo.InvariantCulture),
                decimal.Parse(f[3], CultureInfo.InvariantCulture)));
        }

        CustomerSummarySet set = builder.Build(new SummaryOptions(new DateTime(1997, 9, 30)) { Unit = TimePeriod.Week });

        var published = File.ReadLines(SharedData.PathOf("cdnow_customers_summary_with_transactions.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => (X: int.Parse(f[1], CultureInfo.InvariantCulture), Tx: Parse(f[2]), T: Parse(f[3]), Zbar: Parse(f[4])));

        Assert.Equal(2357, published.Count);
        Assert.Equal(2357, set.Customers.Count);
        Assert.Equal(0, set.CustomersStartingAfterEnd);
        Assert.Equal(0, set.CustomersWithoutPurchases);
        foreach (CustomerSummary c in set.Customers)
        {
            var want = published[c.CustomerId];
            Assert.Equal(want.X, c.Frequency);
            Assert.True(Math.Abs(want.Tx - c.Recency) <= 0.005 + 1e-9, $"customer {c.CustomerId}: recency {c.Recency} vs {want.Tx}");
            Assert.True(Math.Abs(want.T - c.T) <= 0.005 + 1e-9, $"customer {c.CustomerId}: T {c.T} vs {want.T}");
            Assert.True(Math.Abs(want.Zbar - c.MonetaryValue) <= 0.005 + 1e-9, $"customer {c.CustomerId}: monetary {c.MonetaryValue} vs {want.Zbar}");
        }
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
