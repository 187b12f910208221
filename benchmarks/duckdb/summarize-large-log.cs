// Generates a large synthetic Parquet transaction log with DuckDB (never committed; written to a temporary folder) and
// summarises it with CustomerValue.DuckDb, reporting time and the process's peak memory.
// Usage: dotnet run -c Release summarize-large-log.cs -- [ROWS] [CUSTOMERS] [MEMORY_LIMIT] [TEMP_DIRECTORY]
//   (defaults 100,000,000 rows, 5,000,000 customers, DuckDB's default memory limit and temporary folder; for example
//   "20000000 1000000 2GB /tmp/cv-spill" bounds DuckDB's memory and spills beyond it to /tmp/cv-spill)
#:project ../../src/CustomerValue.DuckDb/CustomerValue.DuckDb.csproj
#:property Optimize=true
using System.Diagnostics;
using System.Globalization;
using CustomerValue;
using CustomerValue.DuckDb;
using DuckDB.NET.Data;

long rows = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 100_000_000;
long customers = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 5_000_000;
var log = DuckDbLogOptions.Default with
{
    MemoryLimit = args.Length > 2 ? args[2] : null,
    TempDirectory = args.Length > 3 ? args[3] : null,
};
string folder = Directory.CreateTempSubdirectory("cv-large-log-").FullName;
try
{
    var watch = Stopwatch.StartNew();
    using (var connection = new DuckDBConnection("DataSource=:memory:"))
    {
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        if (log.MemoryLimit is { } limit)
        {
            command.CommandText = $"SET memory_limit = '{limit}'";
            command.ExecuteNonQuery();
        }

        // Four files; each row: a customer (hashed spread), a day in 2024, an amount with about 2 % returns.
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            COPY (
              SELECT CAST(hash(i) % {customers} AS VARCHAR) AS customer_id,
                     DATE '2024-01-01' + CAST(hash(i * 7 + 1) % 366 AS INTEGER) AS date,
                     CAST(CASE WHEN hash(i * 13 + 5) % 50 = 0 THEN -5.00 ELSE 1 + (hash(i * 31 + 7) % 20000) / 100.0 END AS DECIMAL(12, 2)) AS amount,
                     i % 4 AS part
              FROM range({rows}) t(i)
            ) TO '{folder}' (FORMAT PARQUET, PARTITION_BY (part));
            """);
        command.ExecuteNonQuery();
    }

    Console.WriteLine(FormattableString.Invariant($"generated {rows:N0} rows for {customers:N0} customers in {watch.Elapsed.TotalSeconds:F1} s; peak working set {PeakMiB():F0} MiB"));

    // On Linux, writing 5 to clear_refs resets the peak resident set size, so that the next peak is the summary's alone.
    if (File.Exists("/proc/self/clear_refs"))
    {
        File.WriteAllText("/proc/self/clear_refs", "5");
    }

    watch.Restart();
    long summarised = 0;
    foreach (CustomerSummary summary in DuckDbSummaries.Stream(Path.Combine(folder, "*", "*.parquet"), log, new SummaryOptions(new DateTime(2024, 12, 31)) { Unit = TimePeriod.Week }))
    {
        summarised += summary.Frequency >= 0 ? 1 : 0;
    }

    Console.WriteLine(FormattableString.Invariant($"summarised {summarised:N0} customers in {watch.Elapsed.TotalSeconds:F1} s (memory limit {log.MemoryLimit ?? "default"}); peak working set {PeakMiB():F0} MiB"));
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static double PeakMiB()
{
    using var process = Process.GetCurrentProcess();
    return process.PeakWorkingSet64 / 1048576.0;
}
