using System.Text;
using CustomerValue.DependencyInjection;
using CustomerValue.Lifetime;
using CustomerValue.Loyalty;
using CustomerValue.Segmentation;
using CustomerValue.Switching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomerValue.Tests.DependencyInjection;

public sealed class AddCustomerValueTests
{
    private static ServiceProvider Build(Action<CustomerValueOptions>? configure, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        before?.Invoke(services);
        services.AddCustomerValue(configure);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static async Task StartAsync(IServiceProvider provider) =>
        await provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None);

    private static void FullOptions(CustomerValueOptions o)
    {
        o.TransactionModelJson = FittedModels.BgNbdJson;
        o.SpendModelJson = FittedModels.GammaGammaJson;
        o.ClvHorizonSteps = 12;
        o.ClvStepLength = 365.2425 / 12 / 7;
        o.ClvMargin = 0.3;
        o.ClvDiscountRate = 0.01;
        o.PurchaseLoyaltyCalibration = new PurchaseLoyaltyCalibration(new(2, 8), new(3, 10), new(5, 20), new(100, 500));
    }

    [Fact]
    public void Returns_the_same_collection_for_chaining()
    {
        var services = new ServiceCollection();
        Assert.Same(services, services.AddCustomerValue());
    }

    [Fact]
    public async Task Resolves_every_strategy_and_calculator_as_singletons()
    {
        using ServiceProvider provider = Build(FullOptions);
        await StartAsync(provider);

        Assert.Same(RfmStrategy.Default, provider.GetRequiredService<ISegmentationStrategy<RfmFeatures>>());
        Assert.Same(ConcentrationStrategy.Default, provider.GetRequiredService<ISegmentationStrategy<CustomerValueInput>>());
        Assert.Same(KMeansStrategy.Default, provider.GetRequiredService<ISegmentationStrategy<CustomerAttributes>>());
        Assert.Same(LifeCycleStrategy.Default, provider.GetRequiredService<ISegmentationStrategy<CustomerTrajectory>>());
        Assert.Same(ValueMatrixStrategy.Default, provider.GetRequiredService<ISegmentationStrategy<CustomerValueComponents>>());
        Assert.Same(BestLoyalStrategy.Default, provider.GetRequiredService<ISegmentationStrategy<CustomerLoyaltyInput>>());
        Assert.Same(WhaleCurveStrategy.Instance, provider.GetRequiredService<ISegmentationStrategy<CustomerProfitInput>>());
        Assert.Same(TierStrategy.ThreeTier, provider.GetRequiredService<TierStrategy>());
        Assert.Same(RfmStrategy.Default, provider.GetRequiredService<RfmStrategy>());

        Assert.Same(CompositeLoyaltyIndex.EqualWeights, provider.GetRequiredService<ILoyaltyIndex>());
        Assert.Same(FacetSwitchingCostModel.Default, provider.GetRequiredService<ISwitchingCostModel>());
        Assert.Same(LogisticChurnModel.Default, provider.GetRequiredService<IChurnModel>());
        IPurchaseLoyaltyModel loyalty = provider.GetRequiredService<IPurchaseLoyaltyModel>();
        Assert.IsType<BalancedLoyaltyModel>(loyalty);
        Assert.Same(loyalty, provider.GetRequiredService<IPurchaseLoyaltyModel>());
    }

