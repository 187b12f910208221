using CustomerValue.Lifetime;

namespace CustomerValue.DependencyInjection;

/// <summary>The fitted models loaded once from <see cref="CustomerValueOptions"/> (a singleton), and the problems found while loading.</summary>
/// <param name="TransactionModel">The repeat-purchase model, or null when none is set or it failed to load.</param>
/// <param name="SpendModel">The spend model, or null when none is set or it failed to load.</param>
/// <param name="Errors">Every problem with the options; empty when they are valid.</param>
internal sealed record LoadedModels(ITransactionModel? TransactionModel, GammaGammaModel? SpendModel, IReadOnlyList<string> Errors);
