using CustomerValue.DuckDb;
using FsCheck;
using FsCheck.Xunit;

namespace CustomerValue.Tests.DuckDb;

/// <summary>
/// Everything computed inside DuckDB equals the in-memory builders exactly, over random logs (drawn from the FsCheck-supplied
/// seed) written as CSV or as Parquet files: same-period purchases, returns (before the first purchase, in the holdout,
/// alone), free items, customers starting after the calibration or observation end, products and fractional quantities,
/// and every period and unit.
/// </summary>
public sealed class DuckDbProperties : IDisposable
{
    private static readonly DateTime Start = new(2024, 1, 1);
    private static readonly TimePeriod[] Periods = Enum.GetValues<TimePeriod>();

    private readonly string _folder = Directory.CreateTempSubdirectory("cv-duckdb-prop-").FullName;
    private int _files;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (List<Transaction> Log, SummaryOptions Options) RandomCase(int seed, int size)
    {
        var random = new Random(seed);
        TimePeriod period = Periods[random.Next(Periods.Length)];
        int days = period switch { TimePeriod.Day => 60, TimePeriod.Week => 200, TimePeriod.Month => 700, _ => 3000 };
        var options = new SummaryOptions(Start.AddDays(days))
        {
            Period = period,
            Unit = Periods[random.Next(Periods.Length)],
            CalibrationEnd = Start.AddDays(days / 2),
        };

        var log = new List<Transaction>();
        int rows = 1 + random.Next((size * 4) + 1);
        for (int i = 0; i < rows; i++)
        {
            // Mixed scales (whole, cents, tenths of a cent) so that exact decimal sums matter; about one row in six a return.
            decimal amount = random.Next(6) == 0 ? -random.Next(1, 5000) / 100m : random.Next(0, 20000) / (decimal)Math.Pow(10, random.Next(4));
            DateTime timestamp = Start.AddDays(random.Next(days * 23 / 20)).AddMinutes(random.Next(1440));
            decimal quantity = random.Next(4) == 0 ? random.Next(0, 7) / 2m : 1m;
            string? product = random.Next(3) == 0 ? null : $"p{random.Next(6)}";
            log.Add(new Transaction($"{(random.Next(2) == 0 ? "c" : "")}{random.Next(1 + (size / 3))}", timestamp, amount, quantity, product));
        }

        return (log, options);
    }

    [Property(MaxTest = 40)]
    public bool Summaries_split_compressed_form_and_yearly_activity_equal_the_in_memory_builders(int seed, PositiveInt size, bool parquet)
    {
        (List<Transaction> log, SummaryOptions options) = RandomCase(seed, size.Get % 60);
        string name = $"log{_files++}";
        string path = parquet ? DuckDbLogFiles.WriteParquet(_folder, name, log) : DuckDbLogFiles.WriteCsv(_folder, name + ".csv", log);

        var builder = new CustomerSummaryBuilder(options.Period);
        builder.AddRange(log);
        CustomerSummarySet expected = builder.Build(options);
        CalibrationHoldoutSet expectedSplit = builder.BuildCalibrationHoldout(options);
        var yearly = new YearlyActivityBuilder(options.Period);
        yearly.AddRange(log);

        CustomerSummarySet actual = DuckDbSummaries.Build(path, DuckDbLogOptions.Default, options);
        CalibrationHoldoutSet actualSplit = DuckDbSummaries.BuildCalibrationHoldout(path, DuckDbLogOptions.Default, options);
        return actual.Customers.SequenceEqual(expected.Customers)
            && actual.CustomersStartingAfterEnd == expected.CustomersStartingAfterEnd
            && actual.CustomersWithoutPurchases == expected.CustomersWithoutPurchases
            && actualSplit.Customers.SequenceEqual(expectedSplit.Customers)
            && actualSplit.CustomersStartingAfterCalibration == expectedSplit.CustomersStartingAfterCalibration
            && actualSplit.CustomersWithoutPurchases == expectedSplit.CustomersWithoutPurchases
            && DuckDbSummaries.Compress(path, DuckDbLogOptions.Default, options).SequenceEqual(SummaryPatterns.Compress([.. expected.Customers]))
            && DuckDbYearlyActivity.Build(path, DuckDbLogOptions.Default, options.Period).SequenceEqual(yearly.Build());
    }
}
