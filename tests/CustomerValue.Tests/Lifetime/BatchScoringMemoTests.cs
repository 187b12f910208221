using CustomerValue.Lifetime;
using FsCheck.Xunit;

namespace CustomerValue.Tests.Lifetime;

/// <summary>
/// Batch scoring computes the (x, T)-only factors once per distinct pair in a batch. These tests check that the batch
/// results equal the per-customer ones bit for bit, with heavy sharing of (x, T), with none at all, and beyond the
/// capacity of the batch memo (where misses are recomputed).
/// </summary>
public sealed class BatchScoringMemoTests
{
    private static readonly GammaGammaModel Spend = new(6.25, 3.74, 15.44);

    private static IEnumerable<ITransactionModel> Models() =>
    [
        new BgNbdModel(new BgNbdParameters(0.2425945, 4.4136019, 0.7929199, 2.4258881)),
        new MbgNbdModel(new MbgNbdParameters(0.525, 6.183, 0.891, 1.614)),
        new ParetoNbdModel(new ParetoNbdParameters(0.5534, 10.5802, 0.6061, 11.6562)),
    ];

    /// <summary>Customers drawn from a few ages and frequencies (as summaries of a log in whole days are), each recency different or shared.</summary>
    private static CustomerSummary[] Shared(int count, int seed, int ages)
    {
        var random = new Random(seed);
        var customers = new CustomerSummary[count];
        for (int i = 0; i < count; i++)
        {
            double t = random.Next(189, 189 + ages) / 7.0;
            int x = random.Next(4) == 0 ? random.Next(0, 40) : random.Next(0, 3);
            double tx = x == 0 ? 0 : random.Next(2) == 0 ? t : Math.Round(t * random.NextDouble() * 7) / 7;
            customers[i] = new CustomerSummary($"c{i}", x, tx, t, x == 0 ? 0 : 5 + random.Next(200));
        }

        return customers;
    }

    private static void AssertBatchEqualsSingle(ITransactionModel model, CustomerSummary[] customers)
    {
        var batch = new double[customers.Length];
        model.ProbabilityAlive(customers, batch);
        for (int i = 0; i < customers.Length; i++)
        {
            Assert.Equal(model.ProbabilityAlive(customers[i]), batch[i]);
        }

        model.ConditionalExpectedPurchases(customers, 52, batch);
        for (int i = 0; i < customers.Length; i++)
        {
            Assert.Equal(model.ConditionalExpectedPurchases(customers[i], 52), batch[i]);
        }

        switch (model)
        {
            case BgNbdModel bg: bg.ProbabilityAliveAt(customers, 13, batch); break;
            case MbgNbdModel mbg: mbg.ProbabilityAliveAt(customers, 13, batch); break;
            case ParetoNbdModel pareto: pareto.ProbabilityAliveAt(customers, 13, batch); break;
            default: throw new ArgumentException($"No batch P(alive at) for {model.Name}.", nameof(model));
        }

        for (int i = 0; i < customers.Length; i++)
        {
            Assert.Equal(model.ProbabilityAliveAt(customers[i], 13), batch[i]);
        }

        var clv = new CustomerLifetimeValue(model, Spend, new ClvOptions(12, 4.348) { Margin = 0.3, DiscountRate = 0.01 });
        clv.Calculate(customers, batch);
        for (int i = 0; i < customers.Length; i++)
        {
            Assert.Equal(clv.Calculate(customers[i]), batch[i]);
        }
    }

    [Property(MaxTest = 20)]
    public void Batch_equals_single_when_customers_share_frequency_and_age(int seed, byte ages)
    {
        CustomerSummary[] customers = Shared(400, seed, 1 + (ages % 90));
        foreach (ITransactionModel model in Models())
        {
            AssertBatchEqualsSingle(model, customers);
        }
    }

    [Fact]
    public void Batch_equals_single_beyond_the_memo_capacity()
    {
        // 40,000 distinct (x, T) pairs: more than the 32,768 entries a batch memo takes, so the last ones are recomputed.
        var customers = new CustomerSummary[40_000];
        for (int i = 0; i < customers.Length; i++)
        {
            double t = 20 + (i * 1e-3);
            int x = i % 5;
            customers[i] = new CustomerSummary($"c{i}", x, x == 0 ? 0 : t / 2, t, x == 0 ? 0 : 30);
        }

        foreach (ITransactionModel model in Models())
        {
            AssertBatchEqualsSingle(model, customers);
        }
    }

    [Fact]
    public void Lifetime_value_equals_its_definition_through_conditional_expectations()
    {
        // The factored form alive × Σ (E_k − E_{k−1}) / (1 + d)^k must equal the sum written with each model's own
        // conditional expectations, customer by customer.
        var options = new ClvOptions(12, 4.348) { DiscountRate = 0.01 };
        foreach (ITransactionModel model in Models())
        {
            foreach (CustomerSummary c in Shared(60, 5, 30))
            {
                double expected = 0, previous = 0;
                for (int k = 1; k <= options.HorizonSteps; k++)
                {
                    double cumulative = model.ConditionalExpectedPurchases(c, k * options.StepLength);
                    expected += (cumulative - previous) / Math.Pow(1.01, k);
                    previous = cumulative;
                }

                double actual = CustomerLifetimeValue.DiscountedExpectedPurchases(model, c, options);
                Assert.Equal(expected, actual, 1e-12 * Math.Max(1, expected));
            }
        }
    }
}
