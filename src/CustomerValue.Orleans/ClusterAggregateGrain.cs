using Orleans;
using Orleans.Runtime;

namespace CustomerValue.Orleans;

/// <summary>The aggregator grain: see <see cref="IClusterAggregateGrain"/>.</summary>
[GrainType("customervalue.aggregate")]
internal sealed class ClusterAggregateGrain : Grain, IClusterAggregateGrain
{
    private readonly IPersistentState<AggregateState> _state;
    private readonly GrainSettings _settings;

    public ClusterAggregateGrain(IPersistentStateFactory states, IGrainContext context, GrainSettings settings)
    {
        _settings = settings;
        _state = states.Create<AggregateState>(context, settings.State("aggregate"));
    }

    /// <inheritdoc />
    public async Task<ClusterSummary> SummarizeAsync()
    {
        PartitionSummary[] parts = await Task.WhenAll(Partitions().Select(p => p.SummarizeAsync()));
        var counts = new Dictionary<(int Frequency, double Recency, double T), int>();
        int customers = 0, withoutSummary = 0;
        long transactions = 0;
        foreach (PartitionSummary part in parts)
        {
            customers += part.CustomerCount;
            withoutSummary += part.CustomersWithoutSummary;
            transactions += part.TransactionCount;
            foreach (SummaryPattern pattern in part.Patterns)
            {
                var key = (pattern.Frequency, pattern.Recency, pattern.T);
                counts[key] = counts.GetValueOrDefault(key) + pattern.Count;
            }
        }

        // The order of SummaryPatterns.Compress: frequency, then recency, then T.
        SummaryPattern[] patterns =
        [
            .. counts.Select(static c => new SummaryPattern(c.Key.Frequency, c.Key.Recency, c.Key.T, c.Value))
                .OrderBy(static p => p.Frequency).ThenBy(static p => p.Recency).ThenBy(static p => p.T),
        ];
        return new ClusterSummary(patterns, customers, withoutSummary, transactions);
    }

    /// <inheritdoc />
    public async Task<ValueDistribution> ComputeValueDistributionAsync()
    {
        ICustomerPartitionGrain[] partitions = Partitions();
        var snapshot = Guid.NewGuid();
        try
        {
            ValueDistribution distribution = await new ValueDistributionBuilder(partitions, snapshot).BuildAsync();
            _state.State.Distribution = distribution;
            await _state.WriteStateAsync();
            return distribution;
        }
        finally
        {
            await Task.WhenAll(partitions.Select(p => p.ReleaseAsync(snapshot)));
        }
    }

    /// <inheritdoc />
    public Task<ValueDistribution?> GetValueDistributionAsync() => Task.FromResult(_state.State.Distribution);

    private ICustomerPartitionGrain[] Partitions() =>
        [.. Enumerable.Range(0, _settings.PartitionCount).Select(i => GrainFactory.GetGrain<ICustomerPartitionGrain>(i))];
}
