using CustomerValue.Lifetime;
using CustomerValue.Simulation;

namespace CustomerValue.Orleans.Tests;

/// <summary>
/// The generated log every test ingests, its batches, the fitted models the silos are configured with, and the single-process
/// reference computed from them with the core library alone.
/// </summary>
internal static class TestData
{
    /// <summary>The name the shared test storage is registered under.</summary>
    public const string StorageName = "cv-test";

    /// <summary>Aggregation partitions in the test clusters.</summary>
    public const int PartitionCount = 8;

    /// <summary>Transactions per batch.</summary>
    public const int BatchSize = 200;

    /// <summary>The simulation: 800 customers over 78 weeks, with returns.</summary>
    public static TransactionLogSimulationOptions Simulation { get; } = new() { Customers = 800, Seed = 4242 };

    /// <summary>Summaries at the simulation's end, aggregated by day, recency and T in weeks.</summary>
    public static SummaryOptions Summary { get; } = new(Simulation.End) { Period = TimePeriod.Day, Unit = TimePeriod.Week };

    /// <summary>The repeat-purchase model the silos load, at the simulation's own parameters.</summary>
    public static string TransactionModelJson { get; } =
        ModelJson.Serialize(new BgNbdModel(new BgNbdParameters(Simulation.R, Simulation.AlphaWeeks, Simulation.A, Simulation.B)));

    /// <summary>The spend model the silos load.</summary>
    public static string SpendModelJson { get; } =
        ModelJson.Serialize(new GammaGammaModel(Simulation.SpendP, Simulation.SpendQ, Simulation.SpendGamma));

    /// <summary>Twelve monthly steps for a model in weeks, 30 % margin, 1 % per month.</summary>
    public static ClvOptions Clv { get; } = new(12, 365.2425 / 12 / 7) { Margin = 0.3, DiscountRate = 0.01 };

    /// <summary>
    /// The simulated log plus a customer whose return outweighs its repeat purchase (a negative monetary value), shuffled
    /// (seeded) so that every batch mixes customers and a customer's purchases arrive out of order.
    /// </summary>
    public static IReadOnlyList<Transaction> Log { get; } = Shuffle(
    [
        .. TransactionLogSimulator.Generate(Simulation),
        new Transaction("R000001", new DateTime(2024, 2, 1), 30m),
        new Transaction("R000001", new DateTime(2024, 3, 11), 10m),
        new Transaction("R000001", new DateTime(2024, 3, 12), -25m),
    ]);

    /// <summary>The log cut into batches with stable ids.</summary>
    public static IReadOnlyList<(string Id, Transaction[] Transactions)> Batches { get; } =
        [.. Log.Chunk(BatchSize).Select((chunk, i) => ($"batch-{i:D4}", chunk))];

    /// <summary>The single-process builder over the whole log.</summary>
    public static CustomerSummaryBuilder Reference { get; } = BuildReference();

    /// <summary>The single-process summaries.</summary>
    public static CustomerSummarySet ReferenceSummaries { get; } = Reference.Build(Summary);

    /// <summary>The single-process lifetime-value calculator, from the same JSON the silos load.</summary>
    public static CustomerLifetimeValue ReferenceValue { get; } =
        new(ModelJson.DeserializeTransactionModel(TransactionModelJson), ModelJson.DeserializeSpendModel(SpendModelJson), Clv);

    /// <summary>The single-process expected spend: the Gamma-Gamma expectation, or the population mean outside the model (as CustomerAnalysis does).</summary>
    public static double ReferenceSpend(in CustomerSummary customer) =>
        customer.Frequency > 0 && customer.MonetaryValue > 0
            ? ReferenceValue.SpendModel.ConditionalExpectedSpend(customer.Frequency, customer.MonetaryValue)
            : ReferenceValue.SpendModel.PopulationMeanSpend();

    /// <summary>The single-process lifetime value at <see cref="ReferenceSpend"/>.</summary>
    public static double ReferenceLifetimeValue(in CustomerSummary customer) =>
        CustomerLifetimeValue.Calculate(ReferenceValue.TransactionModel, customer, ReferenceSpend(customer), Clv);

    private static CustomerSummaryBuilder BuildReference()
    {
        var builder = new CustomerSummaryBuilder(Summary.Period);
        builder.AddRange(Log);
        return builder;
    }

    private static Transaction[] Shuffle(Transaction[] log)
    {
        new Random(17).Shuffle(log);
        return log;
    }
}
