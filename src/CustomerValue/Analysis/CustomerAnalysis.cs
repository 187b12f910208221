using CustomerValue.Lifetime;
using CustomerValue.Loyalty;
using CustomerValue.Segmentation;

namespace CustomerValue.Analysis;

/// <summary>
/// The whole customer-value pipeline on a transaction log: summaries with a calibration/holdout split, BG/NBD and its
/// relatives fitted and compared on the holdout period, the best refitted on all the data, Gamma-Gamma spend, and each
/// customer's P(alive), expected purchases and CLV.
/// </summary>
/// <remarks>Pure (no I/O) and thread-safe: each call works on its own data.</remarks>
public static class CustomerAnalysis
{
    private static readonly (string Name, Func<CustomerSummary[], FittedModel> Fit)[] Candidates =
    [
        (BgNbdModel.ModelName, c => FittedModel.From(BgNbdModel.Fit(c))),
        (MbgNbdModel.ModelName, c => FittedModel.From(MbgNbdModel.Fit(c))),
        (ParetoNbdModel.ModelName, c => FittedModel.From(ParetoNbdModel.Fit(c))),
    ];

    /// <summary>The names of the repeat-purchase models the analysis compares.</summary>
    public static IReadOnlyList<string> CandidateModels { get; } = [.. Candidates.Select(c => c.Name)];

