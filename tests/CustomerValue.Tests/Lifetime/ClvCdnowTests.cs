using CustomerValue.Lifetime;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Lifetime;

/// <summary>CLV on CDNOW with the published BG/NBD parameters (weeks) and the fitted Gamma-Gamma model (US dollars).</summary>
public sealed class ClvCdnowTests
{
    private static readonly BgNbdModel Transactions = new(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));

    [SharedDataFact]
    public void Undiscounted_clv_at_margin_one_is_expected_purchases_times_expected_spend()
    {
        CustomerSummary[] customers = GammaGammaCdnowData.Customers;
        GammaGammaModel spend = GammaGammaModel.Fit(customers).EnsureConverged().Model;
        var options = ClvOptions.FromCalendar(12, TimePeriod.Month, TimePeriod.Week);
        var clv = new CustomerLifetimeValue(Transactions, spend, options);
        var values = new double[customers.Length];
        clv.Calculate(customers, values);
        for (int i = 0; i < customers.Length; i += 97)
        {
            double expected = Transactions.ConditionalExpectedPurchases(customers[i], 365.2425 / 7) * spend.ConditionalExpectedSpend(customers[i]);
            Assert.Equal(expected, values[i], 8);
            Assert.Equal(values[i], clv.Calculate(customers[i]), 12);
        }
    }

    [SharedDataFact]
    public void Discounting_and_margin_lower_the_value_and_it_stays_positive()
    {
        CustomerSummary[] customers = GammaGammaCdnowData.Customers;
        GammaGammaModel spend = GammaGammaModel.Fit(customers).Model;
        var plain = new CustomerLifetimeValue(Transactions, spend, ClvOptions.FromCalendar(12, TimePeriod.Month, TimePeriod.Week));
        var discounted = new CustomerLifetimeValue(Transactions, spend, ClvOptions.FromCalendar(12, TimePeriod.Month, TimePeriod.Week) with { Margin = 0.25, DiscountRate = 0.01 });
        for (int i = 0; i < 50; i++)
        {
            double a = plain.Calculate(customers[i]), b = discounted.Calculate(customers[i]);
            Assert.True(b > 0 && b < 0.25 * a, $"customer {customers[i].CustomerId}: {b} vs {a}");
        }
    }
}
