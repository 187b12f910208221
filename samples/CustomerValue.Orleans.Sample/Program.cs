// A local three-silo Orleans cluster in one process: ingests the embedded sample log in batches, aggregates the cluster-wide
// compressed summary (and re-fits BG/NBD on it), computes the lifetime-value distribution, and prints a few customers' scores.
// Run: dotnet run --project samples/CustomerValue.Orleans.Sample
using System.Globalization;
using System.Net;
using CustomerValue;
using CustomerValue.Lifetime;
using CustomerValue.Orleans;
using CustomerValue.Simulation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Hosting;

const int SiloCount = 3;
const int BatchSize = 1_000;
const int FirstSiloPort = 11_111;
const int FirstGatewayPort = 30_000;
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// The models are configuration: here the simulation's own parameters, serialised as a fit would be (ModelJson).
TransactionLogSimulationOptions simulation = TransactionLogSimulator.SampleOptions;
string transactionModelJson = ModelJson.Serialize(new BgNbdModel(new BgNbdParameters(simulation.R, simulation.AlphaWeeks, simulation.A, simulation.B)));
string spendModelJson = ModelJson.Serialize(new GammaGammaModel(simulation.SpendP, simulation.SpendQ, simulation.SpendGamma));

var silos = new List<IHost>();
for (int i = 0; i < SiloCount; i++)
{
    IHost silo = BuildSilo(i);
    await silo.StartAsync();
    silos.Add(silo);
}

Console.WriteLine($"Started {SiloCount} silos on localhost (silo ports {FirstSiloPort}–{FirstSiloPort + SiloCount - 1}).");
var cluster = new CustomerValueCluster(silos[0].Services.GetRequiredService<IGrainFactory>());

// Ingest: each batch has a stable id, so a batch sent twice (here the first one) changes nothing.
Transaction[] log = [.. TransactionLogSimulator.Generate(simulation)];
Transaction[][] batches = [.. log.Chunk(BatchSize)];
for (int b = 0; b < batches.Length; b++)
{
    await cluster.IngestAsync($"sample-{b:D3}", batches[b]);
}

IngestionResult again = await cluster.IngestAsync("sample-000", batches[0]);
Console.WriteLine($"Ingested {log.Length:N0} transactions in {batches.Length} batches; batch sample-000 sent again: {again.AlreadyApplied} of {again.Customers} customers skipped it.");

// The compressed summary crosses to the caller as pattern counts; fitting needs nothing more.
ClusterSummary summary = await cluster.SummarizeAsync();
Console.WriteLine($"Cluster summary: {summary.CustomerCount:N0} customers in {summary.Patterns.Count:N0} distinct (x, t_x, T) rows, {summary.TransactionCount:N0} transactions.");
ModelFit<BgNbdModel> refit = BgNbdModel.Fit(summary.Patterns);
Console.WriteLine($"BG/NBD re-fitted on the rows: {string.Join(", ", refit.Parameters.Select(p => $"{p.Key} = {p.Value:F3}"))} (converged: {refit.Converged}).");

// The value distribution: exact ranks by distributed counting, only counts and sums cross to the aggregator.
ValueDistribution distribution = await cluster.ComputeValueDistributionAsync();
Console.WriteLine($"Lifetime value (12 months, 30 % margin): total {distribution.TotalValue:N2}; the top {distribution.TopCustomerShare:P0} of customers hold {distribution.TopValueShare:P1}.");
Console.WriteLine("Decile thresholds (the highest value in each decile after D1):");
foreach (DecileBoundary boundary in distribution.Boundaries)
{
    Console.WriteLine($"  {boundary.Segment,-4} from rank {boundary.Rank,5}: value {boundary.Value,10:F2} ({boundary.CustomerId})");
}

Console.WriteLine("Scores of the first five customers:");
Console.WriteLine("  customer    x      T   P(alive)  E[purchases]  E[spend]       CLV  segment");
for (int c = 1; c <= 5; c++)
{
    CustomerValueScore? score = await cluster.GetScoreAsync($"C{c:D6}");
    if (score is not null)
    {
        Console.WriteLine($"  {score.CustomerId}  {score.Summary.Frequency,3} {score.Summary.T,6:F1} {score.ProbabilityAlive,10:F3} {score.ExpectedPurchases,13:F3} {score.ExpectedSpend,9:F2} {score.LifetimeValue,9:F2}  {score.Segment}");
    }
}

for (int i = silos.Count - 1; i >= 0; i--)
{
    await silos[i].StopAsync();
    silos[i].Dispose();
}

Console.WriteLine("Stopped the cluster.");
return 0;

IHost BuildSilo(int index)
{
    HostApplicationBuilder builder = Host.CreateApplicationBuilder();
    builder.Logging.SetMinimumLevel(LogLevel.Error);
    builder.UseOrleans(silo => silo
        .UseLocalhostClustering(FirstSiloPort + index, FirstGatewayPort + index, new IPEndPoint(IPAddress.Loopback, FirstSiloPort))
        .AddMemoryGrainStorage(CustomerValueGrainOptions.DefaultStorageName)
        .AddCustomerValueGrains(
            options =>
            {
                options.ObservationEnd = simulation.End;
                options.Period = TimePeriod.Day;
                options.Unit = TimePeriod.Week;
                options.PartitionCount = 16;
            },
            models =>
            {
                models.TransactionModelJson = transactionModelJson;
                models.SpendModelJson = spendModelJson;
                models.ClvHorizonSteps = 12;
                models.ClvStepLength = 365.2425 / 12 / 7;
                models.ClvMargin = 0.3;
                models.ClvDiscountRate = 0.01;
            }));
    return builder.Build();
}
