using CustomerValue.Segmentation;

namespace CustomerValue.Orleans.Tests;

/// <summary>
/// Many customers with equal lifetime values straddling the decile cuts: the distributed ranking breaks ties by natural id
/// order exactly as the single-process strategies do (a cluster of its own, holding only these customers).
/// </summary>
public sealed class TiedValueTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task Ties_at_the_boundaries_split_in_natural_id_order_as_in_one_process()
    {
        // 23 customers "1".."23" with four distinct histories: values tie in groups of five or six.
        var start = new DateTime(2024, 1, 1);
        Transaction[] log =
        [
            .. Enumerable.Range(1, 23).SelectMany(i => Enumerable.Range(0, 1 + (i % 4)).Select(k =>
                new Transaction(i.ToString(System.Globalization.CultureInfo.InvariantCulture), start.AddDays(30 * k), 20m + (5m * (i % 4))))),
        ];
        await fixture.CustomerValue.IngestAsync("ties-1", log[..(log.Length / 2)]);
        await fixture.CustomerValue.IngestAsync("ties-2", log[(log.Length / 2)..]);
        ValueDistribution distribution = await fixture.CustomerValue.ComputeValueDistributionAsync();

        var builder = new CustomerSummaryBuilder(TestData.Summary.Period);
        builder.AddRange(log);
        CustomerValueInput[] values = [.. builder.Build(TestData.Summary).Customers.Select(c => new CustomerValueInput(c.CustomerId, TestData.ReferenceLifetimeValue(c)))];
        Assert.Equal(4, values.Select(v => v.Value).Distinct().Count());
        SegmentationResult deciles = TierStrategy.CustomerDeciles.Segment(values);

        Assert.Equal(23, distribution.CustomerCount);
        Assert.Equal(ConcentrationStrategy.Default.Analyze(values).TopShare, distribution.TopValueShare, 1e-12);
        foreach (CustomerValueInput customer in values)
        {
            Assert.Equal(deciles.SegmentOf(customer.CustomerId).Segment, (await fixture.CustomerValue.GetScoreAsync(customer.CustomerId))?.Segment);
        }

        // Some boundary falls inside a group of equal values, so the id decides.
        Assert.Contains(distribution.Boundaries, b => values.Count(v => v.Value == b.Value && CustomerIdComparer.Instance.Compare(v.CustomerId, b.CustomerId) < 0) > 0);
    }
}
