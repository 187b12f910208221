using CustomerValue.Segmentation;
using static CustomerValue.Tests.Segmentation.SegmentationAssert;

namespace CustomerValue.Tests.Segmentation;

public sealed class KMeansTests
{
    private static CustomerAttributes[] TwoGroups()
    {
        var random = new Random(7);
        var customers = new List<CustomerAttributes>();
        for (int i = 0; i < 30; i++)
        {
            bool rich = i % 3 == 0;
            double x = (rich ? 100 : 10) + random.NextDouble();
            double y = (rich ? 5 : 50) + random.NextDouble();
            customers.Add(new CustomerAttributes($"{i}", [x, y], rich ? 1000 : 10));
        }

        return [.. customers];
    }

    [Fact]
    public void Two_well_separated_groups_are_found_and_k_2_has_the_best_silhouette()
    {
        KMeansClustering clustering = KMeansStrategy.Default.Cluster(TwoGroups());
        Partition(clustering.Segmentation, Enumerable.Range(0, 30).Select(i => $"{i}"));
        Assert.Equal(2, clustering.Clusters);
        Assert.Equal([10, 20], Counts(clustering.Segmentation));
        Assert.Equal(10_000, clustering.Segmentation["Cluster 1"].Value);
        Assert.True(clustering.Silhouette > 0.9, $"silhouette {clustering.Silhouette}");
        Assert.Equal(Enumerable.Range(2, 7), clustering.SilhouetteByClusters.Select(p => p.Key));
        Assert.Equal(clustering.SilhouetteByClusters.Max(p => p.Value), clustering.Silhouette);
        Assert.True(clustering.Converged);
        Assert.InRange(clustering.AttributeMeans[0][0], 100, 101);
        Assert.InRange(clustering.AttributeMeans[0][1], 5, 6);
    }

    [Fact]
    public void The_objective_never_increases_and_results_repeat_with_the_seed()
    {
        CustomerAttributes[] customers = [.. Enumerable.Range(0, 200).Select(i => new CustomerAttributes($"c{i}", [Math.Sin(i), Math.Cos(i * 0.7), i % 7]))];
        var strategy = new KMeansStrategy(new KMeansOptions { Clusters = 5, Restarts = 1 });
        KMeansClustering first = strategy.Cluster(customers);
        Assert.True(first.ObjectiveHistory.Count >= 2);
        for (int i = 1; i < first.ObjectiveHistory.Count; i++)
        {
            Assert.True(first.ObjectiveHistory[i] <= first.ObjectiveHistory[i - 1] * (1 + 1e-12), $"J rose at iteration {i}");
        }

        Assert.True(Same(first.Segmentation, strategy.Cluster(customers.Reverse()).Segmentation));
        Assert.Equal(5, first.Clusters);
        Assert.Single(first.SilhouetteByClusters);
    }

    [Fact]
    public void Fewer_distinct_customers_than_clusters_give_fewer_clusters()
    {
        CustomerAttributes[] customers = [new("a", [1.0]), new("b", [1.0]), new("c", [2.0]), new("d", [2.0])];
        KMeansClustering clustering = new KMeansStrategy(new KMeansOptions { Clusters = 3 }).Cluster(customers);
        Assert.Equal(2, clustering.Clusters);
        Assert.Equal(SegmentOf(clustering.Segmentation, "a"), SegmentOf(clustering.Segmentation, "b"));
        Assert.NotEqual(SegmentOf(clustering.Segmentation, "a"), SegmentOf(clustering.Segmentation, "c"));
        Assert.Equal(0, clustering.ObjectiveHistory[^1]);
    }

    [Fact]
    public void One_or_two_customers_without_a_fixed_k_form_one_cluster()
    {
        KMeansClustering single = KMeansStrategy.Default.Cluster([new CustomerAttributes("a", [1.0, 2.0], 3)]);
        Assert.Equal(1, single.Clusters);
        Assert.Equal(0, single.Silhouette);
        Assert.Equal(1.0, single.Segmentation.Segments[0].Share);
        Assert.Equal(1, KMeansStrategy.Default.Cluster([new CustomerAttributes("a", [1.0]), new CustomerAttributes("b", [5.0])]).Clusters);
    }

    [Fact]
    public void Inputs_and_options_are_validated()
    {
        Assert.Contains("attribute 1", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerAttributes("x", [1, double.NaN])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CustomerAttributes("x", []));
        Assert.Contains("has 1 attributes", Assert.Throws<ArgumentException>(() => KMeansStrategy.Default.Cluster([new CustomerAttributes("a", [1.0, 2]), new CustomerAttributes("b", [1.0])])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new KMeansOptions { Clusters = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new KMeansOptions { Restarts = 0 });
        Assert.Throws<ArgumentException>(() => new KMeansStrategy(new KMeansOptions { MinClusters = 5, MaxClusters = 3 }));
    }
}
