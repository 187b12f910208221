#:project ../../src/CustomerValue/CustomerValue.csproj
#:project ../../src/CustomerValue.Charts/CustomerValue.Charts.csproj
// Twin of model-comparison.ipynb: the same code as the notebook's cells, runnable with `dotnet run model-comparison.cs`
// so that CI executes it (docs/notebooks/run-twins.sh). Lines marked "//md" become the notebook's markdown cells,
// "// cell" starts a new code cell; the twin-only lines sit between "// twin:begin" and "// twin:end", and the
// notebook-only lines are written as "// nb: ..." comments.
//md # Model comparison and diagnostics: BG/NBD, MBG/NBD and Pareto/NBD
//md
//md Three models describe repeat buying in a non-contractual setting where customers can buy at any time and leave
//md unannounced: Pareto/NBD (Schmittlein, Morrison and Colombo 1987), BG/NBD (Fader, Hardie and Lee 2005) and MBG/NBD
//md (Batislam, Denizel and Filiztekin 2007). This notebook fits all three on a calibration period, compares their
//md fit (log-likelihood, AIC, BIC) and their forecasts of the holdout period, draws the calibration-vs-holdout chart,
//md and maps P(alive) over frequency and recency. It runs on the library's seeded sample log (2,000 customers).
// cell
// nb: #r "nuget: CustomerValue"
// nb: #r "nuget: CustomerValue.Charts"
using System.Globalization;
using CustomerValue;
using CustomerValue.Analysis;
using CustomerValue.Charts;
using CustomerValue.Lifetime;
using CustomerValue.Simulation;

// twin:begin
string chartDirectory = Path.Combine(Path.GetTempPath(), "customervalue-notebooks", "model-comparison");
Directory.CreateDirectory(chartDirectory);

// In the notebook, Show displays the chart's SVG inline; here it writes the PNG and the SVG to a folder.
void Show(ChartImage chart)
{
    File.WriteAllBytes(Path.Combine(chartDirectory, chart.Name + ".png"), chart.Png.ToArray());
    File.WriteAllText(Path.Combine(chartDirectory, chart.Name + ".svg"), chart.Svg);
    Console.WriteLine($"[chart] {chart.Title} ({chart.Png.Length:N0} bytes PNG) -> {chartDirectory}");
}
// twin:end
// nb: void Show(ChartImage chart) => display(HTML(chart.Svg));
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
//md ## 1. Calibration and holdout
//md
//md The sample runs from 2024-01-01 to 2025-06-30 (customers join in the first 90 days). We fit on 2024 and hold out
//md the first half of 2025. Times are in weeks.
// cell
List<Transaction> transactions = [.. TransactionLogSimulator.Generate(TransactionLogSimulator.SampleOptions)];
var builder = new CustomerSummaryBuilder(TimePeriod.Day);
builder.AddRange(transactions);

var options = new SummaryOptions(new DateTime(2025, 6, 30)) { Unit = TimePeriod.Week, CalibrationEnd = new DateTime(2024, 12, 31) };
CalibrationHoldoutSet split = builder.BuildCalibrationHoldout(options);
CustomerSummary[] calibration = [.. split.Customers.Select(c => c.Calibration)];
Console.WriteLine($"{split.Customers.Count:N0} customers in the calibration period; holdout lasts {split.Customers[0].DurationHoldout:F1} weeks; " +
                  $"{split.Customers.Sum(c => c.FrequencyHoldout):N0} holdout purchases");
//md ## 2. Fit the three models
//md
//md Each `Fit` maximises the log-likelihood (BFGS on log-parameters) and reports the parameters with standard errors,
//md the log-likelihood, AIC = 2k − 2LL and BIC = k ln n − 2LL. All three have four parameters, so AIC and BIC order
//md them exactly as the log-likelihood does.
// cell
FittedModel[] fits =
[
    FittedModel.From(BgNbdModel.Fit(calibration)),
    FittedModel.From(MbgNbdModel.Fit(calibration)),
    FittedModel.From(ParetoNbdModel.Fit(calibration)),
];

