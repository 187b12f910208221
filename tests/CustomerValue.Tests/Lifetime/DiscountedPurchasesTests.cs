using CustomerValue.Lifetime;

namespace CustomerValue.Tests.Lifetime;

/// <summary>
/// The discounted expected purchases of a customer alive at T, Σ_k (E_k − E_{k−1}) / (1 + d)^k, which the BG/NBD family
/// sums as one series over the number of purchases (<see cref="BgDiscountedPurchases"/>): against values computed with
/// 30 significant digits, against the sum of one expectation per step on a wide grid, and one customer against four.
/// </summary>
public sealed class DiscountedPurchasesTests
{
    private static readonly BgNbdModel Cdnow = new(new BgNbdParameters(0.2425945, 4.4136019, 0.7929199, 2.4258881));
    private static readonly ClvOptions Monthly = ClvOptions.FromCalendar(12, TimePeriod.Month, TimePeriod.Week) with { DiscountRate = 0.01 };

    private static IEnumerable<IAliveFactoredModel> GridModels() =>
    [
        Cdnow,
        new MbgNbdModel(new MbgNbdParameters(0.525, 6.183, 0.891, 1.614)),
        new BgNbdModel(new BgNbdParameters(1e-3, 1e-3, 1e-3, 1e-3)),
        new MbgNbdModel(new MbgNbdParameters(1e3, 1e3, 1e3, 1e3)),
        new BgNbdModel(new BgNbdParameters(0.5, 10, 1, 3)),
        new BgNbdModel(new BgNbdParameters(1e-6, 1e4, 0.3, 1e4)),
        new MbgNbdModel(new MbgNbdParameters(50, 1, 0.01, 0.01)),
    ];

    private static IEnumerable<ClvOptions> GridOptions() =>
    [
        Monthly,
        new ClvOptions(52, 1) { DiscountRate = 0.001 },
        new ClvOptions(3, 100) { DiscountRate = 0.5 },
        new ClvOptions(1, 52) { DiscountRate = 0.01 },
        new ClvOptions(24, 1),
    ];

    /// <summary>The definition, one expectation per step (the sum <see cref="CustomerLifetimeValue"/> took before the series).</summary>
    private static double PerStep(IAliveFactoredModel model, int x, double t, ClvOptions options)
    {
        double perStep = 1.0 / (1.0 + options.DiscountRate);
        double factor = 1, previous = 0, total = 0;
        for (int k = 1; k <= options.HorizonSteps; k++)
        {
            double cumulative = model.ExpectedPurchasesIfAlive(x, t, k * options.StepLength);
            factor *= perStep;
            total += (cumulative - previous) * factor;
            previous = cumulative;
        }

        return total;
    }

    [Theory]
    [InlineData("typical customer", 0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 2, 38.86, 2.0259769802636337959, 1e-13)]
    [InlineData("no repeat purchase", 0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 0, 30, 0.28985600874601430522, 1e-13)]
    [InlineData("T near 0", 0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 3, 1e-9, 12.97136172617942748, 1e-13)]
    [InlineData("x = 10,000 and T = 10,000", 0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 10_000, 10_000, 48.819254557547740096, 1e-13)]
    [InlineData("MBG/NBD, no repeat purchase", 0.525, 6.183, 0.891, 1.614, 1, 0, 10, 1.0874686741688680946, 1e-13)]
    [InlineData("a = 1", 0.5, 10, 1, 3, 0, 5, 20, 5.8874851270434258764, 1e-13)]
    [InlineData("tiny rate", 1e-6, 1e4, 0.3, 1e4, 0, 0, 1e4, 2.4469240931086383792e-9, 1e-13)]
    [InlineData("huge parameters", 1e3, 1e3, 1e3, 1e3, 0, 10, 100, 1.9879521995670948277, 1e-13)]
    [InlineData("P(N = 0) underflows: log-space start, step by step", 0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 1000, 0, 3213.6941828385665439, 1e-11)]
    [InlineData("series too long: quadrature, step by step", 0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 10_000, 0.5, 30502.989108476150607, 1e-11)]
    public void Discounted_purchases_match_values_computed_with_30_digits(string region, double r, double alpha, double a, double b, int shift, int x, double t, double expected, double tolerance)
    {
        // Σ_{k=1..12} (E_k − E_{k−1}) / 1.01^k with monthly steps in weeks, each E_k by mpmath at 30 digits.
        IAliveFactoredModel model = shift == 0 ? new BgNbdModel(new BgNbdParameters(r, alpha, a, b)) : new MbgNbdModel(new MbgNbdParameters(r, alpha, a, b));
        double actual = model.DiscountedPurchasesIfAlive(x, t, Monthly);
        Assert.True(Math.Abs(actual - expected) <= tolerance * expected, $"{region}: {actual:R} vs {expected:R}");
    }

