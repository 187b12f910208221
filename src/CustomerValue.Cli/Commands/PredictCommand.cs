using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CustomerValue.Lifetime;

namespace CustomerValue.Cli.Commands;

/// <summary>
/// <c>customervalue predict</c>: per customer P(alive), expected purchases over a horizon and, with a spend model,
/// expected spend and discounted CLV.
/// </summary>
internal static class PredictCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var summary = new SummaryInput();
        var fit = new Option<FileInfo>("--fit") { Description = "A bg-nbd or mbg-nbd fit (JSON written by 'fit').", Required = true };
        var spendFit = new Option<FileInfo?>("--spend-fit") { Description = "A gamma-gamma fit (JSON): adds expected_spend and clv." };
        var horizon = new Option<double>("--horizon") { Description = "The horizon, in the summaries' time unit (for example 52 for a year of weeks).", Required = true };
        var stepLength = new Option<double>("--step-length") { Description = "CLV: length of one discounting step, in the summaries' time unit; the horizon must be a whole number of steps.", DefaultValueFactory = _ => 1.0 };
        var margin = new Option<double>("--margin") { Description = "CLV: profit margin, the share of spend that is profit (0 to 1).", DefaultValueFactory = _ => 1.0 };
        var discount = new Option<double>("--discount-rate") { Description = "CLV: discount rate per step.", DefaultValueFactory = _ => 0.0 };
        var outFile = new Option<string?>("--out") { Description = "Write the CSV to this file (atomically) instead of standard output." };

        var command = new Command("predict", "Score customers: customer_id,p_alive,expected_purchases[,expected_spend,clv] (CSV).");
        summary.AddTo(command);
        foreach (Option option in new Option[] { fit, spendFit, horizon, stepLength, margin, discount, outFile })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            double h = parsed.GetValue(horizon);
            if (!(double.IsFinite(h) && h > 0))
            {
                throw new CommandLineException($"--horizon must be a positive number, but was {h.ToString(CultureInfo.InvariantCulture)}.");
            }

            ITransactionModel model = LoadJson(parsed.GetValue(fit)!, "--fit", ModelJson.DeserializeTransactionModel);
            GammaGammaModel? spend = parsed.GetValue(spendFit) is { } spendFile ? LoadJson(spendFile, "--spend-fit", ModelJson.DeserializeSpendModel) : null;
            ClvOptions? clv = spend is null ? null : ClvOptionsFor(h, parsed.GetValue(stepLength), parsed.GetValue(margin), parsed.GetValue(discount));
            CustomerSummary[] customers = summary.Read(parsed);

            var alive = new double[customers.Length];
            var purchases = new double[customers.Length];
            model.ProbabilityAlive(customers, alive);
            model.ConditionalExpectedPurchases(customers, h, purchases);
            double[]? expectedSpend = null;
            double[]? value = null;
            if (spend is not null && clv is not null)
            {
                expectedSpend = new double[customers.Length];
                value = new double[customers.Length];
                spend.ConditionalExpectedSpend(customers, expectedSpend);
                new CustomerLifetimeValue(model, spend, clv).Calculate(customers, value);
            }

            OutputTarget.Write(parsed.GetValue(outFile), output, writer =>
            {
                writer.Write(expectedSpend is null ? "customer_id,p_alive,expected_purchases\n" : "customer_id,p_alive,expected_purchases,expected_spend,clv\n");
                for (int i = 0; i < customers.Length; i++)
                {
                    writer.Write(Csv.Field(customers[i].CustomerId));
                    writer.Write(',');
                    writer.Write(Csv.Number(alive[i]));
                    writer.Write(',');
                    writer.Write(Csv.Number(purchases[i]));
                    if (expectedSpend is not null && value is not null)
                    {
                        writer.Write(',');
                        writer.Write(Csv.Number(expectedSpend[i]));
                        writer.Write(',');
                        writer.Write(Csv.Number(value[i]));
                    }

                    writer.Write('\n');
                }
            });
            return 0;
        });
        return command;
    }

    private static ClvOptions ClvOptionsFor(double horizon, double stepLength, double margin, double discountRate)
    {
        if (!(double.IsFinite(stepLength) && stepLength > 0))
        {
            throw new CommandLineException($"--step-length must be a positive number, but was {stepLength.ToString(CultureInfo.InvariantCulture)}.");
        }

        double steps = horizon / stepLength;
        if (Math.Abs(steps - Math.Round(steps)) > 1e-9 * Math.Max(1, steps) || Math.Round(steps) < 1)
        {
            throw new CommandLineException($"--horizon {horizon.ToString(CultureInfo.InvariantCulture)} is not a whole number of steps of --step-length {stepLength.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new ClvOptions((int)Math.Round(steps), stepLength) { Margin = margin, DiscountRate = discountRate };
    }

    private static T LoadJson<T>(FileInfo file, string option, Func<string, T> load)
    {
        if (!file.Exists)
        {
            throw new CommandLineException($"{option}: the file '{file.FullName}' does not exist.");
        }

        try
        {
            return load(File.ReadAllText(file.FullName));
        }
        catch (JsonException e)
        {
            throw new CommandLineException($"{option} '{file.Name}': {e.Message}");
        }
    }
}
