using System.CommandLine;
using System.Globalization;
using CustomerValue.Lifetime;
using CustomerValue.Segmentation;

namespace CustomerValue.Cli.Commands;

/// <summary>
/// <c>customervalue segment</c>: segments the customers of a transaction log (or of customer summaries) by one strategy and
/// prints the segment table; <c>--labels</c> writes each customer's segment.
/// </summary>
internal static class SegmentCommand
{
    /// <summary>The strategies the command offers.</summary>
    public static readonly string[] Strategies = ["pareto", "whale", "tiers3", "tiers4", "deciles", "rfm", "value-matrix", "lifecycle", "kmeans"];

    /// <summary>Builds the command; results go to <paramref name="output"/>, bad-row reports to <paramref name="error"/>.</summary>
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var transactions = new TransactionInput();
        var summary = new SummaryInput();
        var strategy = new Option<string>("--strategy") { Description = $"The segmentation: {string.Join(", ", Strategies)}.", Required = true };
        strategy.AcceptOnlyFromAmong(Strategies);
        var format = new Option<string>("--format") { Description = "Output: table (default), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var labels = new Option<string?>("--labels") { Description = "Also write each customer's segment (customer_id,segment CSV) to this file, atomically." };
        var observationEnd = new Option<DateTime?>("--observation-end") { Description = "Last day of observation, inclusive (yyyy-MM-dd). Default: the day of the latest transaction.", CustomParser = DateOptionParser.Parse };
        var value = new Option<string>("--value") { Description = "pareto, tiers: a customer's value is its net spend (default) or gross purchase amount.", DefaultValueFactory = _ => "net" };
        value.AcceptOnlyFromAmong("net", "gross");
        var topShare = new Option<double>("--top-share") { Description = "pareto: the share of customers in the top segment (default 0.2).", DefaultValueFactory = _ => 0.2 };
        var cutPoints = new Option<string?>("--cut-points") { Description = "tiers3, tiers4: comma-separated customer shares, for example 0.01,0.2 (default: the seed's)." };
        var deciles = new Option<string>("--deciles") { Description = "deciles: revenue (10 % of net spend per band, default), purchase (of gross purchases) or customers (10 % of customers).", DefaultValueFactory = _ => "revenue" };
        deciles.AcceptOnlyFromAmong("revenue", "purchase", "customers");
        var margin = new Option<double>("--margin") { Description = "whale, value-matrix: the share of spend that is margin (default 1).", DefaultValueFactory = _ => 1.0 };
        var costPerPurchase = new Option<double>("--cost-per-purchase") { Description = "whale: cost to serve one purchase occasion (default 0).", DefaultValueFactory = _ => 0.0 };
        var rfmMap = new Option<string>("--rfm-map") { Description = "rfm: the segment map, standard (default) or standard-with-lost.", DefaultValueFactory = _ => "standard" };
        rfmMap.AcceptOnlyFromAmong("standard", "standard-with-lost");
        var levels = new Option<int>("--levels") { Description = "value-matrix: 2 (default) or 3 levels of current and potential value.", DefaultValueFactory = _ => 2 };
        levels.AcceptOnlyFromAmong("2", "3");
        var horizon = new Option<int>("--horizon") { Description = "value-matrix: lifetime-value horizon in weeks (summary time units), default 52.", DefaultValueFactory = _ => 52 };
        var potential = new Option<FileInfo?>("--potential") { Description = "value-matrix: potential value per customer (customer_id,potential CSV); default: the up-selling uplift to the 80th percentile spend." };
        var windowDays = new Option<int>("--window-days") { Description = "lifecycle: window length in days (default 91).", DefaultValueFactory = _ => 91 };
        var clusters = new Option<int?>("--k") { Description = "kmeans: the number of clusters (default: chosen by silhouette among 2..8)." };
        var seed = new Option<int>("--seed") { Description = "kmeans: the random seed (default 20240101).", DefaultValueFactory = _ => KMeansOptions.Default.Seed };

        var command = new Command("segment", "Segment customers (pareto, whale, tiers3, tiers4, deciles, rfm, value-matrix, lifecycle, kmeans) and print the segment table.");
        transactions.AddTo(command);
        summary.AddTo(command);
        foreach (Option option in new Option[] { strategy, format, labels, observationEnd, value, topShare, cutPoints, deciles, margin, costPerPurchase, rfmMap, levels, horizon, potential, windowDays, clusters, seed })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            CustomerBase customers = Load(parsed, transactions, summary, parsed.GetValue(observationEnd), error);
            SpendMeasure measure = parsed.GetValue(value) == "gross" ? SpendMeasure.Gross : SpendMeasure.Net;
            var figures = new List<KeyValuePair<string, double>>();
            SegmentationResult result;
            switch (parsed.GetValue(strategy))
            {
                case "pareto":
                    ConcentrationAnalysis pareto = new ConcentrationStrategy(parsed.GetValue(topShare)).Analyze(customers.Values(measure));
                    figures.Add(new("gini", pareto.Gini));
                    figures.Add(new("top20Share", pareto.ShareOfTop(0.2)));
                    figures.Add(new("topShare", pareto.TopShare));
                    result = pareto.Segmentation;
                    break;
                case "whale":
                    WhaleCurveAnalysis whale = WhaleCurveStrategy.Instance.Analyze(customers.Profits(parsed.GetValue(margin), parsed.GetValue(costPerPurchase)));
                    figures.Add(new("peakProfit", whale.Peak.Value));
                    figures.Add(new("peakCustomerShare", whale.Peak.CustomerShare));
                    figures.Add(new("unprofitableShare", whale.UnprofitableCustomerShare));
                    figures.Add(new("loss", whale.Loss));
                    result = whale.Segmentation;
                    break;
                case "tiers3":
                    result = Tiers("tiers3", TierOptions.ThreeTier, parsed.GetValue(cutPoints)).Segment(customers.Values(measure));
                    break;
                case "tiers4":
                    result = Tiers("tiers4", TierOptions.FourTier, parsed.GetValue(cutPoints)).Segment(customers.Values(measure));
                    break;
                case "deciles":
                    result = parsed.GetValue(deciles) switch
                    {
                        "purchase" => TierStrategy.PurchaseDeciles.Segment(customers.Values(SpendMeasure.Gross)),
                        "customers" => TierStrategy.CustomerDeciles.Segment(customers.Values(measure)),
                        _ => TierStrategy.RevenueDeciles.Segment(customers.Values(SpendMeasure.Net)),
                    };
                    break;
                case "rfm":
                    result = new RfmStrategy(parsed.GetValue(rfmMap) == "standard" ? RfmSegmentMap.Standard : RfmSegmentMap.StandardWithLost).Segment(customers.Rfm());
                    break;
                case "value-matrix":
                    int weeks = parsed.GetValue(horizon);
                    if (weeks < 1)
                    {
                        throw new CommandLineException($"--horizon must be 1 or more weeks, but was {weeks}.");
                    }

                    ClvOptions clv = new(weeks, 1.0) { Margin = parsed.GetValue(margin) };
                    IReadOnlyDictionary<string, double>? uplift = parsed.GetValue(potential) is { } file ? ReadPotential(file) : null;
                    var matrix = new ValueMatrixStrategy(parsed.GetValue(levels) == 3 ? ValueMatrixOptions.ThreeByThree : ValueMatrixOptions.TwoByTwo);
                    result = matrix.Segment(customers.ValueComponents(clv, uplift));
                    break;
                case "lifecycle":
                    result = LifeCycleStrategy.Default.Segment(customers.Trajectories(parsed.GetValue(windowDays)));
                    break;
                default:
                    KMeansClustering kmeans = new KMeansStrategy(new KMeansOptions { Clusters = parsed.GetValue(clusters), Seed = parsed.GetValue(seed) }).Cluster(customers.LogRfmAttributes());
                    figures.Add(new("k", kmeans.Clusters));
                    figures.Add(new("silhouette", kmeans.Silhouette));
                    result = kmeans.Segmentation;
                    break;
            }

            if (parsed.GetValue(labels) is { Length: > 0 } labelFile)
            {
                OutputTarget.Write(labelFile, output, writer => SegmentReport.Labels(writer, result));
            }

            OutputTarget.Write(null, output, writer => SegmentReport.Write(writer, parsed.GetValue(format)!, result, figures));
            return 0;
        });
        return command;
    }

    private static CustomerBase Load(ParseResult parsed, TransactionInput transactions, SummaryInput summary, DateTime? observationEnd, TextWriter error)
    {
        bool fromSummary = parsed.GetValue<FileInfo?>("--summary") is not null;
        if (fromSummary && transactions.HasFile(parsed))
        {
            throw new CommandLineException("Give either --transactions or --summary, not both.");
        }

        if (fromSummary)
        {
            return CustomerBase.FromSummaries(summary.Read(parsed));
        }

        List<Transaction> log = [.. transactions.Read(parsed, error)];
        if (log.Count == 0)
        {
            throw new CommandLineException("The transaction log has no transactions.");
        }

        return CustomerBase.FromTransactions(log, observationEnd);
    }

    private static TierStrategy Tiers(string name, TierOptions preset, string? cutPoints)
    {
        if (string.IsNullOrWhiteSpace(cutPoints))
        {
            return new TierStrategy(name, preset);
        }

        double[] cuts = [.. cutPoints.Split(',', StringSplitOptions.TrimEntries).Select(text =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double cut)
                ? cut
                : throw new CommandLineException($"--cut-points: '{text}' is not a number."))];
        if (cuts.Length != preset.CutPoints.Count)
        {
            throw new CommandLineException($"--cut-points: {name} needs {preset.CutPoints.Count} cut points, but {cuts.Length} were given.");
        }

        return new TierStrategy(name, new TierOptions(TierBasis.Customers, cuts, preset.Names, preset.Actions));
    }

    private static Dictionary<string, double> ReadPotential(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new CommandLineException($"--potential: the file '{file.FullName}' does not exist.");
        }

        var potential = new Dictionary<string, double>(StringComparer.Ordinal);
        int line = 0;
        foreach (string text in File.ReadLines(file.FullName))
        {
            line++;
            string[] fields = text.Split(',', StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || fields[0].Length == 0)
            {
                throw new CommandLineException($"--potential '{file.Name}' line {line}: expected customer_id,potential.");
            }

            if (double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double uplift))
            {
                potential[fields[0]] = uplift;
            }
            else if (line > 1)
            {
                throw new CommandLineException($"--potential '{file.Name}' line {line}: '{fields[1]}' is not a number.");
            }
        }

        return potential;
    }
}
