using System.Globalization;
using Orleans;
using Orleans.Runtime;

namespace CustomerValue.Orleans;

/// <summary>The customer grain: see <see cref="ICustomerGrain"/>.</summary>
[GrainType("customervalue.customer")]
internal sealed class CustomerGrain : Grain, ICustomerGrain
{
    private readonly IPersistentState<CustomerState> _state;
    private readonly GrainSettings _settings;
    private CustomerHistory? _history;
    private CustomerSummary? _summary;
    private bool _summarized;
    private CustomerValueScore? _score;
    private bool _reloadState;

    public CustomerGrain(IPersistentStateFactory states, IGrainContext context, GrainSettings settings)
    {
        _settings = settings;
        _state = states.Create<CustomerState>(context, settings.State("customer"));
    }

    private string CustomerId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<bool> IngestAsync(string batchId, IReadOnlyList<Transaction> transactions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        ArgumentNullException.ThrowIfNull(transactions);
        await ReloadIfNeededAsync();
        CustomerState state = _state.State;
        if (state.AppliedBatches.Contains(batchId))
        {
            return false;
        }

        string id = CustomerId;
        for (int i = 0; i < transactions.Count; i++)
        {
            if (!string.Equals(transactions[i].CustomerId, id, StringComparison.Ordinal))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Transaction {i} of batch '{batchId}' is of customer '{transactions[i].CustomerId}', not '{id}'."), nameof(transactions));
            }
        }

        if (!state.Registered)
        {
            // Membership first: a crash before the write below leaves a member with no data, which aggregation skips.
            await GrainFactory.GetGrain<ICustomerPartitionGrain>(_settings.PartitionOf(id)).RegisterAsync(id);
        }

        CustomerHistory history = History();
        foreach (Transaction transaction in transactions)
        {
            history.Add(transaction);
        }

        state.Periods = [.. history.ToPeriodTotals()];
        state.TransactionCount = history.TransactionCount;
        state.AppliedBatches.Add(batchId);
        state.Registered = true;
        state.Period = (int)_settings.Summary.Period;
        ForgetDerived();
        try
        {
            await _state.WriteStateAsync();
        }
        catch
        {
            // Memory ran ahead of storage: read the stored state back before the next call, so a retry applies the batch.
            _reloadState = true;
            throw;
        }

        return true;
    }

    /// <inheritdoc />
    public async Task<CustomerSnapshot> GetSnapshotAsync()
    {
        await ReloadIfNeededAsync();
        CustomerState state = _state.State;
        return new CustomerSnapshot(CustomerId, state.TransactionCount, state.AppliedBatches.Count, Summary());
    }

    /// <inheritdoc />
    public async Task<CustomerValueScore?> GetScoreAsync()
    {
        await ReloadIfNeededAsync();
        if (Summary() is not { } summary)
        {
            return null;
        }

        CustomerValueScore score = _score ??= _settings.Score(summary);
        ValueDistribution? distribution = await GrainFactory.GetGrain<IClusterAggregateGrain>(CustomerValueCluster.AggregateKey).GetValueDistributionAsync();
        return distribution is { CustomerCount: > 0 }
            ? score with { Segment = distribution.SegmentOf(score.CustomerId, score.LifetimeValue) }
            : score;
    }

    private CustomerSummary? Summary()
    {
        if (!_summarized)
        {
            _summary = _settings.Summarize(History());
            _summarized = true;
        }

        return _summary;
    }

    private CustomerHistory History()
    {
        if (_history is null)
        {
            CustomerState state = _state.State;
            TimePeriod period = _settings.Summary.Period;
            if (state.Periods.Count > 0 && state.Period != (int)period)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Customer '{CustomerId}' was stored by period {(TimePeriod)state.Period}, but the silo is configured with Period = {period}; keep the period the store was built with."));
            }

            _history = CustomerHistory.FromPeriodTotals(CustomerId, period, state.Periods, state.TransactionCount);
        }

        return _history;
    }

    private async Task ReloadIfNeededAsync()
    {
        if (_reloadState)
        {
            // Start from an empty state: a provider finding no record (the first write failed) may leave the object as it was.
            _state.State = new CustomerState();
            await _state.ReadStateAsync();
            _reloadState = false;
            _history = null;
            ForgetDerived();
        }
    }

    private void ForgetDerived()
    {
        _summarized = false;
        _summary = null;
        _score = null;
    }
}
