using Orleans.TestingHost;

namespace CustomerValue.Orleans.Tests;

/// <summary>An in-process cluster of three silos with the test configuration, started per test class.</summary>
public class ClusterFixture : IAsyncLifetime
{
    /// <summary>The cluster; available after <see cref="InitializeAsync"/>.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The entry point over the cluster's client.</summary>
    public CustomerValueCluster CustomerValue { get; private set; } = null!;

    /// <inheritdoc />
    public virtual async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        CustomerValue = new CustomerValueCluster(Cluster.Client);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