    [Fact]
    public void Loads_the_fitted_models_and_the_lifetime_value_calculator_from_json()
    {
        using ServiceProvider provider = Build(FullOptions);

        ITransactionModel transaction = provider.GetRequiredService<ITransactionModel>();
        BgNbdModel bgNbd = Assert.IsType<BgNbdModel>(transaction);
        Assert.Equal(FittedModels.BgNbd, bgNbd.Parameters);
        GammaGammaModel spend = provider.GetRequiredService<GammaGammaModel>();
        Assert.Equal(FittedModels.GammaGamma, spend.Parameters);

        CustomerLifetimeValue clv = provider.GetRequiredService<CustomerLifetimeValue>();
        Assert.Same(transaction, clv.TransactionModel);
        Assert.Same(spend, clv.SpendModel);
        Assert.Equal(12, clv.Options.HorizonSteps);
        Assert.Equal(365.2425 / 12 / 7, clv.Options.StepLength);
        Assert.Equal(0.3, clv.Options.Margin);
        Assert.Equal(0.01, clv.Options.DiscountRate);
        Assert.Same(clv, provider.GetRequiredService<CustomerLifetimeValue>());

        var customer = new CustomerSummary("42", 3, 20, 38, 35.5);
        var direct = new CustomerLifetimeValue(new BgNbdModel(FittedModels.BgNbd), new GammaGammaModel(FittedModels.GammaGamma), clv.Options);
        Assert.Equal(direct.Calculate(customer), clv.Calculate(customer));
    }

    [Fact]
    public async Task Loads_models_from_stream_factories_and_disposes_the_streams()
    {
        var opened = new List<TrackingStream>();
        TrackingStream Open(string json)
        {
            var stream = new TrackingStream(Encoding.UTF8.GetBytes(json));
            opened.Add(stream);
            return stream;
        }

        using ServiceProvider provider = Build(o =>
        {
            o.TransactionModelStream = () => Open(FittedModels.ParetoNbdJson);
            o.SpendModelStream = () => Open(FittedModels.GammaGammaJson);
            o.ClvHorizonSteps = 52;
            o.ClvStepLength = 1;
        });
        await StartAsync(provider);

        Assert.IsType<ParetoNbdModel>(provider.GetRequiredService<ITransactionModel>());
        Assert.Equal(FittedModels.GammaGamma, provider.GetRequiredService<GammaGammaModel>().Parameters);
        Assert.NotNull(provider.GetRequiredService<CustomerLifetimeValue>());
        Assert.NotEmpty(opened);
        Assert.All(opened, s => Assert.True(s.Disposed));
    }

    [Fact]
    public void Does_not_override_the_callers_registrations()
    {
        var ownRfm = new RfmStrategy();
        var ownSwitching = new FacetSwitchingCostModel();
        var ownChurn = new LogisticChurnModel(0.5, -1.0, -1.0, 0.2);
        var ownModel = new BgNbdModel(new BgNbdParameters(0.5, 6, 0.5, 3));
        var ownClv = new ClvOptions(24, 1);

        using ServiceProvider provider = Build(FullOptions, services =>
        {
            services.AddSingleton(ownRfm);
            services.AddSingleton<ISwitchingCostModel>(ownSwitching);
            services.AddSingleton<IChurnModel>(ownChurn);
            services.AddSingleton<ITransactionModel>(ownModel);
            services.AddSingleton(ownClv);
        });

        Assert.Same(ownRfm, provider.GetRequiredService<RfmStrategy>());
        Assert.Same(ownRfm, provider.GetRequiredService<ISegmentationStrategy<RfmFeatures>>());
        Assert.Same(ownSwitching, provider.GetRequiredService<ISwitchingCostModel>());
        Assert.Same(ownChurn, provider.GetRequiredService<IChurnModel>());
        Assert.Same(ownModel, provider.GetRequiredService<ITransactionModel>());
        Assert.Single(provider.GetServices<ITransactionModel>());
        CustomerLifetimeValue clv = provider.GetRequiredService<CustomerLifetimeValue>();
        Assert.Same(ownModel, clv.TransactionModel);
        Assert.Same(ownClv, clv.Options);
    }

    [Fact]
    public async Task Calling_twice_registers_each_service_once()
    {
        var services = new ServiceCollection();
        services.AddCustomerValue(FullOptions).AddCustomerValue();
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Single(provider.GetServices<ISwitchingCostModel>());
        Assert.Single(provider.GetServices<ITransactionModel>());
        Assert.Single(provider.GetServices<IValidateOptions<CustomerValueOptions>>().OfType<CustomerValueOptionsValidator>());
        await StartAsync(provider);
    }

