using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Hosting;

namespace CustomerValue.Orleans.Tests;

/// <summary>A silo with bad customer-value settings refuses to start and names every problem.</summary>
public sealed class StartupValidationTests
{
    [Fact]
    public async Task A_silo_with_invalid_options_does_not_start_and_lists_every_problem()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: 11_311, gatewayPort: 30_311)
            .AddCustomerValueGrains(options =>
            {
                options.PartitionCount = 0;
                options.StorageName = " ";
            }));
        using IHost host = builder.Build();

        OptionsValidationException error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("(3 problems)", error.Message, StringComparison.Ordinal);
        Assert.Contains("ObservationEnd is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("PartitionCount must be between 1 and 65536, but was 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("StorageName must name a grain storage provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_models_are_reported_by_the_model_options()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: 11_312, gatewayPort: 30_312)
            .AddCustomerValueGrains(
                options => options.ObservationEnd = new DateTime(2025, 6, 30),
                models => models.TransactionModelJson = TestData.SpendModelJson));
        using IHost host = builder.Build();

        OptionsValidationException error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("TransactionModelJson holds a gamma-gamma model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_checks_its_arguments()
    {
        Assert.Throws<ArgumentNullException>("builder", () => CustomerValueSiloBuilderExtensions.AddCustomerValueGrains(null!, _ => { }));
        Assert.Throws<ArgumentNullException>("grains", () => new CustomerValueCluster(null!));
    }
}
