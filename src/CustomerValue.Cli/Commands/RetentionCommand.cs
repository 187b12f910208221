using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerValue.Economics;

namespace CustomerValue.Cli.Commands;

/// <summary><c>customervalue retention</c>: the "acquire or retain" calculator (see docs/retention-economics.md).</summary>
internal static class RetentionCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var acquisitionSpend = new Option<double>("--acquisition-spend") { Description = "Money spent on acquisition.", Required = true };
        var customersWon = new Option<long>("--customers-won") { Description = "New customers won with it.", Required = true };
        var retentionSpend = new Option<double>("--retention-spend") { Description = "Money spent on retention.", DefaultValueFactory = _ => 0.0 };
        var customersKept = new Option<long>("--customers-kept") { Description = "Existing customers kept.", DefaultValueFactory = _ => 0L };
        var customersLost = new Option<long>("--customers-lost") { Description = "Existing customers lost.", Required = true };
        var margin = new Option<double>("--margin") { Description = "Margin per customer per period (money).", Required = true };
        var retention = new Option<double>("--retention-rate") { Description = "Retention rate per period, 0 to 1.", Required = true };
        var discount = new Option<double>("--discount-rate") { Description = "Discount rate per period.", Required = true };
        var change = new Option<double>("--retention-change") { Description = "Change in retention to value (for example 0.05 for +5 points).", DefaultValueFactory = _ => 0.05 };
        var timing = new Option<PaymentTiming>("--timing") { Description = "When the first margin is paid.", DefaultValueFactory = _ => PaymentTiming.FirstPaymentNow };
        var horizon = new Option<int?>("--horizon") { Description = "Periods of the relationship (default: unbounded)." };
        var format = new Option<string>("--format") { Description = "Output: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("retention", "Acquire or retain: cost per customer won and kept, value of lost customers, the value of a retention change, break-even retention spend and ROI.");
        foreach (Option option in new Option[] { acquisitionSpend, customersWon, retentionSpend, customersKept, customersLost, margin, retention, discount, change, timing, horizon, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var inputs = new RetentionEconomicsInputs
            {
                AcquisitionSpend = parsed.GetValue(acquisitionSpend),
                CustomersWon = parsed.GetValue(customersWon),
                RetentionSpend = parsed.GetValue(retentionSpend),
                CustomersKept = parsed.GetValue(customersKept),
                CustomersLost = parsed.GetValue(customersLost),
                MarginPerCustomerPerPeriod = parsed.GetValue(margin),
                RetentionRate = parsed.GetValue(retention),
                DiscountRate = parsed.GetValue(discount),
                RetentionChange = parsed.GetValue(change),
                Timing = parsed.GetValue(timing),
                HorizonPeriods = parsed.GetValue(horizon),
            };

            IReadOnlyList<string> problems = inputs.Validate();
            if (problems.Count > 0)
            {
                throw new CommandLineException(string.Join(" ", problems));
            }

            RetentionEconomicsResult result = RetentionEconomics.Calculate(inputs);
            output.WriteLine(parsed.GetValue(format) == "json" ? Json(result) : Text(result));
            return 0;
        });
        return command;
    }

    private static IEnumerable<(string Name, double? Value)> Figures(RetentionEconomicsResult r) =>
    [
        ("costPerAcquiredCustomer", r.CostPerAcquiredCustomer),
        ("costPerRetainedCustomer", r.CostPerRetainedCustomer),
        ("acquisitionToRetentionCostRatio", r.AcquisitionToRetentionCostRatio),
        ("customerValue", r.CustomerValue),
        ("valueOfCustomersWon", r.ValueOfCustomersWon),
        ("valueOfCustomersKept", r.ValueOfCustomersKept),
        ("valueOfLostCustomers", r.ValueOfLostCustomers),
        ("netCustomerChange", r.NetCustomerChange),
        ("netValueChange", r.NetValueChange),
        ("improvedRetentionRate", r.ImprovedRetentionRate),
        ("customerValueAtImprovedRetention", r.CustomerValueAtImprovedRetention),
        ("customerValueChange", r.CustomerValueChange),
        ("customerValueChangePercent", r.CustomerValueChangePercent),
        ("breakEvenRetentionSpendPerCustomer", r.BreakEvenRetentionSpendPerCustomer),
        ("breakEvenRetentionSpend", r.BreakEvenRetentionSpend),
        ("acquisitionRoi", r.AcquisitionRoi),
        ("retentionRoi", r.RetentionRoi),
        ("marketingRoi", r.MarketingRoi),
    ];

    private static string Json(RetentionEconomicsResult result)
    {
        return CliJson.Write(writer =>
        {
            writer.WriteStartObject();
            foreach ((string name, double? value) in Figures(result))
            {
                CliJson.Number(writer, name, value);
            }

            writer.WriteEndObject();
        });
    }

    private static string Text(RetentionEconomicsResult result)
    {
        var text = new StringBuilder();
        foreach ((string name, double? value) in Figures(result))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name,-36} {(value is { } v ? v.ToString("#,0.####", CultureInfo.InvariantCulture) : "n/a (zero denominator)")}");
        }

        return text.ToString().TrimEnd();
    }
}