    /// <summary>Runs the analysis on a transaction log held in memory.</summary>
    /// <param name="transactions">The log; enumerated once (and held in memory for the segmentations).</param>
    /// <param name="options">The settings; null for the defaults.</param>
    /// <param name="progress">Receives a short message as each step starts; may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is null.</exception>
    /// <exception cref="ArgumentException">The log is empty, or has no repeat buyer in the calibration period to fit a model on.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static AnalysisResult Run(IEnumerable<Transaction> transactions, AnalysisOptions? options = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        progress?.Report("Reading and summarising transactions");
        return Run(AnalysisInput.FromTransactions(transactions, options), progress);
    }

    /// <summary>Runs the analysis on a log already aggregated (in memory or by an out-of-core engine).</summary>
    /// <param name="input">The aggregated log and the resolved settings.</param>
    /// <param name="progress">Receives a short message as each step starts; may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException">No customer made a repeat purchase in the calibration period to fit a model on.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static AnalysisResult Run(AnalysisInput input, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        AnalysisOptions options = input.Options;
        options.Validate();
        DateTime end = options.ObservationEnd ?? throw new ArgumentException("The input's options have no observation end: build it with AnalysisOptions.Resolve.", nameof(input));
        DateTime calibrationEnd = options.CalibrationEnd ?? throw new ArgumentException("The input's options have no calibration end: build it with AnalysisOptions.Resolve.", nameof(input));
        CalibrationHoldoutSet split = input.Split;
        CustomerSummarySet summaries = input.Summaries;
        CustomerSummary[] calibration = [.. split.Customers.Select(c => c.Calibration)];
        CustomerSummary[] everyone = [.. summaries.Customers];

        progress?.Report("Fitting and comparing models on the holdout period");
        var evaluations = new List<ModelEvaluation>();
        var skipped = new List<KeyValuePair<string, string>>();
        foreach ((string name, Func<CustomerSummary[], FittedModel> fit) in Candidates)
        {
            try
            {
                evaluations.Add(Evaluate(name, fit(calibration), split.Customers));
            }
            catch (Exception e) when (e is ArgumentException or ModelFitException)
            {
                skipped.Add(new(name, e.Message));
            }
        }

        if (evaluations.Count == 0)
        {
            throw new ArgumentException($"No model could be fitted on the calibration period ending {calibrationEnd:yyyy-MM-dd}: {string.Join(" ", skipped.Select(s => $"{s.Key}: {s.Value}"))}", nameof(input));
        }

        evaluations.Sort(static (x, y) =>
        {
            int byConvergence = y.Converged.CompareTo(x.Converged);
            int byError = x.HoldoutRootMeanSquaredError.CompareTo(y.HoldoutRootMeanSquaredError);
            return byConvergence != 0 ? byConvergence : byError != 0 ? byError : x.Aic.CompareTo(y.Aic);
        });
        ModelEvaluation chosen = evaluations[0];

        progress?.Report("Refitting the models on the whole period");
        List<FittedModel> fits = [.. evaluations.Select(e => Candidates.First(c => c.Name == e.Name).Fit(everyone))];
        FittedModel final = fits[0];

        progress?.Report("Fitting the spend model");
        GammaGammaFit? spend = null;
        string? spendProblem = null;
        try
        {
            spend = GammaGammaModel.Fit(everyone);
            if (!spend.Model.HasFiniteMeanSpend)
            {
                spendProblem = $"the Gamma-Gamma fit has q = {spend.Model.Parameters.Q:G4} ≤ 1, so mean spend is undefined";
                spend = null;
            }
        }
        catch (Exception e) when (e is ArgumentException or ModelFitException)
        {
            spendProblem = e.Message;
        }

        progress?.Report("Scoring customers");
        IReadOnlyList<CustomerScore> scores = Score(everyone, input.TotalSpend, final.Model, spend?.Model, options);

        progress?.Report("Segmenting customers and scoring loyalty");
        AnalysisSegments segments = Segment(input.Customers, input.YearlyActivity, end, options);
        return new AnalysisResult
        {
            Options = options,
            Transactions = input.TransactionCount,
            DateRange = input.DateRange,
            Summaries = summaries,
            Split = split,
            Evaluations = evaluations,
            SkippedModels = skipped,
            CalibrationHoldout = TransactionModelDiagnostics.CalibrationHoldout(chosen.CalibrationModel, split.Customers),
            Fits = fits,
            Spend = spend,
            SpendModelProblem = spendProblem,
            Scores = scores,
            Segments = segments,
            CustomersAtPopulationSpend = spend is null ? 0 : everyone.Count(c => c.Frequency > 0 && c.MonetaryValue <= 0),
        };
    }

    private static AnalysisSegments Segment(CustomerBase customers, IReadOnlyList<YearlyActivity> yearly, DateTime end, AnalysisOptions options)
    {
        CustomerValueInput[] values = customers.Values();
        int year = end.Year;
        YearlyActivity[] lastYear = [.. yearly.Where(r => r.Year == year)];
        var loyalty = new Dictionary<string, double>(StringComparer.Ordinal);
        double loyalShare = 0;
        if (lastYear.Length > 0)
        {
            var scores = new double[lastYear.Length];
            BalancedLoyaltyModel.FromPopulation(lastYear).Score(lastYear, scores);
            for (int i = 0; i < lastYear.Length; i++)
            {
                loyalty[lastYear[i].CustomerId] = scores[i];
            }

            loyalShare = PurchaseLoyalty.LoyalShare(scores);
        }

        return new AnalysisSegments
        {
            Concentration = ConcentrationStrategy.Default.Analyze(values),
            Whale = WhaleCurveStrategy.Instance.Analyze(customers.Profits(options.Margin)),
            Rfm = RfmStrategy.Default.Analyze(customers.Rfm()),
            Tiers = TierStrategy.ThreeTier.Segment(values),
            LifeCycle = LifeCycleStrategy.Default.Segment(customers.Trajectories()),
            LoyaltyYear = year,
            Loyalty = loyalty,
            LoyalShare = loyalShare,
        };
    }

    private static ModelEvaluation Evaluate(string name, FittedModel fit, IReadOnlyList<CalibrationHoldoutSummary> customers)
    {
        double absolute = 0;
        double squared = 0;
        double predictedTotal = 0;
        double actualTotal = 0;
        foreach (CalibrationHoldoutSummary c in customers)
        {
            double predicted = fit.Model.ConditionalExpectedPurchases(c.Calibration, c.DurationHoldout);
            double error = predicted - c.FrequencyHoldout;
            absolute += Math.Abs(error);
            squared += error * error;
            predictedTotal += predicted;
            actualTotal += c.FrequencyHoldout;
        }

        int n = Math.Max(1, customers.Count);
        return new ModelEvaluation(name, fit.Model, fit.LogLikelihood, fit.Aic, fit.Bic, fit.Converged, absolute / n, Math.Sqrt(squared / n), predictedTotal, actualTotal);
    }

    private static IReadOnlyList<CustomerScore> Score(CustomerSummary[] customers, IReadOnlyDictionary<string, decimal> totals, ITransactionModel model, GammaGammaModel? spend, AnalysisOptions options)
    {
        var alive = new double[customers.Length];
        var purchases = new double[customers.Length];
        model.ProbabilityAlive(customers, alive);
        model.ConditionalExpectedPurchases(customers, options.Horizon, purchases);
        double[]? expectedSpend = null;
        double[]? clv = null;
        if (spend is not null)
        {
            // Customers whose repeat spend is zero or negative (returns) are outside the Gamma-Gamma model: they get the
            // population mean spend (counted in AnalysisResult.CustomersAtPopulationSpend).
            expectedSpend = new double[customers.Length];
            clv = new double[customers.Length];
            var clvOptions = ClvOptions.FromCalendar(options.ClvSteps, options.ClvStep, options.Unit) with { Margin = options.Margin, DiscountRate = options.DiscountRate };
            double populationMean = spend.PopulationMeanSpend();
            for (int i = 0; i < customers.Length; i++)
            {
                CustomerSummary c = customers[i];
                expectedSpend[i] = c.Frequency > 0 && c.MonetaryValue > 0 ? spend.ConditionalExpectedSpend(c.Frequency, c.MonetaryValue) : populationMean;
                clv[i] = CustomerLifetimeValue.Calculate(model, c, expectedSpend[i], clvOptions);
            }
        }

        var scores = new CustomerScore[customers.Length];
        for (int i = 0; i < customers.Length; i++)
        {
            scores[i] = new CustomerScore(customers[i], totals[customers[i].CustomerId], alive[i], purchases[i], expectedSpend?[i], clv?[i]);
        }

        return scores;
    }
}
