using System.CommandLine;
using System.Globalization;
using CustomerValue.Switching;

namespace CustomerValue.Cli.Commands;

/// <summary>
/// <c>customervalue switching</c>: scores a switching-cost survey — the eight facet scores, the procedural, financial and
/// relational group scores and the total (all on 0–1), and the churn probability of the default logistic model (see
/// docs/switching-costs.md).
/// </summary>
internal static class SwitchingCommand
{
    /// <summary>The CSV header of the output.</summary>
    public static readonly string CsvHeader =
        $"customer_id,{string.Join(',', SwitchingCostFacets.ColumnNames)},procedural,financial,relational,total,churn_probability";

    /// <summary>Builds the command; results go to <paramref name="output"/> unless <c>--out</c> names a file, notes to <paramref name="error"/>.</summary>
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var input = new SwitchingInput();
        var format = new Option<string>("--format") { Description = "Output: table, csv or json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var outFile = new Option<string?>("--out") { Description = "Write the result to this file (atomically) instead of standard output." };

        var command = new Command("switching", "Score switching costs from a survey: facet, group and total scores (0-1) and churn probability per customer.");
        input.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(outFile);
        command.SetAction(parsed =>
        {
            SwitchingAssessment[] assessed = [.. input.Read(parsed).Select(SwitchingCostAnalysis.Default.Assess)];
            string chosen = parsed.GetValue(format)!;
            OutputTarget.Write(parsed.GetValue(outFile), output, writer =>
            {
                switch (chosen)
                {
                    case "json":
                        writer.WriteLine(Json(assessed));
                        break;
                    case "table":
                        WriteTable(writer, assessed);
                        break;
                    default:
                        WriteCsv(writer, assessed);
                        break;
                }
            });

            int captive = assessed.Count(a => a.Captive);
            if (captive > 0)
            {
                error.WriteLine($"customervalue: {captive} of {assessed.Length} customers are captive, not loyal (dissatisfied, held by procedural or financial costs without relational ones).");
            }

            return 0;
        });
        return command;
    }

    private static IEnumerable<double> Values(SwitchingAssessment a) =>
        [.. a.Score.Facets.ToArray(), a.Score.Procedural, a.Score.Financial, a.Score.Relational, a.Score.Total, a.ChurnProbability];

    private static void WriteCsv(TextWriter writer, IEnumerable<SwitchingAssessment> assessed)
    {
        writer.WriteLine(CsvHeader);
        foreach (SwitchingAssessment a in assessed)
        {
            writer.WriteLine($"{Csv.Field(a.CustomerId)},{string.Join(',', Values(a).Select(Csv.Number))}");
        }
    }

    private static void WriteTable(TextWriter writer, IReadOnlyList<SwitchingAssessment> assessed)
    {
        string[] columns = ["customer", "econ", "eval", "learn", "setup", "benefit", "money", "person", "brand", "proc", "fin", "rel", "total", "churn", "captive"];
        int idWidth = Math.Max(columns[0].Length, assessed.Max(a => a.CustomerId.Length));
        writer.WriteLine(string.Join(' ', columns.Select((c, i) => i == 0 ? c.PadRight(idWidth) : c.PadLeft(7))));
        foreach (SwitchingAssessment a in assessed)
        {
            IEnumerable<string> cells = Values(a).Select(v => v.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(7));
            writer.WriteLine($"{a.CustomerId.PadRight(idWidth)} {string.Join(' ', cells)} {(a.Captive ? "yes" : "no"),7}");
        }
    }

    private static string Json(IEnumerable<SwitchingAssessment> assessed) => CliJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("churnModel", LogisticChurnModel.Default.ToString());
        writer.WriteStartArray("customers");
        foreach (SwitchingAssessment a in assessed)
        {
            writer.WriteStartObject();
            writer.WriteString("customer_id", a.CustomerId);
            foreach (SwitchingCostFacet facet in SwitchingCostFacets.All)
            {
                writer.WriteNumber(SwitchingCostFacets.ColumnName(facet), a.Score.Facets[facet]);
            }

            writer.WriteNumber("procedural", a.Score.Procedural);
            writer.WriteNumber("financial", a.Score.Financial);
            writer.WriteNumber("relational", a.Score.Relational);
            writer.WriteNumber("total", a.Score.Total);
            writer.WriteNumber("satisfaction", a.Satisfaction);
            writer.WriteNumber("churn_probability", a.ChurnProbability);
            writer.WriteBoolean("captive_not_loyal", a.Captive);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
