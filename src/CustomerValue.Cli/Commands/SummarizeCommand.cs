using System.CommandLine;
using CustomerValue.IO;

namespace CustomerValue.Cli.Commands;

/// <summary><c>customervalue summarize</c>: a transaction log to per-customer frequency, recency, T and mean repeat spend.</summary>
internal static class SummarizeCommand
{
    /// <summary>Builds the command; results go to <paramref name="output"/> unless <c>--out</c> names a file.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new TransactionInput();
        var period = new Option<TimePeriod>("--period") { Description = "Purchases within one period merge into one purchase occasion.", DefaultValueFactory = _ => TimePeriod.Day };
        var unit = new Option<TimePeriod>("--unit") { Description = "Unit of recency, T and holdout duration (weeks = days / 7 with --period day).", DefaultValueFactory = _ => TimePeriod.Week };
        var observationEnd = new Option<DateTime?>("--observation-end") { Description = "Last day of observation, inclusive (yyyy-MM-dd). Default: the day of the latest transaction.", CustomParser = DateOptionParser.Parse };
        var calibrationEnd = new Option<DateTime?>("--calibration-end") { Description = "Last day of the calibration period (yyyy-MM-dd): adds frequency_holdout, monetary_value_holdout, duration_holdout.", CustomParser = DateOptionParser.Parse };
        var outFile = new Option<string?>("--out") { Description = "Write the CSV to this file (atomically) instead of standard output." };
        var engine = new Option<string>("--engine") { Description = "memory (default), or duckdb: summarise inside DuckDB, for CSV or Parquet files or globs of any size (needs --transactions and --observation-end).", DefaultValueFactory = _ => "memory" };
        engine.AcceptOnlyFromAmong("memory", "duckdb");

        var command = new Command("summarize", "Summarise a transaction log: customer_id,frequency,recency,T,monetary_value (CSV).");
        input.AddTo(command);
        command.Options.Add(period);
        command.Options.Add(unit);
        command.Options.Add(observationEnd);
        command.Options.Add(calibrationEnd);
        command.Options.Add(outFile);
        command.Options.Add(engine);
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(engine) == "duckdb")
            {
                SummarizeInDuckDb(parsed, input, period, unit, observationEnd, calibrationEnd, outFile, output, error);
                return 0;
            }

            var builder = new CustomerSummaryBuilder(parsed.GetValue(period));
            DateTime latest = DateTime.MinValue;
            foreach (Transaction transaction in input.Read(parsed, error))
            {
                builder.Add(transaction);
                latest = transaction.Timestamp > latest ? transaction.Timestamp : latest;
            }

            if (builder.TransactionCount == 0)
            {
                throw new CommandLineException("The transaction log has no transactions.");
            }

            var options = new SummaryOptions((parsed.GetValue(observationEnd) ?? latest).Date)
            {
                Period = parsed.GetValue(period),
                Unit = parsed.GetValue(unit),
                CalibrationEnd = parsed.GetValue(calibrationEnd),
            };

            if (options.CalibrationEnd is null)
            {
                CustomerSummarySet set = builder.Build(options);
                OutputTarget.Write(parsed.GetValue(outFile), output, writer => CustomerSummaryCsv.Write(writer, set.Customers));
                Report(error, set.Customers.Count, set.CustomersStartingAfterEnd, set.CustomersWithoutPurchases, "observation end");
            }
            else
            {
                CalibrationHoldoutSet split = builder.BuildCalibrationHoldout(options);
                OutputTarget.Write(parsed.GetValue(outFile), output, writer => CustomerSummaryCsv.Write(writer, split.Customers));
                Report(error, split.Customers.Count, split.CustomersStartingAfterCalibration, split.CustomersWithoutPurchases, "calibration end");
            }

            return 0;
        });
        return command;
    }

    private static void SummarizeInDuckDb(
        ParseResult parsed, TransactionInput input, Option<TimePeriod> period, Option<TimePeriod> unit, Option<DateTime?> observationEnd,
        Option<DateTime?> calibrationEnd, Option<string?> outFile, TextWriter output, TextWriter error)
    {
        string path = input.RawPath(parsed) ?? throw new CommandLineException("--engine duckdb needs --transactions (a CSV or Parquet file, or a glob such as 'logs/*.parquet').");
        DateTime end = parsed.GetValue(observationEnd) ?? throw new CommandLineException("--engine duckdb needs --observation-end.");
        var options = new SummaryOptions(end) { Period = parsed.GetValue(period), Unit = parsed.GetValue(unit), CalibrationEnd = parsed.GetValue(calibrationEnd) };
        CustomerValue.DuckDb.DuckDbLogOptions log = input.DuckDbOptions(parsed);
        if (options.CalibrationEnd is null)
        {
            CustomerSummarySet set = TransactionInput.WithDuckDb(path, () => CustomerValue.DuckDb.DuckDbSummaries.Build(path, log, options));
            OutputTarget.Write(parsed.GetValue(outFile), output, writer => CustomerSummaryCsv.Write(writer, set.Customers));
            Report(error, set.Customers.Count, set.CustomersStartingAfterEnd, set.CustomersWithoutPurchases, "observation end");
        }
        else
        {
            CalibrationHoldoutSet split = TransactionInput.WithDuckDb(path, () => CustomerValue.DuckDb.DuckDbSummaries.BuildCalibrationHoldout(path, log, options));
            OutputTarget.Write(parsed.GetValue(outFile), output, writer => CustomerSummaryCsv.Write(writer, split.Customers));
            Report(error, split.Customers.Count, split.CustomersStartingAfterCalibration, split.CustomersWithoutPurchases, "calibration end");
        }
    }

    private static void Report(TextWriter error, int summarised, int startingLater, int withoutPurchases, string end)
    {
        if (startingLater > 0 || withoutPurchases > 0)
        {
            error.WriteLine($"customervalue: summarised {summarised} customers; not summarised: {startingLater} first buying after the {end}, {withoutPurchases} with returns only.");
        }
    }
}
