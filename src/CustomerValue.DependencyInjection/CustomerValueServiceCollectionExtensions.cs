using CustomerValue.DependencyInjection;
using CustomerValue.Lifetime;
using CustomerValue.Loyalty;
using CustomerValue.Segmentation;
using CustomerValue.Switching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the CustomerValue calculators, strategies and fitted models in an <see cref="IServiceCollection"/>.</summary>
public static class CustomerValueServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons and only where the caller has not registered the service already (<c>TryAdd</c>):
    /// <list type="bullet">
    /// <item><description>
    /// the segmentation strategies, as their concrete types and as <see cref="ISegmentationStrategy{TCustomer}"/> of their
    /// customer type: <see cref="RfmStrategy.Default"/>, <see cref="ConcentrationStrategy.Default"/> (the
    /// <see cref="ISegmentationStrategy{TCustomer}"/> of <see cref="CustomerValueInput"/>), <see cref="TierStrategy.ThreeTier"/>,
    /// <see cref="KMeansStrategy.Default"/>, <see cref="LifeCycleStrategy.Default"/>, <see cref="ValueMatrixStrategy.Default"/>,
    /// <see cref="BestLoyalStrategy.Default"/> and <see cref="WhaleCurveStrategy.Instance"/>;
    /// </description></item>
    /// <item><description>
    /// the loyalty and switching calculators: <see cref="ILoyaltyIndex"/> (<see cref="CompositeLoyaltyIndex.EqualWeights"/>),
    /// <see cref="ISwitchingCostModel"/> (<see cref="FacetSwitchingCostModel.Default"/>), <see cref="IChurnModel"/>
    /// (<see cref="LogisticChurnModel.Default"/>), and <see cref="IPurchaseLoyaltyModel"/> (a <see cref="BalancedLoyaltyModel"/>)
    /// when <see cref="CustomerValueOptions.PurchaseLoyaltyCalibration"/> is set;
    /// </description></item>
    /// <item><description>
    /// the fitted models named by the options: <see cref="ITransactionModel"/>, <see cref="GammaGammaModel"/>,
    /// <see cref="ClvOptions"/> and <see cref="CustomerLifetimeValue"/>, each loaded once on first use.
    /// </description></item>
    /// </list>
    /// The options are validated when the host starts (<c>ValidateOnStart</c>); every problem is listed in one
    /// <see cref="OptionsValidationException"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; may be null, and the options may also be configured with <c>services.Configure&lt;CustomerValueOptions&gt;(…)</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>
    /// Every registered service is immutable and thread-safe, so one instance serves all threads. Services that depend on
    /// options that were not set (for example <see cref="ITransactionModel"/> without a model, or
    /// <see cref="IPurchaseLoyaltyModel"/> without a calibration) are still registered, and resolving them throws an
    /// <see cref="InvalidOperationException"/> that names the missing option. Calling this method more than once adds the
    /// configuration actions but no second registration.
    /// </remarks>
    public static IServiceCollection AddCustomerValue(this IServiceCollection services, Action<CustomerValueOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        OptionsBuilder<CustomerValueOptions> options = services.AddOptions<CustomerValueOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CustomerValueOptions>, CustomerValueOptionsValidator>());

        AddStrategies(services);
        AddCalculators(services);
        AddModels(services);
        return services;
    }

    private static void AddStrategies(IServiceCollection services)
    {
        services.TryAddSingleton(RfmStrategy.Default);
        services.TryAddSingleton(ConcentrationStrategy.Default);
        services.TryAddSingleton(TierStrategy.ThreeTier);
        services.TryAddSingleton(KMeansStrategy.Default);
        services.TryAddSingleton(LifeCycleStrategy.Default);
        services.TryAddSingleton(ValueMatrixStrategy.Default);
        services.TryAddSingleton(BestLoyalStrategy.Default);
        services.TryAddSingleton(WhaleCurveStrategy.Instance);

        // The interfaces follow the concrete registrations, so a caller's own RfmStrategy (say) serves both.
        services.TryAddSingleton<ISegmentationStrategy<RfmFeatures>>(sp => sp.GetRequiredService<RfmStrategy>());
        services.TryAddSingleton<ISegmentationStrategy<CustomerValueInput>>(sp => sp.GetRequiredService<ConcentrationStrategy>());
        services.TryAddSingleton<ISegmentationStrategy<CustomerAttributes>>(sp => sp.GetRequiredService<KMeansStrategy>());
        services.TryAddSingleton<ISegmentationStrategy<CustomerTrajectory>>(sp => sp.GetRequiredService<LifeCycleStrategy>());
        services.TryAddSingleton<ISegmentationStrategy<CustomerValueComponents>>(sp => sp.GetRequiredService<ValueMatrixStrategy>());
        services.TryAddSingleton<ISegmentationStrategy<CustomerLoyaltyInput>>(sp => sp.GetRequiredService<BestLoyalStrategy>());
        services.TryAddSingleton<ISegmentationStrategy<CustomerProfitInput>>(sp => sp.GetRequiredService<WhaleCurveStrategy>());
    }

    private static void AddCalculators(IServiceCollection services)
    {
        services.TryAddSingleton<ILoyaltyIndex>(CompositeLoyaltyIndex.EqualWeights);
        services.TryAddSingleton<ISwitchingCostModel>(FacetSwitchingCostModel.Default);
        services.TryAddSingleton<IChurnModel>(LogisticChurnModel.Default);
        services.TryAddSingleton<IPurchaseLoyaltyModel>(sp =>
        {
            CustomerValueOptions options = sp.GetRequiredService<IOptions<CustomerValueOptions>>().Value;
            PurchaseLoyaltyCalibration calibration = options.PurchaseLoyaltyCalibration
                ?? throw new InvalidOperationException("No purchase-loyalty model is configured: set CustomerValueOptions.PurchaseLoyaltyCalibration in AddCustomerValue, or register an IPurchaseLoyaltyModel yourself.");
            return new BalancedLoyaltyModel(calibration, options.PurchaseLoyaltyWeights);
        });
    }

    private static void AddModels(IServiceCollection services)
    {
        // Reading IOptions<>.Value runs the validator first, so the models load only from valid options.
        services.TryAddSingleton(sp => ModelLoader.Load(sp.GetRequiredService<IOptions<CustomerValueOptions>>().Value));
        services.TryAddSingleton(sp => sp.GetRequiredService<LoadedModels>().TransactionModel
            ?? throw new InvalidOperationException("No transaction model is configured: set CustomerValueOptions.TransactionModelJson or TransactionModelStream in AddCustomerValue, or register an ITransactionModel yourself."));
        services.TryAddSingleton(sp => sp.GetRequiredService<LoadedModels>().SpendModel
            ?? throw new InvalidOperationException("No spend model is configured: set CustomerValueOptions.SpendModelJson or SpendModelStream in AddCustomerValue, or register a GammaGammaModel yourself."));
        services.TryAddSingleton(sp =>
        {
            CustomerValueOptions options = sp.GetRequiredService<IOptions<CustomerValueOptions>>().Value;
            if (options.ClvHorizonSteps is not { } steps || options.ClvStepLength is not { } step)
            {
                throw new InvalidOperationException("No lifetime-value horizon is configured: set CustomerValueOptions.ClvHorizonSteps and ClvStepLength in AddCustomerValue, or register ClvOptions yourself.");
            }

            return new ClvOptions(steps, step) { Margin = options.ClvMargin, DiscountRate = options.ClvDiscountRate };
        });
        services.TryAddSingleton(sp => new CustomerLifetimeValue(
            sp.GetRequiredService<ITransactionModel>(),
            sp.GetRequiredService<GammaGammaModel>(),
            sp.GetRequiredService<ClvOptions>()));
    }
}
