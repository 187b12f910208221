using CustomerValue.DependencyInjection;

namespace CustomerValue.Orleans;

/// <summary>
/// The silo-wide, immutable configuration of the customer-value grains: how transactions are summarised, how customers are
/// spread over aggregation partitions, and which storage provider keeps grain state. The fitted models come from
/// <see cref="CustomerValueOptions"/> (package CustomerValue.DependencyInjection).
/// </summary>
/// <remarks>
/// Every silo of a cluster must be configured alike; change the configuration with a rolling restart. The options are validated
/// when the silo starts and every problem is listed in one <c>OptionsValidationException</c>.
/// </remarks>
public sealed class CustomerValueGrainOptions
{
    /// <summary>The storage provider name used when <see cref="StorageName"/> is not changed.</summary>
    public const string DefaultStorageName = "CustomerValue";

    /// <summary>The last day of observation (inclusive) of every summary and score; required.</summary>
    /// <value>Defaults to <see langword="null"/> (not set).</value>
    public DateTime? ObservationEnd { get; set; }

    /// <summary>
    /// Purchases within one period of this length merge into one purchase occasion. Grain state is bucketed by it, so it must
    /// not change while the store holds data.
    /// </summary>
    /// <value>Defaults to <see cref="TimePeriod.Day"/>.</value>
    public TimePeriod Period { get; set; } = TimePeriod.Day;

    /// <summary>The unit of recency and T; it must be the unit the transaction model was fitted in.</summary>
    /// <value>Defaults to <see cref="TimePeriod.Day"/>.</value>
    public TimePeriod Unit { get; set; } = TimePeriod.Day;

    /// <summary>
    /// How many aggregation partitions customers are spread over (by a stable hash of the id); from 1 to 65,536. It must not
    /// change while the store holds data. Aim for tens of thousands of customers per partition.
    /// </summary>
    /// <value>Defaults to 64.</value>
    public int PartitionCount { get; set; } = 64;

    /// <summary>The name of the Orleans grain storage provider that persists customer, partition and aggregate state.</summary>
    /// <value>Defaults to <see cref="DefaultStorageName"/>.</value>
    public string StorageName { get; set; } = DefaultStorageName;

    /// <summary>The summary options these settings describe.</summary>
    /// <exception cref="InvalidOperationException"><see cref="ObservationEnd"/> is not set.</exception>
    internal SummaryOptions ToSummaryOptions() =>
        new(ObservationEnd ?? throw new InvalidOperationException("CustomerValueGrainOptions.ObservationEnd is not set."))
        {
            Period = Period,
            Unit = Unit,
        };
}
