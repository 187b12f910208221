using System.CommandLine;
using System.Globalization;
using CustomerValue.Analysis;
using CustomerValue.Charts;
using CustomerValue.Cli.Analyze;
using CustomerValue.Segmentation;
using Spectre.Console;

namespace CustomerValue.Cli.Commands;

/// <summary>
/// <c>customervalue analyze</c>: the main job. A transaction log (or the embedded sample) in; model comparison, scores,
/// CLV, segments and loyalty out, as terminal tables and as report.html, PNG charts, customers.csv and summary.json.
/// </summary>
internal static class AnalyzeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new TransactionInput();
        var outDir = new Option<string>("--out") { Description = "Folder for report.html, the PNG charts, customers.csv and summary.json (replaced atomically).", DefaultValueFactory = _ => "customervalue-report" };
        var period = new Option<TimePeriod>("--period") { Description = "Purchases within one period merge into one purchase occasion.", DefaultValueFactory = _ => TimePeriod.Day };
        var unit = new Option<TimePeriod>("--unit") { Description = "Time unit of the models.", DefaultValueFactory = _ => TimePeriod.Week };
        var observationEnd = new Option<DateTime?>("--observation-end") { Description = "Last day of observation (yyyy-MM-dd). Default: the latest transaction.", CustomParser = DateOptionParser.Parse };
        var calibrationEnd = new Option<DateTime?>("--calibration-end") { Description = "Last day of the calibration period. Default: halfway through the log.", CustomParser = DateOptionParser.Parse };
        var horizon = new Option<double>("--horizon") { Description = "Prediction horizon in time units.", DefaultValueFactory = _ => 52.0 };
        var margin = new Option<double>("--margin") { Description = "Profit margin for CLV and the whale curve, 0 to 1.", DefaultValueFactory = _ => 1.0 };
        var discount = new Option<double>("--discount-rate") { Description = "CLV discount rate per month.", DefaultValueFactory = _ => 0.01 };
        var engine = new Option<string>("--engine") { Description = "memory (default), or duckdb: aggregate the log inside DuckDB (summaries, split, yearly activity, one row per customer and purchase day), for CSV or Parquet files or globs such as 'logs/*.parquet' of any size (needs --transactions).", DefaultValueFactory = _ => "memory" };
        engine.AcceptOnlyFromAmong("memory", "duckdb");

        var command = new Command("analyze", "The whole pipeline: summaries, model comparison on a holdout period, P(alive), expected purchases, CLV, segments and loyalty, with an HTML report.");
        input.AddTo(command);
        foreach (Option option in new Option[] { outDir, period, unit, observationEnd, calibrationEnd, horizon, margin, discount, engine })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var options = new AnalysisOptions
            {
                Period = parsed.GetValue(period),
                Unit = parsed.GetValue(unit),
                ObservationEnd = parsed.GetValue(observationEnd),
                CalibrationEnd = parsed.GetValue(calibrationEnd),
                Horizon = parsed.GetValue(horizon),
                Margin = parsed.GetValue(margin),
                DiscountRate = parsed.GetValue(discount),
            };
            string source = input.HasFile(parsed) ? Path.GetFileName(parsed.GetResult(input.File)!.Tokens[0].Value) : "embedded sample";

            // Aggregate the whole log first (in DuckDB, or in memory), so that a bad row stops the run before anything is written.
            AnalysisInput data = parsed.GetValue(engine) == "duckdb"
                ? AggregateWithDuckDb(parsed, input, options)
                : AnalysisInput.FromTransactions([.. input.Read(parsed, error)], options);
            AnalysisResult result = CustomerAnalysis.Run(data, new SynchronousProgress(error));
            IReadOnlyList<ChartImage> charts = AnalysisReport.Charts(result);
            string html = AnalysisReport.Html(result, charts, source);

            string target = parsed.GetValue(outDir)!;
            ReportDirectory.Write(target, folder =>
            {
                File.WriteAllText(Path.Combine(folder, "report.html"), html);
                foreach (ChartImage chart in charts)
                {
                    File.WriteAllBytes(Path.Combine(folder, chart.Name + ".png"), chart.Png.ToArray());
                }

                using (var csv = new StreamWriter(Path.Combine(folder, "customers.csv")))
                {
                    CustomersCsv.Write(csv, result);
                }

                using FileStream json = File.Create(Path.Combine(folder, "summary.json"));
                AnalysisJson.Write(json, result);
            });

            PrintSummary(output, result, Path.GetFullPath(target));
            return 0;
        });
        return command;
    }

    private static AnalysisInput AggregateWithDuckDb(ParseResult parsed, TransactionInput input, AnalysisOptions options)
    {
        string path = input.RawPath(parsed) ?? throw new CommandLineException("--engine duckdb needs --transactions (a CSV or Parquet file, or a glob such as 'logs/*.parquet').");
        CustomerValue.DuckDb.DuckDbLogOptions logOptions = input.DuckDbOptions(parsed);
        return TransactionInput.WithDuckDb(path, () => CustomerValue.DuckDb.DuckDbAnalysisInput.Build(path, logOptions, options));
    }

    private static void PrintSummary(TextWriter output, AnalysisResult result, string folder)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect, ColorSystem = ColorSystemSupport.Detect });
        CultureInfo c = CultureInfo.InvariantCulture;

        var models = new Table().Title("Models (calibration fit, holdout error)").AddColumns("model", "log-likelihood", "AIC", "holdout MAE", "holdout predicted", "holdout actual");
        foreach (ModelEvaluation e in result.Evaluations)
        {
            models.AddRow(Markup.Escape(e.Name), e.LogLikelihood.ToString("F2", c), e.Aic.ToString("F2", c), e.HoldoutMeanAbsoluteError.ToString("F4", c), e.HoldoutPredictedTotal.ToString("F0", c), e.HoldoutActualTotal.ToString("F0", c));
        }

        console.Write(models);
        var segments = new Table().Title("RFM segments").AddColumns("segment", "customers", "value", "share");
        foreach (Segment s in result.Segments.Rfm.Segmentation.Segments.OrderByDescending(s => s.Value))
        {
            segments.AddRow(Markup.Escape(s.Name), s.Customers.ToString("N0", c), s.Value.ToString("N2", c), s.Share.ToString("P1", c));
        }

        console.Write(segments);
        var risk = new Table().Title("Customers most at risk (highest past spend, 0.1 <= P(alive) < 0.5)").AddColumns("customer", "P(alive)", "total spend", "CLV");
        foreach (CustomerScore s in AnalysisReport.AtRisk(result))
        {
            risk.AddRow(Markup.Escape(s.Summary.CustomerId), s.ProbabilityAlive.ToString("F3", c), s.TotalSpend.ToString("N2", c), s.Clv?.ToString("N2", c) ?? "-");
        }

        console.Write(risk);
        console.WriteLine(AnalysisReport.Headline(result));
        console.WriteLine($"Report: {Path.Combine(folder, "report.html")}");
    }

    /// <summary>Reports each step as it starts, on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(TextWriter error) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine($"  {value}…");
    }
}
