using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CustomerValue.Loyalty;

namespace CustomerValue.Cli.Commands;

/// <summary>
/// <c>customervalue loyalty</c>: each customer's yearly purchase occasions a, distinct products b, units c, spend d and the
/// default purchase-behaviour loyalty F = G(a, b, c, d), calibrated against the customers of the same year, with the loyal
/// share (F ≥ threshold). See docs/loyalty.md.
/// </summary>
internal static class LoyaltyCommand
{
    /// <summary>Builds the command; results go to <paramref name="output"/> unless <c>--out</c> names a file, and the loyal share of CSV output to <paramref name="error"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new TransactionInput();
        var year = new Option<int?>("--year") { Description = "Score only this calendar year (default: every year in the log, each calibrated on its own customers)." };
        var threshold = new Option<double>("--threshold") { Description = "Loyal when F reaches this value, 0 to 1.", DefaultValueFactory = _ => PurchaseLoyalty.DefaultThreshold };
        var period = new Option<TimePeriod>("--period") { Description = "Purchases within one period count as one purchase occasion (a).", DefaultValueFactory = _ => TimePeriod.Day };
        var format = new Option<string>("--format") { Description = "Output: table, csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var outFile = new Option<string?>("--out") { Description = "Write the result to this file (atomically) instead of standard output." };

        var command = new Command("loyalty", "Purchase-behaviour loyalty F = G(a, b, c, d) per customer and year (seed 000 篇5), and the loyal share.");
        input.AddTo(command);
        foreach (Option option in new Option[] { year, threshold, period, format, outFile })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            double cut = parsed.GetValue(threshold);
            if (!(cut >= 0 && cut <= 1))
            {
                throw new CommandLineException($"--threshold must be between 0 and 1, but was {cut.ToString(CultureInfo.InvariantCulture)}.");
            }

            var builder = new YearlyActivityBuilder(parsed.GetValue(period));
            builder.AddRange(input.Read(parsed, error));
            IReadOnlyList<YearlyActivity> all = builder.Build();
            if (all.Count == 0)
            {
                throw new CommandLineException("The transaction log has no transactions.");
            }

            List<LoyaltyYear> years = Score(all, parsed.GetValue(year), cut);
            string shown = parsed.GetValue(format) ?? "table";
            OutputTarget.Write(parsed.GetValue(outFile), output, writer =>
            {
                switch (shown)
                {
                    case "csv":
                        WriteCsv(writer, years);
                        break;
                    case "json":
                        WriteJson(writer, years, cut);
                        break;
                    default:
                        WriteTable(writer, years);
                        break;
                }
            });

            if (shown == "csv")
            {
                foreach (LoyaltyYear y in years)
                {
                    error.WriteLine($"customervalue: {ShareLine(y)}");
                }
            }

            return 0;
        });
        return command;
    }

    private static List<LoyaltyYear> Score(IReadOnlyList<YearlyActivity> all, int? onlyYear, double threshold)
    {
        var years = new List<LoyaltyYear>();
        foreach (IGrouping<int, YearlyActivity> group in all.GroupBy(r => r.Year).OrderBy(g => g.Key))
        {
            if (onlyYear is { } wanted && group.Key != wanted)
            {
                continue;
            }

            YearlyActivity[] rows = [.. group];
            var scores = new double[rows.Length];
            BalancedLoyaltyModel model = BalancedLoyaltyModel.FromPopulation(rows);
            model.Score(rows, scores);
            years.Add(new LoyaltyYear(group.Key, rows, scores, model.Calibration, threshold));
        }

        if (years.Count == 0)
        {
            int first = all.Min(r => r.Year);
            int last = all.Max(r => r.Year);
            throw new CommandLineException($"The log has no transactions in {onlyYear}; it covers {first}–{last}.");
        }

        return years;
    }

    private static string ShareLine(LoyaltyYear y) => string.Create(
        CultureInfo.InvariantCulture,
        $"loyal share {y.Year}: {y.LoyalShare:P1} ({y.Loyal} of {y.Rows.Length} customers with F >= {y.Threshold})");

    private static void WriteCsv(TextWriter writer, List<LoyaltyYear> years)
    {
        writer.WriteLine("customer_id,year,a,b,c,d,loyalty,loyal");
        foreach (LoyaltyYear y in years)
        {
            for (int i = 0; i < y.Rows.Length; i++)
            {
                YearlyActivity r = y.Rows[i];
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Csv.Field(r.CustomerId)},{r.Year},{r.PurchaseCount},{r.DistinctProducts},{r.Units},{r.Spend},{Csv.Number(y.Scores[i])},{(y.IsLoyal(i) ? "true" : "false")}"));
            }
        }
    }

    private static void WriteTable(TextWriter writer, List<LoyaltyYear> years)
    {
        int width = Math.Max("customer_id".Length, years.SelectMany(y => y.Rows).Max(r => r.CustomerId.Length));
        CultureInfo c = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(c, $"{"customer_id".PadRight(width)}  year      a     b         c            d  loyalty  loyal"));
        foreach (LoyaltyYear y in years)
        {
            for (int i = 0; i < y.Rows.Length; i++)
            {
                YearlyActivity r = y.Rows[i];
                string loyal = y.IsLoyal(i) ? "yes" : "no";
                writer.WriteLine(string.Create(c, $"{r.CustomerId.PadRight(width)}  {r.Year,4} {r.PurchaseCount,6} {r.DistinctProducts,5} {r.Units,9:0.##} {r.Spend,12:0.00}  {y.Scores[i],7:0.0000}  {loyal}"));
            }
        }

        writer.WriteLine();
        foreach (LoyaltyYear y in years)
        {
            writer.WriteLine(ShareLine(y));
        }
    }

    private static void WriteJson(TextWriter writer, List<LoyaltyYear> years, double threshold)
    {
        writer.WriteLine(CliJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("threshold", threshold);
            json.WriteStartArray("years");
            foreach (LoyaltyYear y in years)
            {
                json.WriteStartObject();
                json.WriteNumber("year", y.Year);
                json.WriteNumber("customers", y.Rows.Length);
                json.WriteNumber("loyal", y.Loyal);
                json.WriteNumber("loyalShare", y.LoyalShare);
                json.WriteStartObject("anchors");
                foreach ((string name, LoyaltyAnchor anchor) in new[]
                {
                    ("a", y.Calibration.PurchaseCount), ("b", y.Calibration.DistinctProducts), ("c", y.Calibration.Units), ("d", y.Calibration.Spend),
                })
                {
                    json.WriteStartObject(name);
                    json.WriteNumber("typical", anchor.Typical);
                    json.WriteNumber("strong", anchor.Strong);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("customers");
            foreach (LoyaltyYear y in years)
            {
                for (int i = 0; i < y.Rows.Length; i++)
                {
                    YearlyActivity r = y.Rows[i];
                    json.WriteStartObject();
                    json.WriteString("customerId", r.CustomerId);
                    json.WriteNumber("year", r.Year);
                    json.WriteNumber("a", r.PurchaseCount);
                    json.WriteNumber("b", r.DistinctProducts);
                    json.WriteNumber("c", r.Units);
                    json.WriteNumber("d", r.Spend);
                    json.WriteNumber("loyalty", y.Scores[i]);
                    json.WriteBoolean("loyal", y.IsLoyal(i));
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }
}
