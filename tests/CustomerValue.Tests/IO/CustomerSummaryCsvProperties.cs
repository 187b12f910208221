using CustomerValue.IO;
using FsCheck;
using FsCheck.Xunit;

namespace CustomerValue.Tests.IO;

/// <summary>Whatever is written reads back equal: ids with any characters, any finite numbers.</summary>
public sealed class CustomerSummaryCsvProperties
{
    [Property(MaxTest = 300, Arbitrary = [typeof(SummaryArbitraries)])]
    public bool Summaries_written_then_read_are_equal(CustomerSummary[] summaries)
    {
        var writer = new StringWriter();
        CustomerSummaryCsv.Write(writer, summaries);

        return CustomerSummaryCsv.Read(new StringReader(writer.ToString())).SequenceEqual(summaries);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(SummaryArbitraries)])]
    public bool Calibration_holdout_summaries_written_then_read_are_equal(CustomerSummary[] summaries, NormalFloat money, PositiveInt count)
    {
        CalibrationHoldoutSummary[] rows = [.. summaries.Select((s, i) => new CalibrationHoldoutSummary(s, (count.Get + i) % 50, money.Get * i, Math.Abs(money.Get)))];
        var writer = new StringWriter();
        CustomerSummaryCsv.Write(writer, rows);

        return CustomerSummaryCsv.ReadCalibrationHoldout(new StringReader(writer.ToString())).SequenceEqual(rows);
    }
}
