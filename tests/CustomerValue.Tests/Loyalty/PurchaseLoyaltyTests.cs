using CustomerValue.Loyalty;

namespace CustomerValue.Tests.Loyalty;

/// <summary>
/// The default G with anchors chosen so that 1 + strong = 4 (1 + typical) for every input: then each sub-score has the
/// closed form u = (1 + x) / (2 + x + t), where t is the typical value, and F = (uₐ u_b u_c u_d)^¼ by hand.
/// </summary>
public sealed class PurchaseLoyaltyTests
{
    private static readonly PurchaseLoyaltyCalibration Anchors = new(
        purchaseCount: new LoyaltyAnchor(3, 15),
        distinctProducts: new LoyaltyAnchor(1, 7),
        units: new LoyaltyAnchor(9, 39),
        spend: new LoyaltyAnchor(99, 399));

    private static readonly BalancedLoyaltyModel Model = new(Anchors);

    private static double U(double x, double typical) => (1 + Math.Max(0, x)) / (2 + Math.Max(0, x) + typical);

    private static double ByHand(double a, double b, double c, double d) =>
        Math.Pow(U(a, 3) * U(b, 1) * U(c, 9) * U(d, 99), 0.25);

    [Fact]
    public void Typical_and_strong_levels_score_one_half_and_the_threshold()
    {
        Assert.Equal(0.5, Model.Score(3, 1, 9, 99), 14);
        Assert.Equal(0.8, Model.Score(15, 7, 39, 399), 14);
        Assert.True(PurchaseLoyalty.IsLoyal(Model.Score(15, 7, 39, 399) + 1e-12));
        Assert.Equal(0.5, U(3, 3));
        Assert.Equal(0.8, U(15, 3), 14);
    }

    [Fact]
    public void Frequent_tiny_buyers_and_rare_big_buyers_both_score_below_a_steady_repeat_buyer()
    {
        double steady = Model.Score(15, 7, 39, 399);

        // 47 visits buying one cheap item each: 12/13, 1/2, 24/29, 1/5.
        double frequentTiny = Model.Score(47, 1, 47, 24);
        Assert.Equal(Math.Pow(12.0 / 13 * 0.5 * 24 / 29 * 0.2, 0.25), frequentTiny, 14);

        // One big order: 1/3, 1/2, 16/17, 16/17 — four times the steady buyer's spend.
        double rareBig = Model.Score(1, 1, 159, 1599);
        Assert.Equal(Math.Pow(1.0 / 3 * 0.5 * (16.0 / 17) * (16.0 / 17), 0.25), rareBig, 14);

        Assert.Equal(0.5257, frequentTiny, 4);
        Assert.Equal(0.6199, rareBig, 4);
        Assert.True(frequentTiny < steady && rareBig < steady);
        Assert.False(PurchaseLoyalty.IsLoyal(frequentTiny));
        Assert.False(PurchaseLoyalty.IsLoyal(rareBig));
    }

    [Fact]
    public void A_customer_with_one_purchase_zero_spend_or_net_returns_scores_by_the_formula()
    {
        Assert.Equal(ByHand(1, 1, 1, 20), Model.Score(1, 1, 1, 20), 14);
        Assert.Equal(Math.Pow(1.0 / 3 * 0.5 * (2.0 / 12) * (21.0 / 121), 0.25), Model.Score(1, 1, 1, 20), 14);

        double zeroSpend = Model.Score(3, 1, 9, 0);
        Assert.Equal(Math.Pow(0.125 / 101, 0.25), zeroSpend, 14);
        Assert.Equal(zeroSpend, Model.Score(3, 1, 9, -50), 14);
        Assert.Equal(Math.Pow(1.0 / 5 * (1.0 / 3) * (1.0 / 11) * (1.0 / 101), 0.25), Model.Score(0, 0, 0, 0), 14);
        Assert.Equal(1.0, Model.Score(1e300, 1e300, 1e300, 1e300));
    }

