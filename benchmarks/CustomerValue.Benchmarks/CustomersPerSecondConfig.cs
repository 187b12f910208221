using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CustomerValue.Benchmarks;

/// <summary>Adds a "Customers/s" column to the summary: <see cref="ScoringBenchmarks.Customers"/> divided by the mean time.</summary>
internal sealed class CustomersPerSecondConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public CustomersPerSecondConfig() => AddColumn(new CustomersPerSecondColumn(ScoringBenchmarks.Customers));

    private sealed class CustomersPerSecondColumn(int customersPerOperation) : IColumn
    {
        public string Id => nameof(CustomersPerSecondColumn);

        public string ColumnName => "Customers/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Customers scored per second: customers per operation / mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (meanNanoseconds is not > 0)
            {
                return "NA";
            }

            double perSecond = customersPerOperation / (meanNanoseconds.Value / 1e9);
            return perSecond >= 1e6
                ? (perSecond / 1e6).ToString("N1", CultureInfo.InvariantCulture) + " M"
                : (perSecond / 1e3).ToString("N0", CultureInfo.InvariantCulture) + " k";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
