using CustomerValue.Segmentation;

namespace CustomerValue.Orleans.Tests;

/// <summary>A three-silo cluster ingesting the generated log in batches gives exactly the single-process summaries, scores and distribution.</summary>
public sealed class SingleProcessEquivalenceTests(IngestedClusterFixture fixture) : IClassFixture<IngestedClusterFixture>
{
    [Fact]
    public void The_log_is_a_few_thousand_transactions_of_a_few_hundred_customers_with_returns()
    {
        Assert.InRange(TestData.Log.Count, 2_000, 20_000);
        Assert.Equal(TestData.Simulation.Customers + 1, Reference.TransactionCounts.Count);
        Assert.Contains(TestData.ReferenceSummaries.Customers, c => c.Frequency > 0 && c.MonetaryValue < 0);
        Assert.Contains(TestData.Log, t => t.IsReturn);
        Assert.True(TestData.Batches.Count >= 10);
    }

    [Fact]
    public void Every_batch_was_applied_once_by_every_customer_in_it()
    {
        Assert.Equal(TestData.Log.Count, fixture.Ingestions.Sum(r => r.Transactions));
        Assert.All(fixture.Ingestions, r => Assert.Equal((r.Customers, 0), (r.Applied, r.AlreadyApplied)));
    }

    [Fact]
    public async Task Summaries_and_the_compressed_summary_equal_the_single_process_ones()
    {
        await Reference.AssertClusterMatchesAsync(fixture.CustomerValue);
    }

    [Fact]
    public async Task Scores_equal_the_single_process_models_exactly()
    {
        CustomerValue.Lifetime.CustomerLifetimeValue value = TestData.ReferenceValue;
        foreach (CustomerSummary summary in TestData.ReferenceSummaries.Customers)
        {
            CustomerValueScore? score = await fixture.CustomerValue.GetScoreAsync(summary.CustomerId);
            Assert.NotNull(score);
            Assert.Equal(summary, score.Summary);
            Assert.Equal(value.TransactionModel.ProbabilityAlive(summary), score.ProbabilityAlive);
            Assert.Equal(value.TransactionModel.ConditionalExpectedPurchases(summary, TestData.Clv.HorizonLength), score.ExpectedPurchases);
            Assert.Equal(TestData.ReferenceSpend(summary), score.ExpectedSpend);
            Assert.Equal(TestData.ReferenceLifetimeValue(summary), score.LifetimeValue);
        }
    }

    [Fact]
    public async Task Customers_without_a_purchase_by_the_end_have_no_score()
    {
        string[] unsummarised = [.. Reference.TransactionCounts.Keys.Where(id => !Reference.Summaries.ContainsKey(id))];
        foreach (string id in unsummarised)
        {
            Assert.Null(await fixture.CustomerValue.GetScoreAsync(id));
        }
    }

    [Fact]
    public async Task Value_distribution_and_segments_equal_the_single_process_strategies()
    {
        CustomerValueInput[] values = [.. TestData.ReferenceSummaries.Customers.Select(c => new CustomerValueInput(c.CustomerId, TestData.ReferenceLifetimeValue(c)))];
        ConcentrationAnalysis concentration = ConcentrationStrategy.Default.Analyze(values);
        SegmentationResult deciles = TierStrategy.CustomerDeciles.Segment(values);
        ValueDistribution distribution = fixture.Distribution;

        Assert.Equal(values.Length, distribution.CustomerCount);
        Assert.Equal(0.2, distribution.TopCustomerShare);
        Assert.Equal(concentration.TopShare, distribution.TopValueShare, 1e-12);
        Assert.InRange(distribution.TopValueShare, 0.3, 1.0);
        Assert.Equal(values.Sum(v => v.Value), distribution.TotalValue, 1e-9 * distribution.TotalValue);
        Assert.Equal(TierOptions.CustomerDeciles.Names, distribution.Segments);

        // Each boundary is the first customer of its decile in the single-process ranking.
        CustomerValueInput[] ranked = [.. values.OrderByDescending(v => v.Value).ThenBy(v => v.CustomerId, CustomerIdComparer.Instance)];
        Assert.Equal(9, distribution.Boundaries.Count);
        foreach (DecileBoundary boundary in distribution.Boundaries)
        {
            CustomerValueInput first = ranked[(int)boundary.Rank];
            Assert.Equal((first.CustomerId, first.Value), (boundary.CustomerId, boundary.Value));
            Assert.Equal(boundary.Segment, deciles.SegmentOf(first.CustomerId).Segment);
            Assert.NotEqual(boundary.Segment, deciles.SegmentOf(ranked[(int)boundary.Rank - 1].CustomerId).Segment);
        }

        foreach (CustomerValueInput customer in values)
        {
            CustomerValueScore? score = await fixture.CustomerValue.GetScoreAsync(customer.CustomerId);
            Assert.Equal(deciles.SegmentOf(customer.CustomerId).Segment, score?.Segment);
        }

        ValueDistribution? published = await fixture.CustomerValue.GetValueDistributionAsync();
        Assert.NotNull(published);
        Assert.Equal((distribution.CustomerCount, distribution.TopValueShare), (published.CustomerCount, published.TopValueShare));
        Assert.Equal(distribution.Boundaries, published.Boundaries);
    }
}
