using CustomerValue.Lifetime;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.Lifetime;

public sealed class BgNbdBehaviourTests
{
    private static readonly BgNbdParameters P = new(0.2425945, 4.4136019, 0.7929199, 2.4258881);

    private static CustomerSummary[] Sample() =>
    [
        new("a", 0, 0, 38.86),
        new("b", 2, 30.43, 38.86),
        new("c", 29, 37.5, 38.5),
        new("d", 1, 1.71, 27.0),
        new("e", 10_000, 9_000, 10_000),
    ];

    [Fact]
    public void Batch_equals_single()
    {
        CustomerSummary[] customers = Sample();
        foreach (ITransactionModel model in new ITransactionModel[] { new BgNbdModel(P), new MbgNbdModel(new MbgNbdParameters(0.525, 6.183, 0.891, 1.614)) })
        {
            var expected = new double[customers.Length];
            var alive = new double[customers.Length];
            model.ConditionalExpectedPurchases(customers, 39, expected);
            model.ProbabilityAlive(customers, alive);
            for (int i = 0; i < customers.Length; i++)
            {
                Assert.Equal(model.ConditionalExpectedPurchases(customers[i], 39), expected[i]);
                Assert.Equal(model.ProbabilityAlive(customers[i]), alive[i]);
            }
        }

        var bg = new BgNbdModel(P);
        var future = new double[customers.Length];
        var ll = new double[customers.Length];
        bg.ProbabilityAliveAt(customers, 10, future);
        bg.LogLikelihood(customers, ll);
        for (int i = 0; i < customers.Length; i++)
        {
            Assert.Equal(bg.ProbabilityAliveAt(customers[i], 10), future[i]);
            Assert.Equal(bg.LogLikelihood(customers[i].Frequency, customers[i].Recency, customers[i].T), ll[i]);
        }
    }

    [Fact]
    public void Batch_throws_on_a_short_destination()
    {
        var model = new BgNbdModel(P);
        CustomerSummary[] customers = Sample();
        var shortBuffer = new double[customers.Length - 1];
        Assert.Throws<ArgumentException>("destination", () => model.ConditionalExpectedPurchases(customers, 39, shortBuffer));
        Assert.Throws<ArgumentException>("destination", () => model.ProbabilityAlive(customers, shortBuffer));
        Assert.Throws<ArgumentException>("destination", () => model.ProbabilityAliveAt(customers, 1, shortBuffer));
        Assert.Throws<ArgumentException>("destination", () => model.LogLikelihood(customers, shortBuffer));
    }

