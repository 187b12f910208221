using CustomerValue.DependencyInjection;
using CustomerValue.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Orleans.Hosting;

/// <summary>Registers the customer-value grains' configuration on an Orleans silo.</summary>
public static class CustomerValueSiloBuilderExtensions
{
    /// <summary>
    /// Configures the customer-value grains on this silo: the summary, partitioning and storage settings, and (through
    /// <c>services.AddCustomerValue</c>) the fitted models as immutable configuration. Both option sets are validated when the silo
    /// starts, each listing every problem in one <see cref="OptionsValidationException"/>.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Sets the grain options; <see cref="CustomerValueGrainOptions.ObservationEnd"/> is required.</param>
    /// <param name="configureModels">
    /// Sets the fitted models and lifetime-value horizon (<see cref="CustomerValueOptions.TransactionModelJson"/>,
    /// <see cref="CustomerValueOptions.SpendModelJson"/>, <see cref="CustomerValueOptions.ClvHorizonSteps"/>, …); null when the
    /// silo only ingests and summarises (scores and value distributions then fail with a message naming the missing option).
    /// </param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is null.</exception>
    /// <remarks>
    /// Register a grain storage provider under <see cref="CustomerValueGrainOptions.StorageName"/> as well (ADO.NET, Redis, …);
    /// configure every silo of the cluster alike.
    /// </remarks>
    public static ISiloBuilder AddCustomerValueGrains(
        this ISiloBuilder builder,
        Action<CustomerValueGrainOptions> configure,
        Action<CustomerValueOptions>? configureModels = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);

        builder.Services.AddOptions<CustomerValueGrainOptions>().Configure(configure).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CustomerValueGrainOptions>, CustomerValueGrainOptionsValidator>());
        builder.Services.AddCustomerValue(configureModels);
        builder.Services.TryAddSingleton<GrainSettings>();
        return builder;
    }
}
