using System.CommandLine;
using CustomerValue.IO;
using CustomerValue.Simulation;

namespace CustomerValue.Cli;

/// <summary>
/// The <c>--summary</c> option: a customer-summary CSV (as written by <c>summarize</c>), or without it the embedded sample
/// log summarised by day in weeks up to its last day.
/// </summary>
internal sealed class SummaryInput
{
    private readonly Option<FileInfo?> _file = new("--summary") { Description = "Customer summary CSV (customer_id,frequency,recency,T[,monetary_value]). Without it, the embedded sample, summarised by day in weeks." };

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => command.Options.Add(_file);

    /// <summary>The named file, which must exist, for inputs that have no embedded sample; <paramref name="what"/> says what it must hold.</summary>
    public string RequireFile(ParseResult parsed, string what)
    {
        FileInfo file = parsed.GetValue(_file) ?? throw new CommandLineException($"--summary is required here: {what}.");
        return file.Exists ? file.FullName : throw new CommandLineException($"The summary file '{parsed.GetResult(_file)?.Tokens[0].Value ?? file.FullName}' does not exist.");
    }

    /// <summary>The summaries, in file order.</summary>
    public CustomerSummary[] Read(ParseResult parsed)
    {
        FileInfo? file = parsed.GetValue(_file);
        if (file is null)
        {
            return EmbeddedSample();
        }

        if (!file.Exists)
        {
            throw new CommandLineException($"The summary file '{parsed.GetResult(_file)?.Tokens[0].Value ?? file.FullName}' does not exist.");
        }

        CustomerSummary[] customers = [.. CustomerSummaryCsv.ReadFile(file.FullName)];
        return customers.Length > 0 ? customers : throw new CommandLineException($"The summary file '{file.FullName}' has no customers.");
    }

    /// <summary>The embedded sample log summarised by day, in weeks, up to the log's last day.</summary>
    public static CustomerSummary[] EmbeddedSample()
    {
        TransactionLogSimulationOptions sample = TransactionLogSimulator.SampleOptions;
        var builder = new CustomerSummaryBuilder(TimePeriod.Day);
        builder.AddRange(TransactionLogSimulator.Generate(sample));
        return [.. builder.Build(new SummaryOptions(sample.End) { Unit = TimePeriod.Week }).Customers];
    }
}
