using CustomerValue.Lifetime;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Lifetime;

/// <summary>
/// The published Gamma-Gamma fit on the CDNOW repeat buyers (Fader, Hardie &amp; Lee 2005; Hardie's 2013 note):
/// p = 6.25, q = 3.74, γ = 15.44, log-likelihood −4055.9, with the conditional expected spend of the first ten customers.
/// </summary>
public sealed class GammaGammaFitTests
{
    private static readonly Lazy<GammaGammaFit> CdnowFit = new(() => GammaGammaModel.Fit(GammaGammaCdnowData.Customers));

    [SharedDataFact]
    public void Cdnow_fit_reproduces_the_published_parameters_and_log_likelihood()
    {
        GammaGammaFit fit = CdnowFit.Value.EnsureConverged();
        (double p, double q, double gamma) = fit.Parameters;
        Assert.Equal(6.25, p, 2);
        Assert.Equal(3.74, q, 2);
        Assert.Equal(15.44, gamma, 1);

        // The CLI contract: p = 6.25, q = 3.745, gamma = 15.445 within 0.3 %.
        Assert.InRange(p / 6.25, 0.997, 1.003);
        Assert.InRange(q / 3.745, 0.997, 1.003);
        Assert.InRange(gamma / 15.445, 0.997, 1.003);

        Assert.Equal(-4055.9, fit.LogLikelihood, 1);
        Assert.Equal(fit.LogLikelihood, GammaGammaCdnowData.Customers.Where(c => c.Frequency > 0).Sum(c => fit.Model.LogLikelihood(c.Frequency, c.MonetaryValue)), 6);
    }

    [SharedDataFact]
    public void Cdnow_fit_accounts_for_every_customer()
    {
        GammaGammaFit fit = CdnowFit.Value;
        Assert.Equal(946, fit.CustomersUsed);
        Assert.Equal(946, fit.ModelFit.Observations);
        Assert.Equal(1411, fit.ExcludedWithoutRepeatPurchases);
        Assert.Equal(0, fit.ExcludedWithNonPositiveSpend);
        Assert.Equal(1411, fit.CustomersExcluded);
        Assert.Contains("946 customers used", fit.ToString(), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Cdnow_fit_reports_standard_errors_and_the_frequency_spend_correlation()
    {
        GammaGammaFit fit = CdnowFit.Value;
        foreach (KeyValuePair<string, double> error in fit.ModelFit.StandardErrors)
        {
            Assert.True(double.IsFinite(error.Value) && error.Value > 0, $"{error.Key}: {error.Value}");
        }

        // Pearson correlation of x and zbar over the 946 repeat buyers (Fader, Hardie & Lee report 0.11).
        double[] x = GammaGammaCdnowData.Customers.Where(c => c.Frequency > 0).Select(c => (double)c.Frequency).ToArray();
        double[] m = GammaGammaCdnowData.Customers.Where(c => c.Frequency > 0).Select(c => c.MonetaryValue).ToArray();
        Assert.Equal(MathNet.Numerics.Statistics.Correlation.Pearson(x, m), fit.FrequencyMonetaryCorrelation, 10);
        Assert.Equal(0.11, fit.FrequencyMonetaryCorrelation, 2);
        Assert.Equal(3, fit.ModelFit.Covariance.Count);
        Assert.Equal(fit.ModelFit.Covariance[0][1], fit.ModelFit.Covariance[1][0], 12);
    }

    [SharedDataFact]
    public void Cdnow_expected_spend_of_the_first_ten_customers_matches_the_published_values()
    {
        GammaGammaModel model = CdnowFit.Value.Model;
        double[] expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
        var destination = new double[10];
        model.ConditionalExpectedSpend(GammaGammaCdnowData.Customers.AsSpan(0, 10), destination);
        for (int i = 0; i < 10; i++)
        {
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), GammaGammaCdnowData.Customers[i].CustomerId);
            Assert.InRange(destination[i], expected[i] - 0.01, expected[i] + 0.01);
        }

        Assert.InRange(model.PopulationMeanSpend(), 35.16, 35.18);
    }

    [SharedDataFact]
    public void Fit_does_not_depend_on_the_order_of_the_rows()
    {
        CustomerSummary[] shuffled = [.. GammaGammaCdnowData.Customers];
        new Random(20050401).Shuffle(shuffled);
        Array.Reverse(shuffled, 0, 500);
        GammaGammaFit again = GammaGammaModel.Fit(shuffled);
        Assert.Equal(CdnowFit.Value.Parameters, again.Parameters);
        Assert.Equal(CdnowFit.Value.LogLikelihood, again.LogLikelihood);
        Assert.Equal(CdnowFit.Value.FrequencyMonetaryCorrelation, again.FrequencyMonetaryCorrelation);
    }

    [Fact]
    public void Fit_without_repeat_buyers_is_refused_with_the_reason()
    {
        CustomerSummary[] customers =
        [
            new("a", 0, 0, 10),
            new("b", 0, 0, 12),
            new("c", 2, 5, 12, 0.0),
            new("d", 1, 5, 12, -4.0),
        ];
        var error = Assert.Throws<ArgumentException>(() => GammaGammaModel.Fit(customers));
        Assert.Equal("customers", error.ParamName);
        Assert.Contains("2 had no repeat purchase and 2 had a mean spend of 0 or less", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => GammaGammaModel.Fit(ReadOnlySpan<CustomerSummary>.Empty));
    }

    [Fact]
    public void Fit_counts_customers_with_non_positive_spend_as_excluded()
    {
        var random = new Random(7);
        var customers = new List<CustomerSummary>();
        for (int i = 0; i < 400; i++)
        {
            int x = 1 + random.Next(10);
            double nu = 0.2 + random.NextDouble();
            double spend = 0;
            for (int k = 0; k < x; k++)
            {
                spend += -Math.Log(1 - random.NextDouble()) / nu;
            }

            customers.Add(new CustomerSummary(i.ToString(System.Globalization.CultureInfo.InvariantCulture), x, 1, 2, spend / x));
        }

        customers.Add(new CustomerSummary("refund", 3, 1, 2, -5));
        customers.Add(new CustomerSummary("free", 1, 1, 2, 0));
        customers.Add(new CustomerSummary("new", 0, 0, 2));
        GammaGammaFit fit = GammaGammaModel.Fit(customers);
        Assert.Equal(400, fit.CustomersUsed);
        Assert.Equal(2, fit.ExcludedWithNonPositiveSpend);
        Assert.Equal(1, fit.ExcludedWithoutRepeatPurchases);
        Assert.True(fit.Converged);
    }

    [Fact]
    public void Fit_accepts_starting_points_and_null_arguments_are_refused()
    {
        CustomerSummary[] customers =
        [
            new("a", 1, 1, 2, 10),
            new("b", 2, 1, 2, 20),
            new("c", 3, 1, 2, 15),
            new("d", 5, 1, 2, 12),
            new("e", 1, 1, 2, 40),
        ];
        var options = new FitOptions { StartingPoints = [[2.0, 3.0, 10.0]], MaxIterations = 2000 };
        GammaGammaFit fit = GammaGammaModel.Fit(customers, options);
        Assert.Equal(5, fit.CustomersUsed);
        Assert.True(double.IsFinite(fit.LogLikelihood));
        Assert.Throws<ArgumentNullException>(() => GammaGammaModel.Fit((IEnumerable<CustomerSummary>)null!));
    }
}
