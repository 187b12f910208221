#:project ../../src/CustomerValue/CustomerValue.csproj
#:project ../../src/CustomerValue.IO/CustomerValue.IO.csproj
#:project ../../src/CustomerValue.Charts/CustomerValue.Charts.csproj
// Twin of getting-started.ipynb: the same code as the notebook's cells, runnable with `dotnet run getting-started.cs`
// so that CI executes it (docs/notebooks/run-twins.sh). Lines marked "//md" become the notebook's markdown cells,
// "// cell" starts a new code cell; the twin-only lines sit between "// twin:begin" and "// twin:end", and the
// notebook-only lines are written as "// nb: ..." comments.
//md # Getting started: from a CSV of transactions to CLV and segments
//md
//md This notebook takes a transaction log (one row per purchase: customer, date, amount), summarises every customer,
//md fits the "buy till you die" models, and ends with each customer's probability of being alive, expected purchases,
//md customer lifetime value (CLV) and segments. It needs no data: the first cell writes the library's seeded sample
//md log (2,000 simulated customers over 78 weeks) to a CSV file. Point `path` at your own file to use yours.
// cell
// nb: #r "nuget: CustomerValue"
// nb: #r "nuget: CustomerValue.IO"
// nb: #r "nuget: CustomerValue.Charts"
using System.Globalization;
using CustomerValue;
using CustomerValue.Analysis;
using CustomerValue.Charts;
using CustomerValue.IO;
using CustomerValue.Segmentation;
using CustomerValue.Simulation;

// twin:begin
string chartDirectory = Path.Combine(Path.GetTempPath(), "customervalue-notebooks", "getting-started");
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
//md ## 1. A CSV of transactions
//md
//md The reader expects a header row with `customer_id`, `date` and `amount` (and optionally `quantity`, `product_id`);
//md `TransactionLogOptions` maps other column names, separators and date formats (see `TransactionLogOptions.CdnowMaster`
//md for a whitespace-separated file without a header). Here we write the embedded sample to a CSV first.
// cell
string path = Path.Combine(Path.GetTempPath(), "customervalue-sample-transactions.csv");
using (var writer = new StreamWriter(path))
{
    writer.WriteLine("customer_id,date,amount");
    foreach (Transaction t in TransactionLogSimulator.Generate(TransactionLogSimulator.SampleOptions))
    {
        writer.WriteLine($"{t.CustomerId},{t.Timestamp:yyyy-MM-dd},{t.Amount:0.00}");
    }
}

var badRows = new BadRowCollector();
List<Transaction> transactions = [.. new TransactionLogReader().ReadFile(path, badRows)];
Console.WriteLine($"{transactions.Count:N0} transactions from {transactions.Select(t => t.CustomerId).Distinct().Count():N0} customers, " +
                  $"{transactions.Min(t => t.Timestamp):yyyy-MM-dd} to {transactions.Max(t => t.Timestamp):yyyy-MM-dd}; {badRows.BadRowCount} bad rows");
//md ## 2. Customer summaries
//md
//md Every model works on four numbers per customer: *frequency* x (repeat purchase days), *recency* t_x (time of the
//md last purchase, from the first), *T* (age: time from the first purchase to the end of observation) and the mean
//md *monetary value* of the repeat purchases. Purchases on the same day merge into one occasion; times are in weeks.
// cell
DateTime observationEnd = transactions.Max(t => t.Timestamp).Date;
var builder = new CustomerSummaryBuilder(TimePeriod.Day);
builder.AddRange(transactions);
CustomerSummarySet summaries = builder.Build(new SummaryOptions(observationEnd) { Unit = TimePeriod.Week });

foreach (CustomerSummary c in summaries.Customers.Take(5))
{
    Console.WriteLine($"{c.CustomerId}: x = {c.Frequency}, t_x = {c.Recency:F2}, T = {c.T:F2}, m = {c.MonetaryValue:F2}");
}

Console.WriteLine($"one-time buyers: {summaries.Customers.Count(c => c.Frequency == 0) / (double)summaries.Customers.Count:P1}; " +
                  $"mean repeat purchases: {summaries.Customers.Average(c => c.Frequency):F2}");