    [Fact]
    public async Task Invalid_options_fail_at_start_with_every_problem_listed()
    {
        using ServiceProvider provider = Build(o =>
        {
            o.TransactionModelJson = "{ \"model\": \"bg-nbd\", ";
            o.SpendModelJson = """{"model":"weibull","parameters":{"k":1}}""";
            o.ClvHorizonSteps = 0;
            o.ClvStepLength = double.NaN;
            o.ClvMargin = 1.5;
            o.ClvDiscountRate = -0.1;
        });

        OptionsValidationException e = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(provider));

        Assert.StartsWith("The CustomerValue options are invalid (6 problems):", e.Message, StringComparison.Ordinal);
        Assert.Contains("TransactionModelJson: The model JSON is not valid JSON", e.Message, StringComparison.Ordinal);
        Assert.Contains("SpendModelJson: Unknown model 'weibull'", e.Message, StringComparison.Ordinal);
        Assert.Contains("ClvHorizonSteps must be 1 or more, but was 0.", e.Message, StringComparison.Ordinal);
        Assert.Contains("ClvStepLength must be finite and greater than 0 model time units, but was NaN.", e.Message, StringComparison.Ordinal);
        Assert.Contains("ClvMargin is the share of spend that is profit and must be between 0 and 1, but was 1.5.", e.Message, StringComparison.Ordinal);
        Assert.Contains("ClvDiscountRate is per step and must be finite and 0 or more, but was -0.1.", e.Message, StringComparison.Ordinal);
        Assert.Equal(7, e.Message.Split('\n').Length);

        // Resolving a model from invalid options fails the same way rather than returning a half-configured service.
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ITransactionModel>());
    }

    [Fact]
    public async Task Wrong_kinds_of_model_and_missing_settings_are_reported_together()
    {
        using ServiceProvider provider = Build(o =>
        {
            o.TransactionModelJson = FittedModels.GammaGammaJson;
            o.TransactionModelStream = () => new MemoryStream();
            o.SpendModelJson = FittedModels.BgNbdJson;
            o.PurchaseLoyaltyWeights = LoyaltyInputWeights.Equal;
        });

        OptionsValidationException e = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(provider));

        Assert.Contains("Both TransactionModelJson and TransactionModelStream are set", e.Message, StringComparison.Ordinal);
        Assert.Contains("SpendModelJson holds a bg-nbd model, not a gamma-gamma spend model.", e.Message, StringComparison.Ordinal);
        Assert.Contains("ClvHorizonSteps is required", e.Message, StringComparison.Ordinal);
        Assert.Contains("ClvStepLength is required", e.Message, StringComparison.Ordinal);
        Assert.Contains("PurchaseLoyaltyWeights is set but PurchaseLoyaltyCalibration is not", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_stream_factory_and_a_spend_model_alone_are_reported()
    {
        using ServiceProvider provider = Build(o =>
        {
            o.SpendModelStream = () => throw new IOException("blob not found");
        });

        OptionsValidationException e = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(provider));

        Assert.Contains("SpendModelStream could not be read: IOException: blob not found", e.Message, StringComparison.Ordinal);
        Assert.Contains("A spend model is set but no transaction model", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_models_the_calculators_work_and_model_services_name_the_missing_option()
    {
        using ServiceProvider provider = Build(configure: null);
        await StartAsync(provider);

        Assert.Same(FacetSwitchingCostModel.Default, provider.GetRequiredService<ISwitchingCostModel>());
        InvalidOperationException model = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ITransactionModel>());
        Assert.Contains("TransactionModelJson", model.Message, StringComparison.Ordinal);
        InvalidOperationException spend = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<GammaGammaModel>());
        Assert.Contains("SpendModelJson", spend.Message, StringComparison.Ordinal);
        InvalidOperationException loyalty = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IPurchaseLoyaltyModel>());
        Assert.Contains("PurchaseLoyaltyCalibration", loyalty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_configured_separately_are_used()
    {
        var services = new ServiceCollection();
        services.AddCustomerValue();
        services.Configure<CustomerValueOptions>(o => o.TransactionModelJson = FittedModels.ParetoNbdJson);
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.IsType<ParetoNbdModel>(provider.GetRequiredService<ITransactionModel>());
    }
}
