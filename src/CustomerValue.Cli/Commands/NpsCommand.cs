using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerValue.Loyalty;

namespace CustomerValue.Cli.Commands;

/// <summary><c>customervalue nps</c>: the Net Promoter Score of a survey with its confidence interval (see docs/loyalty.md).</summary>
internal static class NpsCommand
{
    /// <summary>Builds the command; results go to <paramref name="output"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var scores = new Option<FileInfo>("--scores") { Description = "The survey: one 0-10 likelihood-to-recommend answer per line.", Required = true };
        var format = new Option<string>("--format") { Description = "Output: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var level = new Option<double>("--confidence") { Description = "Confidence level of the interval, between 0 and 1.", DefaultValueFactory = _ => NetPromoterScore.DefaultConfidenceLevel };
        var interval = new Option<string>("--interval") { Description = "Interval method: adjusted-wald (Rocks 2016) or wald.", DefaultValueFactory = _ => "adjusted-wald" };
        interval.AcceptOnlyFromAmong("adjusted-wald", "wald");

        var command = new Command("nps", "Net Promoter Score (promoters 9-10 minus detractors 0-6, in points) with a confidence interval.");
        command.Options.Add(scores);
        command.Options.Add(format);
        command.Options.Add(level);
        command.Options.Add(interval);
        command.SetAction(parsed =>
        {
            double confidence = parsed.GetValue(level);
            if (!(confidence > 0 && confidence < 1))
            {
                throw new CommandLineException($"--confidence must be between 0 and 1 (exclusive), but was {confidence.ToString(CultureInfo.InvariantCulture)}.");
            }

            FileInfo file = parsed.GetValue(scores)!;
            int[] answers = NpsScoresFile.Read(file, parsed.GetResult(scores)?.Tokens[0].Value ?? file.FullName);
            NpsIntervalMethod method = parsed.GetValue(interval) == "wald" ? NpsIntervalMethod.Wald : NpsIntervalMethod.AdjustedWald;
            NpsResult nps = NetPromoterScore.Compute(answers, confidence, method);
            output.WriteLine(parsed.GetValue(format) == "json" ? Json(nps) : Text(nps));
            return 0;
        });
        return command;
    }

    private static string Json(NpsResult nps)
    {
        return CliJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("nps", nps.Score);
            writer.WriteNumber("promoters", nps.Promoters);
            writer.WriteNumber("passives", nps.Passives);
            writer.WriteNumber("detractors", nps.Detractors);
            writer.WriteNumber("responses", nps.Responses);
            writer.WriteNumber("lower", nps.Lower);
            writer.WriteNumber("upper", nps.Upper);
            writer.WriteNumber("confidenceLevel", nps.ConfidenceLevel);
            writer.WriteString("interval", nps.Method == NpsIntervalMethod.Wald ? "wald" : "adjusted-wald");
            writer.WriteEndObject();
        });
    }

    private static string Text(NpsResult nps)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        string method = nps.Method == NpsIntervalMethod.Wald ? "Wald" : "adjusted Wald";
        return string.Create(c, $"NPS {nps.Score:0.0} ({nps.ConfidenceLevel * 100:0.##}% interval {nps.Lower:0.0} to {nps.Upper:0.0}, {method})")
            + Environment.NewLine
            + string.Create(c, $"promoters {nps.Promoters} ({nps.PromoterShare:P1}), passives {nps.Passives}, detractors {nps.Detractors} ({nps.DetractorShare:P1}), responses {nps.Responses}");
    }
}