    [Fact]
    public void One_series_equals_the_sum_of_one_expectation_per_step()
    {
        foreach (IAliveFactoredModel model in GridModels())
        {
            foreach (ClvOptions options in GridOptions())
            {
                foreach (int x in new[] { 0, 1, 3, 10, 100, 10_000 })
                {
                    foreach (double t in new[] { 0, 1e-3, 0.5, 38, 1000, 10_000 })
                    {
                        double expected = PerStep(model, x, t, options);
                        double actual = model.DiscountedPurchasesIfAlive(x, t, options);
                        Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected, $"{model} {options} x={x} T={t}: {actual:R} vs {expected:R}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Without_discount_the_value_is_the_expectation_over_the_whole_horizon()
    {
        var options = new ClvOptions(24, 1);
        foreach (IAliveFactoredModel model in GridModels())
        {
            foreach (int x in new[] { 0, 2, 40 })
            {
                double expected = model.ExpectedPurchasesIfAlive(x, 30, options.HorizonLength);
                Assert.Equal(expected, model.DiscountedPurchasesIfAlive(x, 30, options), 1e-13 * expected);
            }
        }
    }

    [Fact]
    public void Four_at_a_time_equal_one_at_a_time_whatever_the_other_lanes()
    {
        // Short series share the vector; long ones run alone; log-space starts and quadrature go step by step.
        (int X, double T)[] pool =
        [
            (0, 30), (0, 31.5), (1, 27), (2, 38.86), (7, 35), (30, 39), (1000, 0), (10_000, 0.5), (10_000, 10_000), (300, 2), (0, 0), (5, 1e-9),
        ];
        var random = new Random(11);
        Span<int> frequencies = stackalloc int[BgExpectedBatch.Width];
        Span<double> ages = stackalloc double[BgExpectedBatch.Width];
        Span<double> values = stackalloc double[BgExpectedBatch.Width];
        foreach (IAliveFactoredModel model in new IAliveFactoredModel[] { Cdnow, new MbgNbdModel(new MbgNbdParameters(0.525, 6.183, 0.891, 1.614)) })
        {
            for (int trial = 0; trial < 60; trial++)
            {
                for (int lane = 0; lane < BgExpectedBatch.Width; lane++)
                {
                    (frequencies[lane], ages[lane]) = pool[random.Next(pool.Length)];
                }

                model.DiscountedPurchasesIfAlive(frequencies, ages, Monthly, values);
                for (int lane = 0; lane < BgExpectedBatch.Width; lane++)
                {
                    Assert.Equal(model.DiscountedPurchasesIfAlive(frequencies[lane], ages[lane], Monthly), values[lane]);
                }
            }
        }
    }

    [Fact]
    public void Distinct_ages_batch_equals_one_customer_at_a_time()
    {
        // Ages moved by a random fraction of a day: no two customers share (x, T), and more of them than the batch memo
        // takes, so it fills and then stops looking.
        CustomerSummary[] customers = DistinctAges(40_000, 3);
        var spend = new GammaGammaModel(6.25, 3.74, 15.44);
        var batch = new double[customers.Length];
        foreach (ITransactionModel model in new ITransactionModel[] { Cdnow, new MbgNbdModel(new MbgNbdParameters(0.525, 6.183, 0.891, 1.614)) })
        {
            model.ConditionalExpectedPurchases(customers, 52, batch);
            for (int i = 0; i < customers.Length; i++)
            {
                Assert.Equal(model.ConditionalExpectedPurchases(customers[i], 52), batch[i]);
            }

            var clv = new CustomerLifetimeValue(model, spend, Monthly with { Margin = 0.3 });
            clv.Calculate(customers, batch);
            for (int i = 0; i < customers.Length; i++)
            {
                Assert.Equal(clv.Calculate(customers[i]), batch[i]);
            }
        }
    }

    [Fact]
    public void Distinct_ages_batch_allocates_nothing()
    {
        CustomerSummary[] customers = DistinctAges(2_000, 5);
        var clv = new CustomerLifetimeValue(Cdnow, new GammaGammaModel(6.25, 3.74, 15.44), Monthly);
        var destination = new double[customers.Length];
        clv.Calculate(customers, destination);
        Cdnow.ConditionalExpectedPurchases(customers, 52, destination);
        long before = GC.GetAllocatedBytesForCurrentThread();
        clv.Calculate(customers, destination);
        Cdnow.ConditionalExpectedPurchases(customers, 52, destination);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>Simulated CDNOW-like customers whose ages and recencies are moved by a random fraction of a day.</summary>
    private static CustomerSummary[] DistinctAges(int count, int seed)
    {
        var random = new Random(seed);
        double[] ages = new double[count];
        for (int i = 0; i < count; i++)
        {
            ages[i] = (random.Next(189, 274) + random.NextDouble()) / 7.0;
        }

        CustomerSummary[] customers = BgNbdSimulator.Simulate(Cdnow.Parameters, ages, seed);
        for (int i = 0; i < count; i++)
        {
            CustomerSummary c = customers[i];
            customers[i] = new CustomerSummary(c.CustomerId, c.Frequency, c.Recency, c.T, c.Frequency == 0 ? 0 : 5 + random.Next(200));
        }

        return customers;
    }
}
