using System.CommandLine;
using System.Globalization;
using System.Text;
using CustomerValue.Economics;
using CustomerValue.Switching;

namespace CustomerValue.Cli.Commands;

/// <summary>
/// <c>customervalue whatif</c>: what a change of one switching-cost facet (or all of them, or satisfaction) by some rating points
/// does to churn, retention and customer value — by the relationship-value formula and by the contractual sBG model — for
/// the base and per customer (see docs/switching-costs.md).
/// </summary>
internal static class WhatIfCommand
{
    /// <summary>The CSV header of the per-customer output.</summary>
    public const string CsvHeader = "customer_id,churn_before,churn_after,value_before,value_after,contractual_value_before,contractual_value_after,clamped,captive_not_loyal";

    /// <summary>Builds the command; results go to <paramref name="output"/> unless <c>--out</c> names a file, notes to <paramref name="error"/>.</summary>
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var input = new SwitchingInput();
        var facet = new Option<string>("--facet") { Description = $"What changes: a facet ({string.Join(", ", SwitchingCostFacets.ColumnNames)}), 'all' facets, or 'satisfaction'.", DefaultValueFactory = _ => "all" };
        var delta = new Option<double>("--delta") { Description = "The change in rating points on the 1-7 scale (for example 1 or -0.5).", DefaultValueFactory = _ => 1.0 };
        var margin = new Option<double>("--margin") { Description = "Margin per customer per period (money).", DefaultValueFactory = _ => 1.0 };
        var discount = new Option<double>("--discount-rate") { Description = "Discount rate per period.", DefaultValueFactory = _ => 0.1 };
        var timing = new Option<PaymentTiming>("--timing") { Description = "When the first margin is paid.", DefaultValueFactory = _ => PaymentTiming.FirstPaymentNow };
        var horizon = new Option<int?>("--horizon") { Description = "Periods of the relationship (default: unbounded)." };
        var concentration = new Option<double>("--concentration") { Description = "sBG: concentration kappa of each customer's churn around its prediction (large = certain).", DefaultValueFactory = _ => 10.0 };
        var format = new Option<string>("--format") { Description = "Output: text, json, or csv (per customer).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var outFile = new Option<string?>("--out") { Description = "Write the result to this file (atomically) instead of standard output." };

        var command = new Command("whatif", "What is a point of switching cost (or satisfaction) worth? The change in churn, retention and customer value, for the base and per customer.");
        input.AddTo(command);
        foreach (Option option in new Option[] { facet, delta, margin, discount, timing, horizon, concentration, format, outFile })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            SwitchingChange change = ChangeFor(parsed.GetValue(facet)!, parsed.GetValue(delta));
            CustomerValuationOptions valuation;
            SwitchingWhatIf engine;
            try
            {
                valuation = new CustomerValuationOptions
                {
                    Margin = parsed.GetValue(margin),
                    DiscountRate = parsed.GetValue(discount),
                    Timing = parsed.GetValue(timing),
                    HorizonPeriods = parsed.GetValue(horizon),
                    Concentration = parsed.GetValue(concentration),
                };
                engine = new SwitchingWhatIf(SwitchingCostAnalysis.Default, valuation);
            }
            catch (ArgumentException e)
            {
                throw new CommandLineException($"Invalid valuation option: {e.Message.Split(" (Parameter", 2)[0]}");
            }

            WhatIfResult result = engine.Evaluate(input.Read(parsed).Select(r => r.ToCustomer()), change);
            string chosen = parsed.GetValue(format)!;
            OutputTarget.Write(parsed.GetValue(outFile), output, writer => writer.WriteLine(chosen switch
            {
                "json" => Json(result),
                "csv" => Csv(result),
                _ => Text(result),
            }));
            if (result.CaptiveNotLoyalCustomers > 0)
            {
                error.WriteLine($"customervalue: warning: the change leaves {result.CaptiveNotLoyalCustomers} customers captive, not loyal; {N(result.CaptiveNotLoyalValueChange)} of the value gain is held by barriers, not by satisfaction or relationships.");
            }

            return 0;
        });
        return command;
    }

    private static SwitchingChange ChangeFor(string target, double points)
    {
        if (!double.IsFinite(points))
        {
            throw new CommandLineException($"--delta must be a finite number of rating points, but was {points.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (string.Equals(target, "all", StringComparison.OrdinalIgnoreCase))
        {
            return SwitchingChange.OfAllFacets(points);
        }

        if (string.Equals(target, "satisfaction", StringComparison.OrdinalIgnoreCase))
        {
            return SwitchingChange.OfSatisfaction(points);
        }

        return SwitchingCostFacets.TryParse(target, out SwitchingCostFacet? f)
            ? SwitchingChange.OfFacet(f.Value, points)
            : throw new CommandLineException($"--facet '{target}' is not a facet; use one of {string.Join(", ", SwitchingCostFacets.ColumnNames)}, all or satisfaction.");
    }

    private static string N(double value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static IEnumerable<(string Name, double Value)> Figures(WhatIfResult r) =>
    [
        ("customers", r.Count),
        ("meanChurnBefore", r.MeanChurnBefore),
        ("meanChurnAfter", r.MeanChurnAfter),
        ("meanRetentionBefore", r.MeanRetentionBefore),
        ("meanRetentionAfter", r.MeanRetentionAfter),
        ("valueBefore", r.TotalValueBefore),
        ("valueAfter", r.TotalValueAfter),
        ("valueChange", r.ValueChange),
        ("valueChangePerCustomerPerPoint", r.ValueChangePerCustomerPerPoint),
        ("contractualValueBefore", r.TotalContractualValueBefore),
        ("contractualValueAfter", r.TotalContractualValueAfter),
        ("contractualValueChange", r.ContractualValueChange),
        ("contractualValueChangePerCustomerPerPoint", r.ContractualValueChangePerCustomerPerPoint),
        ("clampedCustomers", r.ClampedCustomers),
        ("captiveNotLoyalCustomers", r.CaptiveNotLoyalCustomers),
        ("captiveNotLoyalValueChange", r.CaptiveNotLoyalValueChange),
    ];

    private static (double Min, double Median, double Max) Spread(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        int mid = sorted.Length / 2;
        double median = sorted.Length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
        return (sorted[0], median, sorted[^1]);
    }

    private static string Text(WhatIfResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"change",-42} {result.Change}");
        foreach ((string name, double value) in Figures(result))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name,-42} {N(value)}");
        }

        text.AppendLine("per customer (min / median / max):");
        foreach ((string name, Func<CustomerWhatIf, double> pick) in new (string, Func<CustomerWhatIf, double>)[]
        {
            ("churnChange", c => c.ChurnChange),
            ("valueChange", c => c.ValueChange),
            ("contractualValueChange", c => c.ContractualValueChange),
        })
        {
            (double min, double median, double max) = Spread(result.Customers.Select(pick));
            text.AppendLine(CultureInfo.InvariantCulture, $"  {name,-40} {N(min)} / {N(median)} / {N(max)}");
        }

        return text.ToString().TrimEnd();
    }

    private static string Csv(WhatIfResult result)
    {
        var text = new StringBuilder(CsvHeader);
        foreach (CustomerWhatIf c in result.Customers)
        {
            text.AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"{Cli.Csv.Field(c.CustomerId)},{string.Join(',', new[] { c.ChurnBefore, c.ChurnAfter, c.ValueBefore, c.ValueAfter, c.ContractualValueBefore, c.ContractualValueAfter }.Select(Cli.Csv.Number))},{(c.Clamped ? 1 : 0)},{(c.CaptiveNotLoyal ? 1 : 0)}");
        }

        return text.ToString();
    }

    private static string Json(WhatIfResult result) => CliJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("change", result.Change.ToString());
        foreach ((string name, double value) in Figures(result))
        {
            writer.WriteNumber(name, value);
        }

        writer.WriteStartArray("customers");
        foreach (CustomerWhatIf c in result.Customers)
        {
            writer.WriteStartObject();
            writer.WriteString("customer_id", c.CustomerId);
            writer.WriteNumber("churnBefore", c.ChurnBefore);
            writer.WriteNumber("churnAfter", c.ChurnAfter);
            writer.WriteNumber("valueBefore", c.ValueBefore);
            writer.WriteNumber("valueAfter", c.ValueAfter);
            writer.WriteNumber("contractualValueBefore", c.ContractualValueBefore);
            writer.WriteNumber("contractualValueAfter", c.ContractualValueAfter);
            writer.WriteBoolean("clamped", c.Clamped);
            writer.WriteBoolean("captiveNotLoyal", c.CaptiveNotLoyal);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