//md ## 3. The whole analysis in one call
//md
//md `CustomerAnalysis.Run` splits the period in half (calibration, then holdout), fits BG/NBD, MBG/NBD and Pareto/NBD
//md on the calibration half, keeps the model with the smallest holdout error, refits it on everything, fits the
//md Gamma-Gamma spend model, scores every customer and segments the base. Margin 30 %, CLV over the next 12 months.
// cell
AnalysisResult result = CustomerAnalysis.Run(transactions, new AnalysisOptions { Margin = 0.3 });

foreach (ModelEvaluation e in result.Evaluations)
{
    Console.WriteLine($"{e.Name,-11} AIC {e.Aic,10:F1}  holdout MAE {e.HoldoutMeanAbsoluteError:F4}  predicted {e.HoldoutPredictedTotal,7:F0} vs actual {e.HoldoutActualTotal,5:F0}");
}

Console.WriteLine($"chosen: {result.Chosen.Name}; refitted on the whole period: " +
                  string.Join(", ", result.Final.Model.Parameters.Select(p => $"{p.Key} = {p.Value:G4}")));
Console.WriteLine(result.Spend is { } spend
    ? $"spend model: p = {spend.Parameters.P:G4}, q = {spend.Parameters.Q:G4}, gamma = {spend.Parameters.Gamma:G4}, mean spend {spend.Model.PopulationMeanSpend():F2}"
    : $"no spend model: {result.SpendModelProblem}");
//md ## 4. P(alive), expected purchases and CLV per customer
//md
//md The most valuable customers by CLV, and the valuable customers at risk: high past spend but a probability of
//md still being active between 0.1 and 0.5.
// cell
Console.WriteLine("customer    P(alive)  purchases/52w   spend/purchase      CLV");
foreach (CustomerScore s in result.Scores.OrderByDescending(s => s.Clv ?? 0).Take(5))
{
    Console.WriteLine($"{s.Summary.CustomerId,-10} {s.ProbabilityAlive,9:F3} {s.ExpectedPurchases,14:F2} {s.ExpectedSpend,16:F2} {s.Clv,8:F2}");
}

Console.WriteLine("at risk:");
foreach (CustomerScore s in result.Scores.Where(s => s.ProbabilityAlive is >= 0.1 and < 0.5).OrderByDescending(s => s.TotalSpend).Take(5))
{
    Console.WriteLine($"{s.Summary.CustomerId,-10} P(alive) {s.ProbabilityAlive:F3}, spent {s.TotalSpend:N2} so far");
}

double[] clv = [.. result.Scores.Where(s => s.Clv is not null).Select(s => s.Clv!.Value)];
Show(CustomerCharts.Distribution("clv", "Customer lifetime value, next 12 months", clv, "CLV"));
//md ## 5. Customers are unequal: concentration and segments
//md
//md The Lorenz curve and Gini coefficient show how concentrated value is; RFM (Hughes 1994), value tiers and life-cycle
//md stages name the groups to act on.
// cell
AnalysisSegments segments = result.Segments;
ConcentrationAnalysis concentration = segments.Concentration;
Console.WriteLine($"Gini {concentration.Gini:F3}; the top 20 % of customers hold {concentration.TopShare:P1} of the value");
Show(CustomerCharts.Lorenz(
    [.. concentration.LorenzCurve.Select(p => p.CustomerShare)],
    [.. concentration.LorenzCurve.Select(p => p.Value)],
    concentration.Gini));

foreach (SegmentationResult segmentation in new[] { segments.Rfm.Segmentation, segments.Tiers, segments.LifeCycle })
{
    Console.WriteLine($"-- {segmentation.Strategy}");
    foreach (Segment g in segmentation.Segments)
    {
        Console.WriteLine($"{g.Name,-22} {g.Customers,6:N0} customers ({g.CustomerShare,6:P1}) {g.Share,7:P1} of value");
    }
}

Show(CustomerCharts.SegmentShares("RFM segments: share of customers and of value",
    [.. segments.Rfm.Segmentation.Segments.Select(g => (g.Name, g.CustomerShare, g.Share))]));
//md ## Next
//md
//md `model-comparison.ipynb` fits the three repeat-purchase models one by one and compares them. From a terminal,
//md `customervalue analyze --transactions FILE` runs the same pipeline and writes an HTML report.
// cell
Console.WriteLine("NOTEBOOK OK");
