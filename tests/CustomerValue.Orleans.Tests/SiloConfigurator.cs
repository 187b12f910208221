using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace CustomerValue.Orleans.Tests;

/// <summary>Configures every test silo: the shared storage and the customer-value grains with the test models.</summary>
internal sealed class SiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.Services.AddGrainStorage(
            TestData.StorageName,
            static (services, _) => new SharedGrainStorage(
                services.GetRequiredService<Serializer>(),
                services.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId));
        siloBuilder.AddCustomerValueGrains(
            options =>
            {
                options.ObservationEnd = TestData.Summary.ObservationEnd;
                options.Period = TestData.Summary.Period;
                options.Unit = TestData.Summary.Unit;
                options.PartitionCount = TestData.PartitionCount;
                options.StorageName = TestData.StorageName;
            },
            models =>
            {
                models.TransactionModelJson = TestData.TransactionModelJson;
                models.SpendModelJson = TestData.SpendModelJson;
                models.ClvHorizonSteps = TestData.Clv.HorizonSteps;
                models.ClvStepLength = TestData.Clv.StepLength;
                models.ClvMargin = TestData.Clv.Margin;
                models.ClvDiscountRate = TestData.Clv.DiscountRate;
            });
    }
}
