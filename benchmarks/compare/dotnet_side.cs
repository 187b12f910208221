// The same work as python_side.py, through CustomerValue: fit BG/NBD on the CDNOW summary, then score N simulated
// customers (P(alive) + 52-week conditional expected purchases) with the batch span API, and with the parallel path.
// Prints one line per task: <task> <seconds>. Usage: dotnet run dotnet_side.cs -- CDNOW_SUMMARY_CSV CUSTOMERS
#:project ../../src/CustomerValue/CustomerValue.csproj
#:project ../../src/CustomerValue.IO/CustomerValue.IO.csproj
#:property Optimize=true
using System.Diagnostics;
using System.Globalization;
using CustomerValue;
using CustomerValue.IO;
using CustomerValue.Lifetime;

CustomerSummary[] cdnow = [.. CustomerSummaryCsv.ReadFile(args[0])];
int n = int.Parse(args[1], CultureInfo.InvariantCulture);

BgNbdModel.Fit(cdnow); // warm-up: JIT
var watch = Stopwatch.StartNew();
ModelFit<BgNbdModel> fit = BgNbdModel.Fit(cdnow);
Console.WriteLine(FormattableString.Invariant($"fit-bgnbd-cdnow {watch.Elapsed.TotalSeconds:F6}"));
Console.Error.WriteLine($"# {fit.Model}, LL={fit.LogLikelihood:F2}");

var random = new Random(7);
var customers = new CustomerSummary[n];
for (int i = 0; i < n; i++)
{
    double t = random.Next(189, 274) / 7.0;
    int x = Poisson(random, 0.8);
    customers[i] = new CustomerSummary(i.ToString(CultureInfo.InvariantCulture), x, x > 0 ? random.NextDouble() * t : 0, t);
}

var alive = new double[n];
var purchases = new double[n];
fit.Model.ProbabilityAlive(customers, alive); // warm-up
watch.Restart();
fit.Model.ProbabilityAlive(customers, alive);
fit.Model.ConditionalExpectedPurchases(customers, 52, purchases);
Console.WriteLine(FormattableString.Invariant($"score-bgnbd {watch.Elapsed.TotalSeconds:F6}"));
watch.Restart();
ParallelScoring.ProbabilityAlive(fit.Model, customers, alive);
ParallelScoring.ConditionalExpectedPurchases(fit.Model, customers, 52, purchases);
Console.WriteLine(FormattableString.Invariant($"score-bgnbd-parallel {watch.Elapsed.TotalSeconds:F6}"));

static int Poisson(Random random, double mean)
{
    double limit = Math.Exp(-mean), product = random.NextDouble();
    int k = 0;
    while (product > limit)
    {
        k++;
        product *= random.NextDouble();
    }

    return k;
}