    [Fact]
    public void Batch_allocates_nothing()
    {
        var model = new BgNbdModel(P);
        CustomerSummary[] customers = Sample()[..4];
        var buffer = new double[customers.Length];
        model.ConditionalExpectedPurchases(customers, 39, buffer);
        model.ProbabilityAlive(customers, buffer);
        long before = GC.GetAllocatedBytesForCurrentThread();
        model.ConditionalExpectedPurchases(customers, 39, buffer);
        model.ProbabilityAlive(customers, buffer);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Parameters_are_validated_with_the_name_and_value()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("alpha", () => new BgNbdParameters(1, -2, 1, 1));
        Assert.Contains("-2", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("r", () => new BgNbdParameters(double.NaN, 1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("b", () => new MbgNbdParameters(1, 1, 1, double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>("a", () => new MbgNbdParameters(1, 1, 0, 1));
        Assert.False(BgNbdParameters.IsValidParameterSet(1, 1, 1, 0));
        Assert.True(BgNbdParameters.IsValidParameterSet(1, 1, 1, 1));
    }

    [Fact]
    public void Kernel_arguments_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdModel.LogLikelihood(P, 1, 5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdModel.ExpectedPurchases(P, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdModel.ProbabilityOfPurchases(P, -1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BgNbdModel(P).ConditionalExpectedPurchases(new CustomerSummary("a", 1, 1, 2), double.NaN));
    }

    [Fact]
    public void Probability_alive_limits()
    {
        // BG/NBD: no repeat purchase, no chance to drop out. MBG/NBD: dropout at time 0 is possible.
        Assert.Equal(1.0, BgNbdModel.ProbabilityAlive(P, 0, 0, 38));
        Assert.True(MbgNbdModel.ProbabilityAlive(new MbgNbdParameters(0.525, 6.183, 0.891, 1.614), 0, 0, 38) < 1);

        // A recent buyer is more likely alive than one who stopped long ago.
        Assert.True(BgNbdModel.ProbabilityAlive(P, 5, 38, 38.86) > BgNbdModel.ProbabilityAlive(P, 5, 5, 38.86));

        // Far in the future the customer has almost surely dropped out.
        Assert.True(BgNbdModel.ProbabilityAliveAt(P, 2, 30.43, 38.86, 1e6) < 0.05);
    }

    [Fact]
    public void Future_alive_probability_matches_simulation()
    {
        // P(alive at T + 20 | alive at T) for a customer with x = 0 at age 0 is E[exp(−λ p 20)].
        var p = new BgNbdParameters(1.5, 10, 2, 3);
        double exact = BgNbdModel.ProbabilityAliveAt(p, 0, 0, 0, 20);
        var random = new Random(3);
        int alive = 0;
        const int n = 200_000;
        for (int i = 0; i < n; i++)
        {
            double lambda = MathNet.Numerics.Distributions.Gamma.Sample(random, 1.5, 10);
            double q = MathNet.Numerics.Distributions.Beta.Sample(random, 2, 3);
            double time = 0;
            bool dead = false;
            while (true)
            {
                time += -Math.Log(1 - random.NextDouble()) / lambda;
                if (time > 20)
                {
                    break;
                }

                if (random.NextDouble() < q)
                {
                    dead = true;
                    break;
                }
            }

            alive += dead ? 0 : 1;
        }

        Assert.Equal(exact, alive / (double)n, 0.005);
    }

    [SharedDataFact]
    public void Row_order_does_not_change_the_fit()
    {
        CustomerSummary[] customers = CdnowData.Customers;
        CustomerSummary[] shuffled = customers.ToArray();
        new Random(42).Shuffle(shuffled);
        Array.Reverse(customers.ToArray());
        ModelFit<BgNbdModel> a = BgNbdModel.Fit(customers);
        ModelFit<BgNbdModel> b = BgNbdModel.Fit(shuffled);
        Assert.Equal(a.Model.Parameters, b.Model.Parameters);
        Assert.Equal(a.LogLikelihood, b.LogLikelihood);
        IReadOnlyList<SummaryPattern> patterns = SummaryPatterns.Compress(customers);
        ModelFit<BgNbdModel> c = BgNbdModel.Fit(patterns.Reverse().ToList());
        Assert.Equal(a.Model.Parameters, c.Model.Parameters);
    }

    [Fact]
    public void Unidentifiable_data_are_refused_with_advice()
    {
        var e = Assert.Throws<ArgumentException>(() => BgNbdModel.Fit(Array.Empty<CustomerSummary>()));
        Assert.Contains("no customers", e.Message, StringComparison.Ordinal);
        CustomerSummary[] noRepeats = [new("a", 0, 0, 10), new("b", 0, 0, 20)];
        e = Assert.Throws<ArgumentException>(() => MbgNbdModel.Fit(noRepeats));
        Assert.Contains("repeat purchase", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_convergence_is_reported_and_can_be_enforced()
    {
        CustomerSummary[] data = BgNbdSimulator.Simulate(P, 500, 39, seed: 1);
        ModelFit<BgNbdModel> fit = BgNbdModel.Fit(data, new FitOptions { MaxIterations = 1, StartingPoints = [[1, 1, 1, 1]] });
        Assert.False(fit.Converged);
        Assert.Equal(FitExitReason.MaximumIterations, fit.ExitReason);
        Assert.Throws<ModelFitException>(() => fit.EnsureConverged());
    }

    [Fact]
    public void Fit_options_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FitOptions { MaxIterations = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FitOptions { Tolerance = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FitOptions { L2Penalty = -1 });
        Assert.Throws<ArgumentException>(() => new FitOptions { StartingPoints = [[1, -1, 1, 1]] });
        Assert.Throws<ArgumentException>(() => new FitOptions { StartingPoints = [] });
        CustomerSummary[] data = BgNbdSimulator.Simulate(P, 200, 39, seed: 2);
        Assert.Throws<ArgumentException>(() => BgNbdModel.Fit(data, new FitOptions { StartingPoints = [[1, 1, 1]] }));
    }

    [Fact]
    public void Penalty_shrinks_towards_one()
    {
        CustomerSummary[] data = BgNbdSimulator.Simulate(P, 2000, 39, seed: 5);
        ModelFit<BgNbdModel> plain = BgNbdModel.Fit(data);
        ModelFit<BgNbdModel> penalised = BgNbdModel.Fit(data, new FitOptions { L2Penalty = 50 });
        Assert.True(Math.Abs(Math.Log(penalised.Model.Parameters.Alpha)) < Math.Abs(Math.Log(plain.Model.Parameters.Alpha)));
        Assert.True(penalised.LogLikelihood <= plain.LogLikelihood);
        Assert.Equal(50, penalised.L2Penalty);
    }
}
