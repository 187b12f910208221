using CustomerValue.IO;
using CustomerValue.Lifetime;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.IO;

public sealed class ModelInputCsvTests
{
    [SharedDataFact]
    public void The_donations_file_reads_as_22_weighted_histories_of_11104_donors()
    {
        BgBbHistory[] histories = [.. DiscreteHistoryCsv.ReadFile(SharedData.PathOf("donations.csv"))];
        Assert.Equal(22, histories.Length);
        Assert.Equal(11_104, histories.Sum(h => h.Weight));
        Assert.Equal(new BgBbHistory(0, 0, 6, 3464), histories[0]);
    }

    [Fact]
    public void Weights_are_optional_and_periods_has_aliases()
    {
        BgBbHistory[] histories = [.. DiscreteHistoryCsv.Read(new StringReader("Frequency,Recency,Opportunities\n2,4,6\n0,0,6\n"))];
        Assert.Equal([new BgBbHistory(2, 4, 6), new BgBbHistory(0, 0, 6)], histories);
    }

    [Theory]
    [InlineData("frequency,recency,periods\n2,x,6\n", "h.csv, line 2, column 'recency': 'x' is not a finite number")]
    [InlineData("frequency,recency,periods\n0,0,6\n\n2,4,-6\n", "h.csv, line 4, column 'periods': '-6' is not a whole number of zero or more")]
    [InlineData("frequency,recency,periods\n2,1.5,6\n", "h.csv, line 2, column 'recency': '1.5' is not a whole number of zero or more")]
    [InlineData("frequency,recency,periods\n2,7,6\n", "h.csv, line 2, column 'recency'")]
    [InlineData("frequency,recency\n2,4\n", "h.csv, line 2: '2,4' has no 'periods' column")]
    [InlineData("freq,recency,periods\n2,4,6\n", "h.csv, line 1: the header has no column 'frequency'; the columns found are 'freq', 'recency', 'periods'.")]
    [InlineData("frequency,recency,periods\n2,4\n", "h.csv, line 2: '2,4' has 2 columns, expected 3")]
    public void Bad_histories_name_file_line_column_and_text(string csv, string expected)
    {
        CustomerSummaryFormatException e = Assert.Throws<CustomerSummaryFormatException>(() => DiscreteHistoryCsv.Read(new StringReader(csv), "h.csv").ToList());
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cohort_survival_reads_the_alive_counts_in_period_order()
    {
        Assert.Equal([1000, 631, 468], CohortSurvivalCsv.Read(new StringReader("period,alive\n0,1000\n1,631\n2,468\n")));
    }

    [Theory]
    [InlineData("period,alive\n0,1000\n2,631\n", "c.csv, line 3: '2,631' has period 2, expected 1")]
    [InlineData("period,alive\n0,1000\n1,1200\n", "c.csv, line 3: '1,1200' has 1200 customers alive, more than the 1000")]
    [InlineData("period,alive\n0,-5\n", "c.csv, line 2, column 'alive': '-5' is not a whole number of zero or more")]
    public void Bad_cohorts_name_the_line_and_the_rule(string csv, string expected)
    {
        CustomerSummaryFormatException e = Assert.Throws<CustomerSummaryFormatException>(() => CohortSurvivalCsv.Read(new StringReader(csv), "c.csv"));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }
}
