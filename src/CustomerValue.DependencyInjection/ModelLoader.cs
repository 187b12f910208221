using System.Globalization;
using System.Text.Json;
using CustomerValue.Lifetime;

namespace CustomerValue.DependencyInjection;

/// <summary>Loads the fitted models named by <see cref="CustomerValueOptions"/> and checks its settings, collecting every problem.</summary>
internal static class ModelLoader
{
    /// <summary>Every problem with <paramref name="options"/>, in a stable order; empty when they are valid.</summary>
    public static IReadOnlyList<string> Validate(CustomerValueOptions options) => Load(options).Errors;

    /// <summary>Loads both models (either may be null when not set) and collects every problem.</summary>
    public static LoadedModels Load(CustomerValueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        ITransactionModel? transactionModel = LoadModel<ITransactionModel>(
            options.TransactionModelJson,
            options.TransactionModelStream,
            nameof(CustomerValueOptions.TransactionModelJson),
            nameof(CustomerValueOptions.TransactionModelStream),
            "a continuous-time repeat-purchase model such as bg-nbd, mbg-nbd or pareto-nbd",
            errors,
            out bool transactionSet);
        GammaGammaModel? spendModel = LoadModel<GammaGammaModel>(
            options.SpendModelJson,
            options.SpendModelStream,
            nameof(CustomerValueOptions.SpendModelJson),
            nameof(CustomerValueOptions.SpendModelStream),
            "a gamma-gamma spend model",
            errors,
            out bool spendSet);

        if (spendSet && !transactionSet)
        {
            errors.Add("A spend model is set but no transaction model: set TransactionModelJson or TransactionModelStream as well (the lifetime value needs both).");
        }

        bool clvNeeded = spendSet && transactionSet;
        if (options.ClvHorizonSteps is { } steps)
        {
            if (steps < 1)
            {
                errors.Add(Invariant($"ClvHorizonSteps must be 1 or more, but was {steps}."));
            }
        }
        else if (clvNeeded)
        {
            errors.Add("ClvHorizonSteps is required when both a transaction and a spend model are set (the number of steps in the lifetime-value horizon).");
        }

        if (options.ClvStepLength is { } step)
        {
            if (!(double.IsFinite(step) && step > 0))
            {
                errors.Add(Invariant($"ClvStepLength must be finite and greater than 0 model time units, but was {step}."));
            }
        }
        else if (clvNeeded)
        {
            errors.Add("ClvStepLength is required when both a transaction and a spend model are set (one step in the transaction model's time unit, for example 4.348 weeks for a month).");
        }

        if (!(options.ClvMargin >= 0.0 && options.ClvMargin <= 1.0))
        {
            errors.Add(Invariant($"ClvMargin is the share of spend that is profit and must be between 0 and 1, but was {options.ClvMargin}."));
        }

        if (!(double.IsFinite(options.ClvDiscountRate) && options.ClvDiscountRate >= 0.0))
        {
            errors.Add(Invariant($"ClvDiscountRate is per step and must be finite and 0 or more, but was {options.ClvDiscountRate}."));
        }

        if (options.PurchaseLoyaltyWeights is not null && options.PurchaseLoyaltyCalibration is null)
        {
            errors.Add("PurchaseLoyaltyWeights is set but PurchaseLoyaltyCalibration is not: the purchase-loyalty model needs a calibration.");
        }

        return new LoadedModels(transactionModel, spendModel, errors);
    }

    private static T? LoadModel<T>(string? json, Func<Stream>? open, string jsonName, string streamName, string wanted, List<string> errors, out bool isSet)
        where T : class, IParametricModel
    {
        isSet = json is not null || open is not null;
        if (json is not null && open is not null)
        {
            errors.Add($"Both {jsonName} and {streamName} are set: set one of them.");
            return null;
        }

        IParametricModel model;
        string source;
        if (json is not null)
        {
            source = jsonName;
            if (string.IsNullOrWhiteSpace(json))
            {
                errors.Add($"{jsonName} is empty: set it to the model's JSON or leave it null.");
                return null;
            }

            try
            {
                model = ModelJson.Deserialize(json);
            }
            catch (JsonException e)
            {
                errors.Add($"{jsonName}: {e.Message}");
                return null;
            }
        }
        else if (open is not null)
        {
            source = streamName;
            try
            {
                using Stream? stream = open();
                if (stream is null)
                {
                    errors.Add($"{streamName} returned no stream (null).");
                    return null;
                }

                model = ModelJson.Deserialize(stream);
            }
            catch (JsonException e)
            {
                errors.Add($"{streamName}: {e.Message}");
                return null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException or ArgumentException)
            {
                errors.Add($"{streamName} could not be read: {e.GetType().Name}: {e.Message}");
                return null;
            }
        }
        else
        {
            return null;
        }

        if (model is not T typed)
        {
            errors.Add($"{source} holds a {model.Name} model, not {wanted}.");
            return null;
        }

        return typed;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
