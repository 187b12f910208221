using System.Globalization;
using CustomerValue.Analysis;
using CustomerValue.Charts;
using CustomerValue.Segmentation;

namespace CustomerValue.Cli.Analyze;

/// <summary>Turns an <see cref="AnalysisResult"/> into the charts and the self-contained HTML report.</summary>
internal static class AnalysisReport
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Every chart of the report, in report order.</summary>
    public static IReadOnlyList<ChartImage> Charts(AnalysisResult result)
    {
        AnalysisSegments s = result.Segments;
        var charts = new List<ChartImage>
        {
            CustomerCharts.Lorenz([.. s.Concentration.LorenzCurve.Select(p => p.CustomerShare)], [.. s.Concentration.LorenzCurve.Select(p => p.Value)], s.Concentration.Gini),
            CustomerCharts.WhaleCurve([.. s.Whale.Curve.Select(p => p.CustomerShare)], [.. s.Whale.Curve.Select(p => s.Whale.TotalProfit > 0 ? p.Value / s.Whale.TotalProfit : p.Value)]),
            CustomerCharts.CalibrationHoldout(result.CalibrationHoldout, result.Chosen.Name),
            CustomerCharts.ProbabilityAliveMap(result.Final.Model, MaxFrequency(result), AgeForMap(result)),
        };
        double[] clv = [.. result.Scores.Where(c => c.Clv is not null).Select(c => c.Clv!.Value)];
        charts.Add(clv.Length > 0
            ? CustomerCharts.Distribution("clv", $"Customer lifetime value, next {result.Options.ClvSteps} {Plural(result.Options.ClvStep)}", clv, "CLV")
            : CustomerCharts.Distribution("clv", $"Expected purchases, next {result.Options.Horizon:G4} {Plural(result.Options.Unit)} (no spend model)", [.. result.Scores.Select(c => c.ExpectedPurchases)], "Expected purchases"));
        charts.Add(CustomerCharts.SegmentShares("RFM segments: share of customers and of value", [.. s.Rfm.Segmentation.Segments.Select(g => (g.Name, g.CustomerShare, g.Share))]));
        return charts;
    }

    /// <summary>The HTML page.</summary>
    public static string Html(AnalysisResult result, IReadOnlyList<ChartImage> charts, string source)
    {
        ChartImage Chart(string name) => charts.First(c => c.Name == name);
        AnalysisSegments s = result.Segments;
        ModelEvaluation chosen = result.Chosen;
        var report = new HtmlReport(
            "Customer value analysis",
            $"{source}: {result.Transactions:N0} transactions, {result.Summaries.Customers.Count:N0} customers, {result.DateRange.First:yyyy-MM-dd} to {result.Options.ObservationEnd:yyyy-MM-dd}; time unit {result.Options.Unit.ToString().ToLowerInvariant()}.");

        report.Section("Headline").Figures(
        [
            ("Gini of customer value", s.Concentration.Gini.ToString("F3", C)),
            ("Value from the top 20 % of customers", Percent(s.Concentration.TopShare)),
            ("Model chosen on the holdout period", chosen.Name),
            ("Holdout purchases, predicted vs actual", $"{chosen.HoldoutPredictedTotal:N0} vs {chosen.HoldoutActualTotal:N0}"),
            ("Customers likely active (P(alive) ≥ 0.5)", Percent(result.Scores.Count(c => c.ProbabilityAlive >= 0.5) / (double)result.Scores.Count)),
            ($"Loyal customers in {s.LoyaltyYear} (F ≥ 0.8)", Percent(s.LoyalShare)),
        ]);
        report.Paragraph(Headline(result));

        report.Section("Value concentration").Chart(Chart("lorenz"), $"Lorenz curve of net spend per customer. Gini {s.Concentration.Gini:F3}; the top 20 % of customers hold {Percent(s.Concentration.TopShare)} of the value.");
        report.Chart(Chart("whale"), $"Whale curve of profit (net spend × margin {result.Options.Margin:G3}; no cost-to-serve is known from the log). {s.Whale.UnprofitableCustomers:N0} customers are unprofitable.");
        report.Table(["segment (Pareto)", "customers", "value", "share"], SegmentRows(s.Concentration.Segmentation));

        report.Section("Models").Paragraph(
            $"Calibration up to {result.Options.CalibrationEnd:yyyy-MM-dd}, holdout after it. Chosen: {chosen.Name} (smallest holdout error per customer); best by AIC: {result.BestByAic.Name}.");
        report.Table(
            ["model", "log-likelihood", "AIC", "BIC", "converged", "holdout MAE", "holdout RMSE", "holdout predicted", "holdout actual"],
            result.Evaluations.Select(e => (IReadOnlyList<string>)
                [e.Name, e.LogLikelihood.ToString("F2", C), e.Aic.ToString("F2", C), e.Bic.ToString("F2", C), e.Converged ? "yes" : "no",
                 e.HoldoutMeanAbsoluteError.ToString("F4", C), e.HoldoutRootMeanSquaredError.ToString("F4", C), e.HoldoutPredictedTotal.ToString("F1", C), e.HoldoutActualTotal.ToString("F0", C)]));
        report.Table(["parameter (" + result.Final.Model.Name + ", whole period)", "value", "standard error"],
            result.Final.Model.Parameters.Select(p => (IReadOnlyList<string>)[p.Key, p.Value.ToString("G6", C), StandardError(result.Final.StandardErrors, p.Key)]));
        if (result.SkippedModels.Count > 0)
        {
            report.Paragraph("Not fitted: " + string.Join("; ", result.SkippedModels.Select(m => $"{m.Key}: {m.Value}")));
        }

        report.Chart(Chart("calibration-holdout"), "Mean purchases in the holdout period by purchases in the calibration period: actual against the chosen model.");
        report.Chart(Chart("p-alive"), "Probability that a customer is still active, by frequency and recency, for a customer of typical age.");

        report.Section("Lifetime value").Paragraph(result.Spend is { } spend
            ? $"Gamma-Gamma spend model: p = {spend.Parameters.P:G4}, q = {spend.Parameters.Q:G4}, γ = {spend.Parameters.Gamma:G4}; population mean spend {spend.Model.PopulationMeanSpend():F2}; frequency–spend correlation {spend.FrequencyMonetaryCorrelation:F3}. CLV: {result.Options.ClvSteps} {Plural(result.Options.ClvStep)}, margin {result.Options.Margin:G3}, discount {result.Options.DiscountRate:P1} per {result.Options.ClvStep.ToString().ToLowerInvariant()}."
            : $"No spend model: {result.SpendModelProblem}");
        report.Chart(Chart("clv"), "Distribution over customers.");
        report.Table(["customer at risk", "P(alive)", "total spend", "CLV"], AtRisk(result).Select(c => (IReadOnlyList<string>)
            [c.Summary.CustomerId, c.ProbabilityAlive.ToString("F3", C), c.TotalSpend.ToString("N2", C), c.Clv?.ToString("N2", C) ?? "—"]));

        report.Section("Segments").Chart(Chart("segments"), "RFM segments (Hughes 1994): quintile scores of recency, frequency and monetary value mapped to named segments.");
        foreach (SegmentationResult segmentation in new[] { s.Rfm.Segmentation, s.Tiers, s.LifeCycle })
        {
            report.Table([$"segment ({segmentation.Strategy})", "customers", "value", "share"], SegmentRows(segmentation));
        }

        return report.ToHtml();
    }

    /// <summary>The one-paragraph headline, also printed on the terminal.</summary>
    public static string Headline(AnalysisResult result)
    {
        AnalysisSegments s = result.Segments;
        Segment top = s.Rfm.Segmentation.Segments.MaxBy(g => g.Value)!;
        Segment largest = s.Rfm.Segmentation.Segments.MaxBy(g => g.Customers)!;
        ModelEvaluation chosen = result.Chosen;
        double error = chosen.HoldoutActualTotal > 0 ? (chosen.HoldoutPredictedTotal - chosen.HoldoutActualTotal) / chosen.HoldoutActualTotal : 0;
        return $"The top 20 % of customers hold {Percent(s.Concentration.TopShare)} of the value (Gini {s.Concentration.Gini:F2}). " +
               $"{chosen.Name} was chosen on the holdout period: it predicted {chosen.HoldoutPredictedTotal:N0} purchases against {chosen.HoldoutActualTotal:N0} actual ({error:+0.0%;-0.0%}), mean absolute error {chosen.HoldoutMeanAbsoluteError:F3} per customer. " +
               (chosen.Converged ? "" : "No model's fit converged: the customers may not differ in purchase or dropout rates (see 'converged' in summary.json), so read the predictions with care. ") +
               $"By value the largest RFM segment is '{top.Name}' ({top.Customers:N0} customers, {Percent(top.Share)} of value); by size '{largest.Name}' ({largest.Customers:N0} customers).";
    }

    /// <summary>
    /// The valuable customers at risk, still worth winning back: the 10 with the highest past spend among those with
    /// P(alive) from 0.1 up to 0.5 (below 0.1 a customer is most likely gone already).
    /// </summary>
    public static IEnumerable<CustomerScore> AtRisk(AnalysisResult result) =>
        result.Scores.Where(c => c.ProbabilityAlive is >= 0.1 and < 0.5).OrderByDescending(c => c.TotalSpend).ThenBy(c => c.Summary.CustomerId, CustomerIdComparer.Instance).Take(10);

    private static IEnumerable<IReadOnlyList<string>> SegmentRows(SegmentationResult segmentation) =>
        segmentation.Segments.Select(g => (IReadOnlyList<string>)[g.Name, g.Customers.ToString("N0", C), g.Value.ToString("N2", C), Percent(g.Share)]);

    private static string StandardError(IReadOnlyList<KeyValuePair<string, double>> errors, string name)
    {
        double se = errors.FirstOrDefault(e => e.Key == name).Value;
        return double.IsFinite(se) ? se.ToString("G4", C) : "—";
    }

    private static int MaxFrequency(AnalysisResult result) =>
        Math.Clamp((int)Math.Ceiling(Percentile(result.Summaries.Customers.Select(c => (double)c.Frequency), 0.99)), 2, 30);

    private static double AgeForMap(AnalysisResult result) => Math.Max(1e-9, Percentile(result.Summaries.Customers.Select(c => c.T), 0.5));

    private static double Percentile(IEnumerable<double> values, double q)
    {
        double[] sorted = [.. values.Order()];
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(q * sorted.Length))];
    }

    private static string Percent(double share) => share.ToString("P1", C);

    private static string Plural(TimePeriod period) => period.ToString().ToLowerInvariant() + "s";
}
