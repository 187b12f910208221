using CustomerValue.Lifetime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace CustomerValue.Orleans;

/// <summary>
/// What every silo was configured with, read once: the summary options, the partitioning, the storage provider, and the fitted
/// models (resolved on first use, so a silo that only summarises needs none). Immutable and thread-safe.
/// </summary>
internal sealed class GrainSettings
{
    private readonly IServiceProvider _services;

    public GrainSettings(IOptions<CustomerValueGrainOptions> options, IServiceProvider services)
    {
        CustomerValueGrainOptions value = options.Value;
        Summary = value.ToSummaryOptions();
        PartitionCount = value.PartitionCount;
        StorageName = value.StorageName;
        _services = services;
    }

    /// <summary>How histories are bucketed and summarised.</summary>
    public SummaryOptions Summary { get; }

    /// <summary>The number of aggregation partitions.</summary>
    public int PartitionCount { get; }

    /// <summary>The grain storage provider's name.</summary>
    public string StorageName { get; }

    /// <summary>The models and horizon; throws <see cref="InvalidOperationException"/> naming the missing option when no models are configured.</summary>
    private CustomerLifetimeValue LifetimeValue => _services.GetRequiredService<CustomerLifetimeValue>();

    /// <summary>The persistent-state configuration of the state called <paramref name="stateName"/> in the configured provider.</summary>
    public IPersistentStateConfiguration State(string stateName) => new StateConfiguration(stateName, StorageName);

    /// <summary>The customer's summary at the observation end, or null when it has no purchase by then.</summary>
    public CustomerSummary? Summarize(CustomerHistory history) =>
        CustomerSummarizer.Summarize(history, Summary.ObservationEnd, Summary.Unit);

    /// <summary>The model scores of <paramref name="summary"/>, without a segment; the same calls a single process makes.</summary>
    public CustomerValueScore Score(in CustomerSummary summary)
    {
        CustomerLifetimeValue value = LifetimeValue;
        double spend = ExpectedSpend(value.SpendModel, summary);
        return new CustomerValueScore(
            summary.CustomerId,
            summary,
            value.TransactionModel.ProbabilityAlive(summary),
            value.TransactionModel.ConditionalExpectedPurchases(summary, value.Options.HorizonLength),
            spend,
            CustomerLifetimeValue.Calculate(value.TransactionModel, summary, spend, value.Options),
            Segment: null);
    }

    /// <summary>The lifetime value of <paramref name="summary"/>, exactly as <see cref="Score"/> gives it.</summary>
    public double Value(in CustomerSummary summary)
    {
        CustomerLifetimeValue value = LifetimeValue;
        return CustomerLifetimeValue.Calculate(value.TransactionModel, summary, ExpectedSpend(value.SpendModel, summary), value.Options);
    }

    /// <summary>
    /// E[M | x, m̄]; customers without a positive repeat spend (one-time buyers, or returns outweighing repeat purchases) are
    /// outside the Gamma-Gamma model and get the population mean spend, the rule of <c>CustomerAnalysis</c>.
    /// </summary>
    private static double ExpectedSpend(GammaGammaModel spendModel, in CustomerSummary summary) =>
        summary.Frequency > 0 && summary.MonetaryValue > 0
            ? spendModel.ConditionalExpectedSpend(summary.Frequency, summary.MonetaryValue)
            : spendModel.PopulationMeanSpend();

    /// <summary>The aggregation partition of a customer: FNV-1a of the id's UTF-16 code units, stable across processes and versions.</summary>
    public int PartitionOf(string customerId)
    {
        uint hash = 2_166_136_261;
        foreach (char c in customerId)
        {
            hash = (hash ^ c) * 16_777_619;
        }

        return (int)(hash % (uint)PartitionCount);
    }

    private sealed record StateConfiguration(string StateName, string StorageName) : IPersistentStateConfiguration;
}
