namespace CustomerValue.Lifetime;

/// <summary>A fitted model known by a short name and a list of named parameters: what JSON and the command line see of it.</summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface IParametricModel
{
    /// <summary>The model's short name as used on the command line and in JSON (for example "bg-nbd").</summary>
    string Name { get; }

    /// <summary>The parameters by their conventional names (for example r, alpha, a, b), in the model's canonical order.</summary>
    IReadOnlyList<KeyValuePair<string, double>> Parameters { get; }
}
