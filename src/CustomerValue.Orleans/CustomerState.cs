using Orleans;

namespace CustomerValue.Orleans;

/// <summary>The persisted state of a <see cref="CustomerGrain"/>: the history's period totals and the batches already applied.</summary>
[GenerateSerializer]
[Alias("CustomerValue.Orleans.CustomerState")]
internal sealed class CustomerState
{
    /// <summary>The history's totals (<see cref="CustomerHistory.ToPeriodTotals"/>).</summary>
    [Id(0)]
    public List<CustomerPeriodTotals> Periods { get; set; } = [];

    /// <summary>Transactions accumulated.</summary>
    [Id(1)]
    public long TransactionCount { get; set; }

    /// <summary>The ids of the batches applied, so that a redelivered batch changes nothing.</summary>
    [Id(2)]
    public HashSet<string> AppliedBatches { get; set; } = [];

    /// <summary>True once the customer is a member of its aggregation partition.</summary>
    [Id(3)]
    public bool Registered { get; set; }

    /// <summary>The <see cref="TimePeriod"/> (as its number) the totals are bucketed by.</summary>
    [Id(4)]
    public int Period { get; set; }
}
