using CustomerValue.Loyalty;

namespace CustomerValue.Tests.Loyalty;

/// <summary>The composite index, the attitude × behaviour matrix and the loyalty ladder, by hand.</summary>
public sealed class LoyaltyCalculatorTests
{
    [Fact]
    public void The_composite_index_is_the_weighted_mean_of_the_normalised_indicators()
    {
        var indicators = new LoyaltyIndicators
        {
            CustomerId = "C1",
            Retention = 0.9,
            RepeatPurchases = 6,       // 6 / 12 = 0.5
            ShareOfWallet = 0.4,
            CompetitorResistance = 0.7,
            Recommendation = 9,        // 0.9
            NewCustomersBrought = 6,   // capped: 1
            NewProductTrial = 0.2,
        };
        Assert.Equal((0.9 + 0.5 + 0.4 + 0.7 + 0.9 + 1 + 0.2) / 7, CompositeLoyaltyIndex.EqualWeights.Score(indicators), 14);

        var weights = new LoyaltyIndicatorWeights { Retention = 3, ShareOfWallet = 2, RepeatPurchases = 0, CompetitorResistance = 0, Recommendation = 0, NewCustomersBrought = 0, NewProductTrial = 0 };
        var index = new CompositeLoyaltyIndex(weights);
        Assert.Equal(((3 * 0.9) + (2 * 0.4)) / 5, index.Score(indicators), 14);
    }

    [Fact]
    public void Unmeasured_indicators_are_left_out_and_full_score_levels_are_settable()
    {
        var partial = new LoyaltyIndicators { RepeatPurchases = 3, Recommendation = 10 };
        var index = new CompositeLoyaltyIndex(LoyaltyIndicatorWeights.Equal, repeatPurchasesForFullScore: 4);
        Assert.Equal((0.75 + 1) / 2, index.Score(partial), 14);

        var onlyUnweighted = new CompositeLoyaltyIndex(new LoyaltyIndicatorWeights { Retention = 0 });
        ArgumentException none = Assert.Throws<ArgumentException>(() => onlyUnweighted.Score(new LoyaltyIndicators { Retention = 0.5 }));
        Assert.Contains("No measured indicator", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_weights_and_ranges_are_validated_with_the_customer_and_field()
    {
        Assert.Throws<ArgumentException>(() => new CompositeLoyaltyIndex(new LoyaltyIndicatorWeights
        {
            Retention = 0, RepeatPurchases = 0, ShareOfWallet = 0, CompetitorResistance = 0, Recommendation = 0, NewCustomersBrought = 0, NewProductTrial = 0,
        }));
        ArgumentOutOfRangeException negative = Assert.Throws<ArgumentOutOfRangeException>(() => new CompositeLoyaltyIndex(new LoyaltyIndicatorWeights { ShareOfWallet = -1 }));
        Assert.Contains("share of wallet", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CompositeLoyaltyIndex(LoyaltyIndicatorWeights.Equal, repeatPurchasesForFullScore: 0));

        ArgumentOutOfRangeException share = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CompositeLoyaltyIndex.EqualWeights.Score(new LoyaltyIndicators { CustomerId = "C42", ShareOfWallet = 1.3 }));
        Assert.Contains("Customer 'C42'", share.Message, StringComparison.Ordinal);
        Assert.Contains("share of wallet", share.Message, StringComparison.Ordinal);
        Assert.Contains("1.3", share.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CompositeLoyaltyIndex.EqualWeights.Score(new LoyaltyIndicators { Recommendation = 11 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CompositeLoyaltyIndex.EqualWeights.Score(new LoyaltyIndicators { RepeatPurchases = -1 }));
    }

    [Theory]
    [InlineData(0.9, 0.9, LoyaltyType.TrueLoyalty)]
    [InlineData(0.9, 0.3, LoyaltyType.LatentLoyalty)]
    [InlineData(0.2, 0.85, LoyaltyType.SpuriousLoyalty)]
    [InlineData(0.2, 0.3, LoyaltyType.NoLoyalty)]
    [InlineData(0.7, 0.8, LoyaltyType.TrueLoyalty)]
    [InlineData(0.6999, 0.7999, LoyaltyType.NoLoyalty)]
    public void Dick_and_basu_cells_follow_the_thresholds(double attitude, double behavior, LoyaltyType expected) =>
        Assert.Equal(expected, AttitudeBehaviorMatrix.Default.Classify(attitude, behavior));

    [Fact]
    public void Matrix_thresholds_are_configurable_and_inputs_checked()
    {
        var strict = new AttitudeBehaviorMatrix(attitudeThreshold: 0.95, behaviorThreshold: 0.5);
        Assert.Equal(LoyaltyType.SpuriousLoyalty, strict.Classify(0.9, 0.6));
        ArgumentOutOfRangeException bad = Assert.Throws<ArgumentOutOfRangeException>(() => strict.Classify(1.2, 0.5, "C7"));
        Assert.Contains("Customer 'C7'", bad.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AttitudeBehaviorMatrix(attitudeThreshold: 1.5));
    }

    [Theory]
    [InlineData(false, 0, 0.0, 0.0, 0, false, LoyaltyLadderRung.Suspect)]
    [InlineData(true, 0, 0.0, 1.0, 3, true, LoyaltyLadderRung.Prospect)]
    [InlineData(true, 1, 0.9, 0.9, 2, true, LoyaltyLadderRung.Customer)]
    [InlineData(true, 5, 0.79, 0.9, 2, true, LoyaltyLadderRung.Customer)]
    [InlineData(true, 5, 0.8, 0.5, 2, true, LoyaltyLadderRung.Client)]
    [InlineData(true, 5, 0.8, 0.7, 0, true, LoyaltyLadderRung.Supporter)]
    [InlineData(true, 5, 0.8, 0.7, 1, false, LoyaltyLadderRung.Advocate)]
    [InlineData(true, 5, 0.8, 0.7, 1, true, LoyaltyLadderRung.Partner)]
    public void The_ladder_climbs_rung_by_rung_and_stops_at_the_first_failed_condition(
        bool interest, int purchases, double behavior, double attitude, int referrals, bool partner, LoyaltyLadderRung expected)
    {
        LoyaltyLadderRung rung = LoyaltyLadder.Default.Place(new LoyaltyLadderProfile("C1", interest, purchases, behavior, attitude, referrals, partner));
        Assert.Equal(expected, rung);
        Assert.Equal(expected >= LoyaltyLadderRung.Client, LoyaltyLadder.IsLoyal(rung));
    }

    [Fact]
    public void Ladder_thresholds_are_configurable_and_inputs_checked()
    {
        var ladder = new LoyaltyLadder(behaviorThreshold: 0.5, attitudeThreshold: 0.5, repeatPurchases: 3, referralsForAdvocate: 2);
        Assert.Equal(LoyaltyLadderRung.Customer, ladder.Place(new LoyaltyLadderProfile(null, true, 2, 0.9, 0.9, 5, true)));
        Assert.Equal(LoyaltyLadderRung.Supporter, ladder.Place(new LoyaltyLadderProfile(null, true, 3, 0.5, 0.5, 1, true)));
        ArgumentOutOfRangeException bad = Assert.Throws<ArgumentOutOfRangeException>(() => ladder.Place(new LoyaltyLadderProfile("C9", true, -1, 0.5, 0.5, 0, false)));
        Assert.Contains("Customer 'C9'", bad.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LoyaltyLadder(repeatPurchases: 0));
    }
}