    [Fact]
    public void Weights_change_the_geometric_mean_and_a_zero_weight_drops_an_input()
    {
        var noSpend = new BalancedLoyaltyModel(Anchors, new LoyaltyInputWeights(1, 1, 1, 0));
        Assert.Equal(Math.Pow(U(15, 3) * U(1, 1) * U(39, 9), 1.0 / 3), noSpend.Score(15, 1, 39, 0), 14);

        var frequencyFirst = new BalancedLoyaltyModel(Anchors, new LoyaltyInputWeights(2, 1, 1, 0));
        double expected = Math.Pow(U(15, 3), 0.5) * Math.Pow(U(1, 1), 0.25) * Math.Pow(U(39, 9), 0.25);
        Assert.Equal(expected, frequencyFirst.Score(15, 1, 39, 1e9), 14);

        Assert.Throws<ArgumentException>(() => new LoyaltyInputWeights(0, 0, 0, 0));
        ArgumentOutOfRangeException negative = Assert.Throws<ArgumentOutOfRangeException>(() => new LoyaltyInputWeights(1, -1, 1, 1));
        Assert.Contains("distinct_products", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_batch_scores_yearly_activities_like_the_scalar_and_checks_the_destination()
    {
        YearlyActivity[] rows =
        [
            new("C1", 2024, 15, 7, 39m, 399m),
            new("C2", 2024, 1, 1, 1m, 0m),
            new("C3", 2024, 47, 1, 47m, 24m),
            new("C4", 2024, 2, 2, -3m, -10m),
        ];
        var scores = new double[rows.Length];
        Model.Score(rows, scores);
        for (int i = 0; i < rows.Length; i++)
        {
            YearlyActivity r = rows[i];
            Assert.Equal(ByHand(r.PurchaseCount, r.DistinctProducts, (double)r.Units, (double)r.Spend), scores[i], 14);
            Assert.Equal(scores[i], Model.Score(r));
        }

        Assert.Equal(0.25, PurchaseLoyalty.LoyalShare(scores));
        Assert.Throws<ArgumentException>(() => Model.Score(rows, new double[3]));
        ArgumentOutOfRangeException nan = Assert.Throws<ArgumentOutOfRangeException>(() => Model.Score(1, double.NaN, 1, 1));
        Assert.Contains("distinct products b", nan.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PurchaseLoyalty.LoyalShare([]));
        ArgumentOutOfRangeException bad = Assert.Throws<ArgumentOutOfRangeException>(() => PurchaseLoyalty.LoyalShare([0.5, 1.5]));
        Assert.Contains("Row 1", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibration_takes_medians_and_upper_quantiles_and_handles_inputs_that_do_not_vary()
    {
        YearlyActivity[] population =
        [
            new("A", 2024, 1, 1, 10m, 100m),
            new("B", 2024, 2, 1, 20m, 300m),
            new("C", 2024, 3, 1, 30m, 200m),
            new("D", 2024, 4, 1, 40m, -20m),
            new("E", 2024, 5, 1, 50m, 500m),
        ];
        PurchaseLoyaltyCalibration calibration = PurchaseLoyaltyCalibration.FromPopulation(population);

        // Type 7: the 90th percentile of 5 values sits at position 3.6, between the 4th and 5th smallest.
        Assert.Equal(new LoyaltyAnchor(3, 4.6), calibration.PurchaseCount);
        Assert.Equal(new LoyaltyAnchor(30, 46), calibration.Units);

        // Spend sorted, negatives as zero: 0, 100, 200, 300, 500.
        Assert.Equal(200, calibration.Spend.Typical);
        Assert.Equal(420, calibration.Spend.Strong, 10);

        // Everyone bought one product: strong = 2 × 1 + 1.
        Assert.Equal(new LoyaltyAnchor(1, 3), calibration.DistinctProducts);

        BalancedLoyaltyModel model = BalancedLoyaltyModel.FromPopulation(population);
        Assert.Equal(0.5, model.Score(3, 1, 30, 200), 14);
        Assert.Throws<ArgumentException>(() => PurchaseLoyaltyCalibration.FromPopulation([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PurchaseLoyaltyCalibration.FromPopulation(population, 0.4));
    }

    [Fact]
    public void Scores_do_not_depend_on_the_currency_when_calibrated_on_the_same_population()
    {
        YearlyActivity[] euros = [.. Enumerable.Range(1, 50).Select(i => new YearlyActivity($"C{i}", 2024, i % 7, i % 4, i % 11, (i * 37) % 1000))];
        YearlyActivity[] cents = [.. euros.Select(r => r with { Spend = r.Spend * 100 })];
        BalancedLoyaltyModel inEuros = BalancedLoyaltyModel.FromPopulation(euros);
        BalancedLoyaltyModel inCents = BalancedLoyaltyModel.FromPopulation(cents);
        double largest = 0;
        for (int i = 0; i < euros.Length; i++)
        {
            largest = Math.Max(largest, Math.Abs(inEuros.Score(euros[i]) - inCents.Score(cents[i])));
        }

        // ln(1 + x) is a shift of ln x up to the "+1", which the anchors absorb: nearly, not exactly, scale-free.
        Assert.InRange(largest, 0, 0.02);
    }

    [Fact]
    public void Anchors_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LoyaltyAnchor(5, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LoyaltyAnchor(-1, 5));
        ArgumentException defaulted = Assert.Throws<ArgumentException>(() => new PurchaseLoyaltyCalibration(default, new(1, 2), new(1, 2), new(1, 2)));
        Assert.Contains("purchaseCount", defaulted.Message, StringComparison.Ordinal);
    }
}
