using System.Collections.Concurrent;
using CustomerValue.DependencyInjection;
using CustomerValue.Lifetime;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerValue.Tests.DependencyInjection;

/// <summary>
/// The resolved scorers are shared singletons: scoring from many threads at once must give exactly the single-threaded
/// results, bit for bit.
/// </summary>
public sealed class ConcurrentScoringTests
{
    private const int Customers = 200_000;
    private const int Threads = 8;
    private const double Horizon = 52;

    private static CustomerSummary[] SimulatedCustomers()
    {
        var random = new Random(2024);
        double[] ages = new double[Customers];
        for (int i = 0; i < ages.Length; i++)
        {
            ages[i] = 27 + (12 * random.NextDouble());
        }

        CustomerSummary[] customers = BgNbdSimulator.Simulate(FittedModels.BgNbd, ages, seed: 7);
        for (int i = 0; i < customers.Length; i++)
        {
            // Repeat buyers get an average spend between 5 and 105; one-time buyers have none, as in a real summary.
            if (customers[i].Frequency > 0)
            {
                CustomerSummary c = customers[i];
                customers[i] = new CustomerSummary(c.CustomerId, c.Frequency, c.Recency, c.T, 5 + (100 * random.NextDouble()));
            }
        }

        return customers;
    }

    private static ServiceProvider Provider()
    {
        var services = new ServiceCollection();
        services.AddCustomerValue(o =>
        {
            o.TransactionModelJson = FittedModels.BgNbdJson;
            o.SpendModelJson = FittedModels.GammaGammaJson;
            o.ClvHorizonSteps = 12;
            o.ClvStepLength = 365.2425 / 12 / 7;
            o.ClvMargin = 0.3;
            o.ClvDiscountRate = 0.01;
        });
        return services.BuildServiceProvider();
    }

    /// <summary>Runs <paramref name="work"/> on <see cref="Threads"/> dedicated threads released together, and rethrows any failure.</summary>
    private static void RunTogether(Action<int> work)
    {
        using var start = new Barrier(Threads);
        var failures = new ConcurrentQueue<Exception>();
        var threads = new Thread[Threads];
        for (int k = 0; k < Threads; k++)
        {
            int worker = k;
            threads[k] = new Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    work(worker);
                }
                catch (Exception e)
                {
                    failures.Enqueue(e);
                }
            });
            threads[k].Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        if (!failures.IsEmpty)
        {
            throw new AggregateException(failures);
        }
    }

    private static void AssertBitIdentical(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(expected[i]) != BitConverter.DoubleToInt64Bits(actual[i]))
            {
                Assert.Fail($"{what}: customer {i} scored {actual[i]:R} concurrently but {expected[i]:R} single-threaded.");
            }
        }
    }

    [Fact]
    public void Eight_threads_scoring_200000_customers_match_the_single_threaded_results_bit_for_bit()
    {
        CustomerSummary[] customers = SimulatedCustomers();
        using ServiceProvider provider = Provider();

        // Resolve for the first time from all threads at once as well: every thread must get the same singletons.
        var models = new ITransactionModel[Threads];
        var calculators = new CustomerLifetimeValue[Threads];
        RunTogether(k =>
        {
            models[k] = provider.GetRequiredService<ITransactionModel>();
            calculators[k] = provider.GetRequiredService<CustomerLifetimeValue>();
        });
        ITransactionModel model = models[0];
        CustomerLifetimeValue clv = calculators[0];
        Assert.All(models, m => Assert.Same(model, m));
        Assert.All(calculators, c => Assert.Same(clv, c));

        // Single-threaded reference, in one batch call each.
        double[] alive = new double[Customers];
        double[] purchases = new double[Customers];
        double[] value = new double[Customers];
        model.ProbabilityAlive(customers, alive);
        model.ConditionalExpectedPurchases(customers, Horizon, purchases);
        clv.Calculate(customers, value);
        Assert.All(value, v => Assert.True(double.IsFinite(v) && v >= 0));

        // Concurrent: thread k scores chunks k, k + 8, k + 16, … of uneven size into shared result arrays (disjoint slices).
        const int chunk = 1_237;
        int chunks = (Customers + chunk - 1) / chunk;
        double[] aliveParallel = new double[Customers];
        double[] purchasesParallel = new double[Customers];
        double[] valueParallel = new double[Customers];
        RunTogether(k =>
        {
            for (int c = k; c < chunks; c += Threads)
            {
                int from = c * chunk;
                int length = Math.Min(chunk, Customers - from);
                ReadOnlySpan<CustomerSummary> slice = customers.AsSpan(from, length);
                model.ProbabilityAlive(slice, aliveParallel.AsSpan(from, length));
                model.ConditionalExpectedPurchases(slice, Horizon, purchasesParallel.AsSpan(from, length));
                clv.Calculate(slice, valueParallel.AsSpan(from, length));
            }
        });

        AssertBitIdentical(alive, aliveParallel, "P(alive)");
        AssertBitIdentical(purchases, purchasesParallel, "conditional expected purchases");
        AssertBitIdentical(value, valueParallel, "lifetime value");
    }

    [Fact]
    public void Eight_threads_scoring_the_same_customers_at_once_each_get_the_single_threaded_results()
    {
        CustomerSummary[] customers = SimulatedCustomers().AsSpan(0, 20_000).ToArray();
        using ServiceProvider provider = Provider();
        ITransactionModel model = provider.GetRequiredService<ITransactionModel>();
        CustomerLifetimeValue clv = provider.GetRequiredService<CustomerLifetimeValue>();

        double[] purchases = new double[customers.Length];
        double[] value = new double[customers.Length];
        model.ConditionalExpectedPurchases(customers, Horizon, purchases);
        clv.Calculate(customers, value);

        // Every thread scores all of them, into its own arrays.
        var purchasesByThread = new double[Threads][];
        var valueByThread = new double[Threads][];
        RunTogether(k =>
        {
            purchasesByThread[k] = new double[customers.Length];
            valueByThread[k] = new double[customers.Length];
            model.ConditionalExpectedPurchases(customers, Horizon, purchasesByThread[k]);
            clv.Calculate(customers, valueByThread[k]);
        });

        for (int k = 0; k < Threads; k++)
        {
            AssertBitIdentical(purchases, purchasesByThread[k], $"conditional expected purchases on thread {k}");
            AssertBitIdentical(value, valueByThread[k], $"lifetime value on thread {k}");
        }
    }
}