foreach (FittedModel fit in fits)
{
    string parameters = string.Join(", ", fit.Model.Parameters.Select(p =>
        $"{p.Key} = {p.Value:G4} (± {fit.StandardErrors.First(e => e.Key == p.Key).Value:G2})"));
    Console.WriteLine($"{fit.Model.Name,-11} LL {fit.LogLikelihood,10:F1}  AIC {fit.Aic,10:F1}  BIC {fit.Bic,10:F1}  converged {fit.Converged}  {parameters}");
}
//md ## 3. Holdout error
//md
//md Fit statistics reward the calibration period; what matters is the forecast. For every customer we compare the
//md conditional expectation E[X(t, t + τ) | x, t_x, T] with the purchases actually made in the holdout period.
// cell
foreach (FittedModel fit in fits)
{
    double absolute = 0, squared = 0, predicted = 0, actual = 0;
    foreach (CalibrationHoldoutSummary c in split.Customers)
    {
        double forecast = fit.Model.ConditionalExpectedPurchases(c.Calibration, c.DurationHoldout);
        double error = forecast - c.FrequencyHoldout;
        absolute += Math.Abs(error);
        squared += error * error;
        predicted += forecast;
        actual += c.FrequencyHoldout;
    }

    int n = split.Customers.Count;
    Console.WriteLine($"{fit.Model.Name,-11} MAE {absolute / n:F4}  RMSE {Math.Sqrt(squared / n):F4}  holdout purchases predicted {predicted:F0} vs actual {actual:F0} ({(predicted - actual) / actual:+0.0%;-0.0%})");
}
//md ## 4. Calibration vs holdout, and the purchase-count histogram
//md
//md Grouping customers by their calibration frequency and comparing the mean holdout purchases with the model's mean
//md forecast is the classic diagnostic (Fader, Hardie and Lee 2005, figure 4). The histogram compares how many customers
//md made 0, 1, 2, … repeat purchases in the calibration period with the model's expectation.
// cell
foreach (FittedModel fit in fits)
{
    IReadOnlyList<CalibrationHoldoutRow> rows = TransactionModelDiagnostics.CalibrationHoldout(fit.Model, split.Customers);
    Console.WriteLine($"-- {fit.Model.Name}: x in calibration -> mean holdout purchases, actual vs predicted");
    foreach (CalibrationHoldoutRow row in rows)
    {
        Console.WriteLine($"x {(row.IsOpenEnded ? row.Frequency + "+" : row.Frequency.ToString()),-3} {row.Customers,5:N0} customers  {row.ActualMean,6:F3} vs {row.PredictedMean,6:F3}");
    }
}

FittedModel best = fits.MinBy(f => f.Aic)!;
Show(CustomerCharts.CalibrationHoldout(TransactionModelDiagnostics.CalibrationHoldout(best.Model, split.Customers), best.Model.Name));

foreach (PurchaseCountRow row in TransactionModelDiagnostics.PurchaseCountHistogram(best.Model, calibration))
{
    Console.WriteLine($"{(row.IsOpenEnded ? row.Count + "+" : row.Count.ToString()),-3} repeat purchases: {row.ActualCustomers,5:N0} customers, expected {row.ExpectedCustomers,7:F1}");
}
//md ## 5. P(alive) by frequency and recency
//md
//md Refit on the whole period and map the probability that a customer of typical age is still active. In BG/NBD a
//md customer with no repeat purchase is alive for sure, which is why MBG/NBD exists; the map shows how a long silence
//md after many purchases is the strongest sign of a lost customer.
// cell
CustomerSummary[] everyone = [.. builder.Build(options with { CalibrationEnd = null }).Customers];
ITransactionModel final = best.Model.Name switch
{
    MbgNbdModel.ModelName => MbgNbdModel.Fit(everyone).Model,
    ParetoNbdModel.ModelName => ParetoNbdModel.Fit(everyone).Model,
    _ => BgNbdModel.Fit(everyone).Model,
};
double typicalAge = everyone.Select(c => c.T).Order().ElementAt(everyone.Length / 2);
Show(CustomerCharts.ProbabilityAliveMap(final, maxFrequency: 15, age: typicalAge));

var alive = new double[everyone.Length];
final.ProbabilityAlive(everyone, alive);
Console.WriteLine($"{final.Name}: mean P(alive) {alive.Average():F3}; {alive.Count(p => p >= 0.5) / (double)alive.Length:P1} of customers have P(alive) ≥ 0.5");
//md ## 6. What `CustomerAnalysis` picks
//md
//md The one-call pipeline does the same comparison on a half/half split and picks the converged model with the
//md smallest holdout RMSE (AIC breaks ties); `BestByAic` is reported too.
// cell
AnalysisResult result = CustomerAnalysis.Run(transactions, new AnalysisOptions { CalibrationEnd = new DateTime(2024, 12, 31) });
Console.WriteLine($"chosen on the holdout: {result.Chosen.Name}; best by AIC: {result.BestByAic.Name}");
Console.WriteLine("NOTEBOOK OK");
