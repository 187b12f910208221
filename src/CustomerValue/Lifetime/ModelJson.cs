using System.Text;
using System.Text.Json;

namespace CustomerValue.Lifetime;

/// <summary>
/// Saves fitted models (repeat-purchase and spend models, or whole fit results) as JSON and loads them back, with System.Text.Json and no
/// file access: strings and streams only. The shape is
/// <c>{"model":"bg-nbd","parameters":{"r":…,"alpha":…,"a":…,"b":…},"logLikelihood":…,"standardErrors":{…},…}</c>;
/// loading needs only "model" and "parameters" (keys are case-insensitive) and ignores everything else.
/// </summary>
/// <remarks>Thread-safe. The known models are listed by <see cref="ModelNames"/>.</remarks>
public static class ModelJson
{
    // The registry: one line per model. Each factory receives a lookup of required parameter values by name.
    private static readonly Dictionary<string, Func<Func<string, double>, IParametricModel>> Registry =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [BgNbdModel.ModelName] = get => new BgNbdModel(new BgNbdParameters(get("r"), get("alpha"), get("a"), get("b"))),
            [MbgNbdModel.ModelName] = get => new MbgNbdModel(new MbgNbdParameters(get("r"), get("alpha"), get("a"), get("b"))),
            [ParetoNbdModel.ModelName] = get => new ParetoNbdModel(new ParetoNbdParameters(get("r"), get("alpha"), get("s"), get("beta"))),
            [GammaGammaModel.ModelName] = get => new GammaGammaModel(new GammaGammaParameters(get("p"), get("q"), get("gamma"))),
            [BgBbModel.ModelName] = get => new BgBbModel(new BgBbParameters(get("alpha"), get("beta"), get("gamma"), get("delta"))),
            [ShiftedBetaGeometricModel.ModelName] = get => new ShiftedBetaGeometricModel(new ShiftedBetaGeometricParameters(get("alpha"), get("beta"))),
        };

    /// <summary>The model names that <see cref="Deserialize(string)"/> understands.</summary>
    public static IReadOnlyCollection<string> ModelNames => Registry.Keys;

    /// <summary>The model as JSON: its name and parameters.</summary>
    /// <param name="model">The model.</param>
    /// <returns>A JSON object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static string Serialize(IParametricModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var stream = new MemoryStream();
        Serialize(model, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the model as UTF-8 JSON to <paramref name="utf8Json"/> (left open).</summary>
    /// <param name="model">The model.</param>
    /// <param name="utf8Json">The destination stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(IParametricModel model, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        WriteModel(writer, model);
        writer.WriteEndObject();
    }

    /// <summary>The fit result as JSON: the model's name and parameters plus log-likelihood, standard errors, covariance, convergence and size.</summary>
    /// <typeparam name="TModel">The model type.</typeparam>
    /// <param name="fit">The fit result.</param>
    /// <returns>A JSON object that <see cref="Deserialize(string)"/> reads back as the model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    public static string Serialize<TModel>(ModelFit<TModel> fit)
        where TModel : class, IParametricModel
    {
        ArgumentNullException.ThrowIfNull(fit);
        using var stream = new MemoryStream();
        Serialize(fit, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the fit result as UTF-8 JSON to <paramref name="utf8Json"/> (left open).</summary>
    /// <typeparam name="TModel">The model type.</typeparam>
    /// <param name="fit">The fit result.</param>
    /// <param name="utf8Json">The destination stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize<TModel>(ModelFit<TModel> fit, Stream utf8Json)
        where TModel : class, IParametricModel => WriteFit(fit, utf8Json, extra: null);

    /// <summary>
    /// The Gamma-Gamma fit result as JSON: as <see cref="Serialize{TModel}(ModelFit{TModel})"/>, plus the customers used and
    /// excluded and the frequency–monetary correlation.
    /// </summary>
    /// <param name="fit">The fit result.</param>
    /// <returns>A JSON object that <see cref="Deserialize(string)"/> reads back as the model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    public static string Serialize(GammaGammaFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        using var stream = new MemoryStream();
        WriteFit(fit.ModelFit, stream, writer =>
        {
            writer.WriteNumber("customersExcluded", fit.CustomersExcluded);
            writer.WriteNumber("excludedWithoutRepeatPurchases", fit.ExcludedWithoutRepeatPurchases);
            writer.WriteNumber("excludedWithNonPositiveSpend", fit.ExcludedWithNonPositiveSpend);
            WriteNumber(writer, "frequencyMonetaryCorrelation", fit.FrequencyMonetaryCorrelation);
        });
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Loads a repeat-purchase model (see <see cref="Deserialize(string)"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid model, or the model is not a repeat-purchase model.</exception>
    public static ITransactionModel DeserializeTransactionModel(string json) => Expect<ITransactionModel>(Deserialize(json), "a continuous-time repeat-purchase model such as bg-nbd");

    /// <summary>Loads a Gamma-Gamma spend model (see <see cref="Deserialize(string)"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid model, or the model is not a Gamma-Gamma model.</exception>
    public static GammaGammaModel DeserializeSpendModel(string json) => Expect<GammaGammaModel>(Deserialize(json), "a gamma-gamma spend model");

    private static T Expect<T>(IParametricModel model, string wanted)
        where T : class => model as T ?? throw new JsonException($"The JSON holds a {model.Name} model, not {wanted}.");

    private static void WriteFit<TModel>(ModelFit<TModel> fit, Stream utf8Json, Action<Utf8JsonWriter>? extra)
        where TModel : class, IParametricModel
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        WriteModel(writer, fit.Model);
        WriteNumber(writer, "logLikelihood", fit.LogLikelihood);
        writer.WriteStartObject("standardErrors");
        foreach (KeyValuePair<string, double> pair in fit.StandardErrors)
        {
            WriteNumber(writer, pair.Key, pair.Value);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("covariance");
        foreach (IReadOnlyList<double> row in fit.Covariance)
        {
            writer.WriteStartArray();
            foreach (double v in row)
            {
                if (double.IsFinite(v))
                {
                    writer.WriteNumberValue(v);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("converged", fit.Converged);
        writer.WriteString("exitReason", fit.ExitReason.ToString());
        writer.WriteNumber("iterations", fit.Iterations);
        writer.WriteNumber("customers", fit.Observations);
        WriteNumber(writer, "aic", fit.Aic);
        WriteNumber(writer, "bic", fit.Bic);
        WriteNumber(writer, "l2Penalty", fit.L2Penalty);
        extra?.Invoke(writer);
        writer.WriteEndObject();
    }

    /// <summary>Loads a model saved by <see cref="Serialize(IParametricModel)"/> or <see cref="Serialize{TModel}(ModelFit{TModel})"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON, "model" or "parameters" is missing, the model is unknown, or a parameter is missing or invalid.</exception>
    public static IParametricModel Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new JsonException($"The model JSON is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Loads a model from UTF-8 JSON in <paramref name="utf8Json"/> (left open).</summary>
    /// <param name="utf8Json">The source stream.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The content is not a valid model (see <see cref="Deserialize(string)"/>).</exception>
    public static IParametricModel Deserialize(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException e)
        {
            throw new JsonException($"The model JSON is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static IParametricModel Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The model JSON must be an object with \"model\" and \"parameters\", but was {root.ValueKind}.");
        }

        JsonElement? nameElement = Property(root, "model");
        if (nameElement is not { ValueKind: JsonValueKind.String } name)
        {
            throw new JsonException("The model JSON has no \"model\" string (for example \"bg-nbd\").");
        }

        string modelName = name.GetString()!;
        if (!Registry.TryGetValue(modelName, out Func<Func<string, double>, IParametricModel>? factory))
        {
            throw new JsonException($"Unknown model '{modelName}'; known models: {string.Join(", ", Registry.Keys)}.");
        }

        if (Property(root, "parameters") is not { ValueKind: JsonValueKind.Object } parameters)
        {
            throw new JsonException($"The {modelName} JSON has no \"parameters\" object.");
        }

        double Get(string key)
        {
            if (Property(parameters, key) is not { ValueKind: JsonValueKind.Number } value || !value.TryGetDouble(out double d))
            {
                throw new JsonException($"The {modelName} JSON has no numeric parameter \"{key}\".");
            }

            return d;
        }

        try
        {
            return factory(Get);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"The {modelName} JSON has an invalid parameter: {e.Message}", e);
        }
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static void WriteModel(Utf8JsonWriter writer, IParametricModel model)
    {
        writer.WriteString("model", model.Name);
        writer.WriteStartObject("parameters");
        foreach (KeyValuePair<string, double> pair in model.Parameters)
        {
            WriteNumber(writer, pair.Key, pair.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
