using System.Text.Json;
using CustomerValue.Analysis;
using CustomerValue.Lifetime;
using CustomerValue.Segmentation;

namespace CustomerValue.Cli.Analyze;

/// <summary>Writes <c>summary.json</c>: the data, the model comparison and fits, diagnostics and the segment tables.</summary>
internal static class AnalysisJson
{
    /// <summary>Writes the summary of <paramref name="result"/> to <paramref name="utf8"/>.</summary>
    public static void Write(Stream utf8, AnalysisResult result)
    {
        using var w = new Utf8JsonWriter(utf8, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("transactions", result.Transactions);
        w.WriteNumber("customers", result.Summaries.Customers.Count);
        w.WriteNumber("customersStartingAfterEnd", result.Summaries.CustomersStartingAfterEnd);
        w.WriteNumber("customersWithoutPurchases", result.Summaries.CustomersWithoutPurchases);
        w.WriteString("firstTransaction", result.DateRange.First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("lastTransaction", result.DateRange.Last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("observationEnd", result.Options.ObservationEnd!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("calibrationEnd", result.Options.CalibrationEnd!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("timeUnit", result.Options.Unit.ToString().ToLowerInvariant());
        w.WriteNumber("horizon", result.Options.Horizon);

        w.WriteString("chosenModel", result.Chosen.Name);
        w.WriteString("chosenBy", "smallest holdout RMSE of per-customer purchases (ties: AIC)");
        w.WriteString("bestModelByAic", result.BestByAic.Name);
        w.WriteStartArray("models");
        for (int i = 0; i < result.Evaluations.Count; i++)
        {
            ModelEvaluation e = result.Evaluations[i];
            FittedModel full = result.Fits[i];
            w.WriteStartObject();
            w.WriteString("model", e.Name);
            WriteParameters(w, "parameters", full.Model);
            WriteNumbers(w, "standardErrors", full.StandardErrors);
            Number(w, "logLikelihood", full.LogLikelihood);
            Number(w, "aic", full.Aic);
            Number(w, "bic", full.Bic);
            w.WriteBoolean("converged", full.Converged);
            w.WriteNumber("customers", full.Customers);
            w.WriteStartObject("calibration");
            WriteParameters(w, "parameters", e.CalibrationModel);
            Number(w, "logLikelihood", e.LogLikelihood);
            Number(w, "aic", e.Aic);
            Number(w, "bic", e.Bic);
            w.WriteBoolean("converged", e.Converged);
            Number(w, "holdoutMeanAbsoluteError", e.HoldoutMeanAbsoluteError);
            Number(w, "holdoutRootMeanSquaredError", e.HoldoutRootMeanSquaredError);
            Number(w, "holdoutPredictedPurchases", e.HoldoutPredictedTotal);
            Number(w, "holdoutActualPurchases", e.HoldoutActualTotal);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("skippedModels");
        foreach ((string name, string reason) in result.SkippedModels)
        {
            w.WriteStartObject();
            w.WriteString("model", name);
            w.WriteString("reason", reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        if (result.Spend is { } spend)
        {
            w.WriteStartObject("spendModel");
            WriteParameters(w, "parameters", spend.Model);
            Number(w, "logLikelihood", spend.LogLikelihood);
            w.WriteBoolean("converged", spend.Converged);
            w.WriteNumber("customersUsed", spend.CustomersUsed);
            w.WriteNumber("customersExcluded", spend.CustomersExcluded);
            Number(w, "frequencyMonetaryCorrelation", spend.FrequencyMonetaryCorrelation);
            Number(w, "populationMeanSpend", spend.Model.PopulationMeanSpend());
            w.WriteNumber("customersAtPopulationSpend", result.CustomersAtPopulationSpend);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("spendModel");
            w.WriteString("spendModelProblem", result.SpendModelProblem);
        }

        w.WriteStartArray("calibrationHoldout");
        foreach (CalibrationHoldoutRow row in result.CalibrationHoldout)
        {
            w.WriteStartObject();
            w.WriteString("frequency", row.IsOpenEnded ? $"{row.Frequency}+" : $"{row.Frequency}");
            w.WriteNumber("customers", row.Customers);
            Number(w, "actualMean", row.ActualMean);
            Number(w, "predictedMean", row.PredictedMean);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteSegments(w, result.Segments);
        w.WriteEndObject();
    }

    private static void WriteSegments(Utf8JsonWriter w, AnalysisSegments segments)
    {
        w.WriteStartObject("concentration");
        Number(w, "gini", segments.Concentration.Gini);
        Number(w, "top20Share", segments.Concentration.TopShare);
        w.WriteEndObject();
        w.WriteStartObject("whaleCurve");
        Number(w, "peakCustomerShare", segments.Whale.Peak.CustomerShare);
        Number(w, "peakProfit", segments.Whale.Peak.Value);
        Number(w, "totalProfit", segments.Whale.TotalProfit);
        w.WriteNumber("unprofitableCustomers", segments.Whale.UnprofitableCustomers);
        w.WriteEndObject();
        w.WriteStartObject("loyalty");
        w.WriteNumber("year", segments.LoyaltyYear);
        w.WriteNumber("customers", segments.Loyalty.Count);
        Number(w, "loyalShare", segments.LoyalShare);
        w.WriteEndObject();
        w.WriteStartArray("segmentations");
        foreach (SegmentationResult result in segments.All)
        {
            w.WriteStartObject();
            w.WriteString("strategy", result.Strategy);
            w.WriteNumber("customers", result.CustomerCount);
            Number(w, "totalValue", result.TotalValue);
            w.WriteStartArray("segments");
            foreach (Segment segment in result.Segments)
            {
                w.WriteStartObject();
                w.WriteString("name", segment.Name);
                w.WriteNumber("customers", segment.Customers);
                Number(w, "value", segment.Value);
                Number(w, "share", segment.Share);
                Number(w, "customerShare", segment.CustomerShare);
                w.WriteString("action", segment.Action);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteParameters(Utf8JsonWriter w, string name, IParametricModel model) => WriteNumbers(w, name, model.Parameters);

    private static void WriteNumbers(Utf8JsonWriter w, string name, IReadOnlyList<KeyValuePair<string, double>> values)
    {
        w.WriteStartObject(name);
        foreach ((string key, double value) in values)
        {
            Number(w, key, value);
        }

        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value) => CliJson.Number(w, name, value);
}
