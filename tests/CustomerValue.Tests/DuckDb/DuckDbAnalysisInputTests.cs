using CustomerValue.Analysis;
using CustomerValue.DuckDb;
using CustomerValue.Segmentation;
using CustomerValue.Simulation;

namespace CustomerValue.Tests.DuckDb;

/// <summary>The analysis input aggregated inside DuckDB equals the one aggregated in memory, part by part.</summary>
public sealed class DuckDbAnalysisInputTests : IDisposable
{
    private static readonly DateTime Start = new(2023, 11, 1);

    private readonly string _folder = Directory.CreateTempSubdirectory("cv-duckdb-analysis-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<Transaction> RandomLog(int seed)
    {
        var random = new Random(seed);
        var log = new List<Transaction>();
        for (int i = 0; i < 3000; i++)
        {
            decimal amount = random.Next(7) == 0 ? -random.Next(1, 3000) / 100m : random.Next(0, 20000) / 100m;
            DateTime timestamp = Start.AddDays(random.Next(480)).AddMinutes(random.Next(1440));
            string? product = random.Next(3) == 0 ? null : $"p{random.Next(6)}";
            log.Add(new Transaction($"c{random.Next(300)}", timestamp, amount, 1 + random.Next(3), product));
        }

        return log;
    }

    public static TheoryData<int, string?> Cases => new()
    {
        { 1, null },
        { 2, "2024-12-31" },
        { 3, "2024-06-30" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DuckDb_gives_the_in_memory_input(int seed, string? observationEnd)
    {
        List<Transaction> log = RandomLog(seed);
        string path = DuckDbLogFiles.WriteParquet(_folder, $"log{seed}", log);
        var options = new AnalysisOptions { ObservationEnd = observationEnd is null ? null : DateTime.Parse(observationEnd, System.Globalization.CultureInfo.InvariantCulture) };

        AnalysisInput expected = AnalysisInput.FromTransactions(log, options);
        AnalysisInput actual = DuckDbAnalysisInput.Build(path, DuckDbLogOptions.Default, options);

        Assert.Equal(expected.Options, actual.Options);
        Assert.Equal(expected.TransactionCount, actual.TransactionCount);
        Assert.Equal(expected.DateRange, actual.DateRange);
        Assert.Equal(expected.Summaries.Customers, actual.Summaries.Customers);
        Assert.Equal(expected.Split.Customers, actual.Split.Customers);
        Assert.Equal(expected.TotalSpend.OrderBy(p => p.Key, StringComparer.Ordinal), actual.TotalSpend.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.YearlyActivity, actual.YearlyActivity);
        Assert.Equal(expected.Customers.Customers, actual.Customers.Customers);
        Assert.Equal(expected.Customers.Summaries, actual.Customers.Summaries);
        CustomerTrajectory[] expectedWindows = expected.Customers.Trajectories();
        CustomerTrajectory[] actualWindows = actual.Customers.Trajectories();
        Assert.Equal(expectedWindows.Select(t => t.CustomerId), actualWindows.Select(t => t.CustomerId));
        for (int i = 0; i < expectedWindows.Length; i++)
        {
            Assert.Equal(expectedWindows[i].Windows, actualWindows[i].Windows);
        }
    }

    [Fact]
    public void The_analysis_on_either_input_gives_the_same_scores()
    {
        // A log from the BG/NBD process (uniformly random purchases have no heterogeneity for the models to fit).
        List<Transaction> log = [.. TransactionLogSimulator.Generate(TransactionLogSimulator.SampleOptions with { Customers = 400, Seed = 4 })];
        string path = DuckDbLogFiles.WriteParquet(_folder, "log4", log);
        AnalysisResult memory = CustomerAnalysis.Run(log);
        AnalysisResult duck = CustomerAnalysis.Run(DuckDbAnalysisInput.Build(path, DuckDbLogOptions.Default));
        Assert.Equal(memory.Chosen.Name, duck.Chosen.Name);
        Assert.Equal(memory.Scores, duck.Scores);
        Assert.Equal(memory.Segments.Loyalty.OrderBy(p => p.Key, StringComparer.Ordinal), duck.Segments.Loyalty.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void An_empty_log_is_refused()
    {
        string path = DuckDbLogFiles.WriteCsv(_folder, "empty.csv", []);
        Assert.Contains("is empty", Assert.Throws<ArgumentException>(() => DuckDbAnalysisInput.Build(path, DuckDbLogOptions.Default)).Message, StringComparison.Ordinal);
    }
}
