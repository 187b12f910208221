using System.Globalization;
using Orleans;
using Orleans.Runtime;

namespace CustomerValue.Orleans;

/// <summary>The partition grain: see <see cref="ICustomerPartitionGrain"/>.</summary>
[GrainType("customervalue.partition")]
internal sealed class CustomerPartitionGrain : Grain, ICustomerPartitionGrain
{
    /// <summary>How many member grains are asked at once while gathering.</summary>
    private const int GatherWidth = 256;

    private readonly IPersistentState<PartitionState> _state;
    private readonly GrainSettings _settings;
    private Guid _snapshot;
    private double[] _values = [];
    private string[] _ids = [];

    public CustomerPartitionGrain(IPersistentStateFactory states, IGrainContext context, GrainSettings settings)
    {
        _settings = settings;
        _state = states.Create<PartitionState>(context, settings.State("partition"));
    }

    /// <inheritdoc />
    public async Task RegisterAsync(string customerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        if (!_state.State.Members.Add(customerId))
        {
            return;
        }

        try
        {
            await _state.WriteStateAsync();
        }
        catch
        {
            _state.State.Members.Remove(customerId);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<PartitionSummary> SummarizeAsync()
    {
        var counts = new Dictionary<(int Frequency, double Recency, double T), int>();
        int customers = 0, withoutSummary = 0;
        long transactions = 0;
        foreach (CustomerSnapshot member in await GatherAsync())
        {
            transactions += member.TransactionCount;
            if (member.Summary is { } summary)
            {
                customers++;
                var key = (summary.Frequency, summary.Recency, summary.T);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
            else if (member.TransactionCount > 0)
            {
                withoutSummary++;
            }
        }

        SummaryPattern[] patterns = [.. counts.Select(static c => new SummaryPattern(c.Key.Frequency, c.Key.Recency, c.Key.T, c.Value))];
        return new PartitionSummary(patterns, customers, withoutSummary, transactions);
    }

    /// <inheritdoc />
    public async Task<PartitionValues> SnapshotValuesAsync(Guid snapshot)
    {
        var values = new List<double>();
        var ids = new List<string>();
        foreach (CustomerSnapshot member in await GatherAsync())
        {
            if (member.Summary is { } summary)
            {
                // The same call a single process makes, so the value is the same double.
                double value = _settings.Value(summary);
                if (!double.IsFinite(value))
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Customer '{summary.CustomerId}' has a lifetime value that is not finite ({value})."));
                }

                values.Add(value == 0 ? 0.0 : value);
                ids.Add(summary.CustomerId);
            }
        }

        double[] valueArray = [.. values];
        string[] idArray = [.. ids];
        int[] order = Enumerable.Range(0, valueArray.Length).ToArray();
        Array.Sort(order, (x, y) => RankKey.Compare(valueArray[x], idArray[x], valueArray[y], idArray[y]));
        _values = [.. order.Select(i => valueArray[i])];
        _ids = [.. order.Select(i => idArray[i])];
        _snapshot = snapshot;
        return _values.Length == 0
            ? new PartitionValues(0, 0, 0, 0)
            : new PartitionValues(_values.Length, _values[^1], _values[0], SumFrom(0));
    }

    /// <inheritdoc />
    public Task<long[]> CountAboveAsync(Guid snapshot, double[] thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        CheckSnapshot(snapshot);
        return Task.FromResult(thresholds.Select(t => (long)FirstAtOrBelow(t)).ToArray());
    }

    /// <inheritdoc />
    public Task<string[]> TiedIdsAsync(Guid snapshot, double value, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        CheckSnapshot(snapshot);
        var tied = new List<string>();
        for (int i = FirstAtOrBelow(value); i < _values.Length && _values[i] == value && tied.Count < limit; i++)
        {
            tied.Add(_ids[i]);
        }

        return Task.FromResult(tied.ToArray());
    }

    /// <inheritdoc />
    public Task<double[]> SumFromAsync(Guid snapshot, double[] values, string[] ids)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(ids);
        if (values.Length != ids.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{values.Length} values but {ids.Length} ids."), nameof(ids));
        }

        CheckSnapshot(snapshot);
        var sums = new double[values.Length];
        for (int k = 0; k < values.Length; k++)
        {
            sums[k] = SumFrom(FirstAtOrAfter(values[k], ids[k]));
        }

        return Task.FromResult(sums);
    }

    /// <inheritdoc />
    public Task ReleaseAsync(Guid snapshot)
    {
        if (snapshot == _snapshot)
        {
            _snapshot = Guid.Empty;
            _values = [];
            _ids = [];
        }

        return Task.CompletedTask;
    }

    private async Task<List<CustomerSnapshot>> GatherAsync()
    {
        string[] members = [.. _state.State.Members];
        var snapshots = new List<CustomerSnapshot>(members.Length);
        foreach (string[] chunk in members.Chunk(GatherWidth))
        {
            snapshots.AddRange(await Task.WhenAll(chunk.Select(id => GrainFactory.GetGrain<ICustomerGrain>(id).GetSnapshotAsync())));
        }

        return snapshots;
    }

    private void CheckSnapshot(Guid snapshot)
    {
        if (snapshot == Guid.Empty || snapshot != _snapshot)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Partition {this.GetPrimaryKeyLong()} does not hold value snapshot {snapshot} (it was replaced or the partition was reactivated); compute the value distribution again."));
        }
    }

    /// <summary>The index of the first value (in rank order, highest first) at or below <paramref name="threshold"/>: the count above it.</summary>
    private int FirstAtOrBelow(double threshold)
    {
        int low = 0, high = _values.Length;
        while (low < high)
        {
            int mid = low + ((high - low) / 2);
            if (_values[mid] > threshold)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The index of the first customer ranked at or after (value, id).</summary>
    private int FirstAtOrAfter(double value, string id)
    {
        int low = 0, high = _values.Length;
        while (low < high)
        {
            int mid = low + ((high - low) / 2);
            if (RankKey.Compare(_values[mid], _ids[mid], value, id) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The sum of the values ranked at <paramref name="start"/> or after, added from the lowest value up.</summary>
    private double SumFrom(int start)
    {
        double sum = 0;
        for (int i = _values.Length - 1; i >= start; i--)
        {
            sum += _values[i];
        }

        return sum;
    }
}
