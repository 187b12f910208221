using CustomerValue.Lifetime;

namespace CustomerValue.Analysis;

/// <summary>Everything <see cref="CustomerAnalysis.Run(AnalysisInput, IProgress{string}?)"/> found: the data, the model comparison, the chosen model and the scores.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AnalysisResult
{
    /// <summary>The options, with the observation and calibration ends resolved to the dates used.</summary>
    public required AnalysisOptions Options { get; init; }

    /// <summary>Transactions read.</summary>
    public required long Transactions { get; init; }

    /// <summary>The first and last transaction dates.</summary>
    public required (DateTime First, DateTime Last) DateRange { get; init; }

    /// <summary>The summaries over the whole observation period (with the customers that have none accounted for).</summary>
    public required CustomerSummarySet Summaries { get; init; }

    /// <summary>The calibration/holdout split the models were compared on.</summary>
    public required CalibrationHoldoutSet Split { get; init; }

    /// <summary>Every candidate model's calibration fit and holdout error, best (chosen) first.</summary>
    public required IReadOnlyList<ModelEvaluation> Evaluations { get; init; }

    /// <summary>Candidate models that could not be fitted, with the reason.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> SkippedModels { get; init; }

    /// <summary>The model with the smallest holdout error (ties: smaller AIC).</summary>
    public ModelEvaluation Chosen => Evaluations[0];

    /// <summary>The candidate with the smallest AIC on the calibration period (it may differ from <see cref="Chosen"/>).</summary>
    public ModelEvaluation BestByAic => Evaluations.MinBy(e => e.Aic)!;

    /// <summary>Mean holdout purchases by calibration frequency, actual and predicted by the chosen model.</summary>
    public required IReadOnlyList<CalibrationHoldoutRow> CalibrationHoldout { get; init; }

    /// <summary>Every compared model refitted on the whole observation period, in the order of <see cref="Evaluations"/>.</summary>
    public required IReadOnlyList<FittedModel> Fits { get; init; }

    /// <summary>The chosen model refitted on the whole observation period: the model behind the scores.</summary>
    public FittedModel Final => Fits[0];

    /// <summary>The Gamma-Gamma spend fit on the whole period, or null when it could not be fitted (see <see cref="SpendModelProblem"/>).</summary>
    public GammaGammaFit? Spend { get; init; }

    /// <summary>Why there is no spend model, when <see cref="Spend"/> is null.</summary>
    public string? SpendModelProblem { get; init; }

    /// <summary>
    /// Repeat buyers whose mean repeat spend is zero or negative (returns): outside the Gamma-Gamma model, their expected
    /// spend is the population mean.
    /// </summary>
    public int CustomersAtPopulationSpend { get; init; }

    /// <summary>The segmentations and loyalty scores.</summary>
    public required AnalysisSegments Segments { get; init; }

    /// <summary>Every summarised customer's scores, in the order of <see cref="Summaries"/>.</summary>
    public required IReadOnlyList<CustomerScore> Scores { get; init; }
}
