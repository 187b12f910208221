using System.CommandLine;
using System.Globalization;
using CustomerValue.IO;
using CustomerValue.Lifetime;

namespace CustomerValue.Cli.Commands;

/// <summary><c>customervalue fit</c>: maximum-likelihood fit of a lifetime-value model to customer summaries.</summary>
internal static class FitCommand
{
    /// <summary>The models the command fits.</summary>
    public static readonly string[] Models =
        [BgNbdModel.ModelName, MbgNbdModel.ModelName, ParetoNbdModel.ModelName, GammaGammaModel.ModelName, BgBbModel.ModelName, ShiftedBetaGeometricModel.ModelName];

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var summary = new SummaryInput();
        var model = new Option<string>("--model") { Description = $"The model: {string.Join(", ", Models)}.", Required = true };
        model.Validators.Add(result =>
        {
            string name = result.GetValueOrDefault<string>();
            if (!Models.Contains(name, StringComparer.Ordinal))
            {
                result.AddError($"Unknown model '{name}': this version fits {string.Join(", ", Models)}.");
            }
        });
        var format = new Option<string>("--format") { Description = "Output: json (the fit as JSON, loadable by predict) or text.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var penalty = new Option<double>("--l2-penalty") { Description = "L2 penalty on the log-parameters (0 = plain maximum likelihood).", DefaultValueFactory = _ => 0.0 };
        var outFile = new Option<string?>("--out") { Description = "Write the result to this file (atomically) instead of standard output." };

        var command = new Command("fit", "Fit a model by maximum likelihood: bg-nbd, mbg-nbd, pareto-nbd, gamma-gamma on customer summaries; bg-bb on discrete histories (frequency,recency,periods,weights); sbg on cohort survival (period,alive).");
        summary.AddTo(command);
        command.Options.Add(model);
        command.Options.Add(format);
        command.Options.Add(penalty);
        command.Options.Add(outFile);
        command.SetAction(parsed =>
        {
            var options = new FitOptions { L2Penalty = parsed.GetValue(penalty) };
            (string json, string text) = parsed.GetValue(model) switch
            {
                BgNbdModel.ModelName => Describe(BgNbdModel.Fit(summary.Read(parsed), options)),
                MbgNbdModel.ModelName => Describe(MbgNbdModel.Fit(summary.Read(parsed), options)),
                ParetoNbdModel.ModelName => Describe(ParetoNbdModel.Fit(summary.Read(parsed), options)),
                GammaGammaModel.ModelName => Describe(GammaGammaModel.Fit(summary.Read(parsed), options)),
                BgBbModel.ModelName => Describe(BgBbModel.Fit(
                    [.. DiscreteHistoryCsv.ReadFile(summary.RequireFile(parsed, "a CSV of discrete histories with header frequency,recency,periods[,weights]"))], options)),
                _ => Describe(ShiftedBetaGeometricModel.Fit(
                    CohortSurvivalCsv.ReadFile(summary.RequireFile(parsed, "a CSV of cohort survival with header period,alive")), options)),
            };

            bool asJson = parsed.GetValue(format) == "json";
            OutputTarget.Write(parsed.GetValue(outFile), output, writer => writer.WriteLine(asJson ? json : text));
            return 0;
        });
        return command;
    }

    private static (string Json, string Text) Describe<TModel>(ModelFit<TModel> fit)
        where TModel : class, IParametricModel => (ModelJson.Serialize(fit), Text(fit, extra: null));

    private static (string Json, string Text) Describe(GammaGammaFit fit) => (ModelJson.Serialize(fit), Text(
        fit.ModelFit,
        string.Create(CultureInfo.InvariantCulture, $"customers used {fit.ModelFit.Observations}, excluded {fit.CustomersExcluded} (no repeat purchase {fit.ExcludedWithoutRepeatPurchases}, spend <= 0 {fit.ExcludedWithNonPositiveSpend}); frequency-monetary correlation {fit.FrequencyMonetaryCorrelation:F3}")));

    private static string Text<TModel>(ModelFit<TModel> fit, string? extra)
        where TModel : class, IParametricModel
    {
        var text = new System.Text.StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"model            {fit.ModelName}");
        foreach ((string name, double value) in fit.Parameters)
        {
            text.AppendLine(c, $"  {name,-14} {value,12:G6}  (s.e. {fit.StandardError(name):G4})");
        }

        text.AppendLine(c, $"log-likelihood   {fit.LogLikelihood:F4}");
        text.AppendLine(c, $"AIC / BIC        {fit.Aic:F2} / {fit.Bic:F2}");
        text.AppendLine(c, $"converged        {fit.Converged} ({fit.ExitReason}, {fit.Iterations} iterations)");
        text.Append(c, $"customers        {fit.Observations}");
        if (extra is not null)
        {
            text.AppendLine().Append(extra);
        }

        return text.ToString();
    }
}
