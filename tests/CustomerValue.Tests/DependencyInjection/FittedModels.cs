using CustomerValue.Lifetime;

namespace CustomerValue.Tests.DependencyInjection;

/// <summary>Fitted models and their JSON, as an application would ship them.</summary>
internal static class FittedModels
{
    public static BgNbdParameters BgNbd { get; } = new(0.25, 4.0, 0.8, 2.5);

    public static GammaGammaParameters GammaGamma { get; } = new(6.25, 3.74, 15.44);

    public static string BgNbdJson { get; } = ModelJson.Serialize(new BgNbdModel(BgNbd));

    public static string ParetoNbdJson { get; } = ModelJson.Serialize(new ParetoNbdModel(new ParetoNbdParameters(0.55, 10.6, 0.61, 11.7)));

    public static string GammaGammaJson { get; } = ModelJson.Serialize(new GammaGammaModel(GammaGamma));
}
