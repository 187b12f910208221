using CustomerValue.Loyalty;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerValue.Tests.Loyalty;

public sealed class NpsTests
{
    private const double Z95 = 1.959963984540054;

    [Fact]
    public void Seven_answers_give_one_promoter_more_than_detractors()
    {
        // 10, 9, 10 promoters; 8, 7 passives; 6, 0 detractors: NPS = 100 (3 − 2) / 7.
        NpsResult nps = NetPromoterScore.Compute([10, 9, 8, 7, 6, 0, 10]);
        Assert.Equal(3, nps.Promoters);
        Assert.Equal(2, nps.Passives);
        Assert.Equal(2, nps.Detractors);
        Assert.Equal(7, nps.Responses);
        Assert.Equal(100.0 / 7, nps.Score, 12);
        Assert.Equal(3.0 / 7, nps.PromoterShare, 12);

        // Adjusted Wald: n = 10, p = 3.75/10, d = 2.75/10.
        double p = 0.375, d = 0.275, center = p - d;
        double half = Z95 * Math.Sqrt((p + d - (center * center)) / 10);
        Assert.Equal(100 * (center - half), nps.Lower, 10);
        Assert.Equal(100 * (center + half), nps.Upper, 10);
        Assert.Equal(NpsIntervalMethod.AdjustedWald, nps.Method);
        Assert.Equal(0.95, nps.ConfidenceLevel);
    }

    [Fact]
    public void The_wald_interval_uses_the_trinomial_variance_of_the_difference()
    {
        NpsResult nps = NetPromoterScore.Compute([10, 9, 8, 7, 6, 0, 10], method: NpsIntervalMethod.Wald);
        double p = 3.0 / 7, d = 2.0 / 7, center = p - d;
        double half = Z95 * Math.Sqrt((p + d - (center * center)) / 7);
        Assert.Equal(100 * (center - half), nps.Lower, 10);
        Assert.Equal(100 * (center + half), nps.Upper, 10);
    }

    [Fact]
    public void All_answers_ten_score_one_hundred_with_an_interval_that_is_not_a_point()
    {
        NpsResult nps = NetPromoterScore.Compute([10, 10, 10, 10, 10, 10, 10]);
        Assert.Equal(100, nps.Score);
        Assert.Equal(100, nps.Upper);

        // n = 10, p = 7.75/10, d = 0.75/10, centre 0.7, variance (0.85 − 0.49) / 10.
        Assert.Equal(100 * (0.7 - (Z95 * Math.Sqrt(0.036))), nps.Lower, 10);
        Assert.True(nps.Lower < 100);

        NpsResult wald = NetPromoterScore.Compute([10, 10, 10], method: NpsIntervalMethod.Wald);
        Assert.Equal((100.0, 100.0), (wald.Lower, wald.Upper));
        Assert.Equal(-100, NetPromoterScore.Compute([0, 3, 6]).Score);
    }

    [Fact]
    public void An_empty_survey_and_out_of_range_answers_are_clear_errors()
    {
        ArgumentException empty = Assert.Throws<ArgumentException>(() => NetPromoterScore.Compute([]));
        Assert.Contains("no answers", empty.Message, StringComparison.Ordinal);
        ArgumentOutOfRangeException eleven = Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.Compute([10, 9, 11]));
        Assert.Contains("Answer 2", eleven.Message, StringComparison.Ordinal);
        Assert.Contains("11", eleven.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.Compute([-1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.Compute([5], confidenceLevel: 1));
        Assert.Throws<ArgumentException>(() => NetPromoterScore.FromCounts(0, 0, 0));
    }

    [Theory]
    [InlineData(0, NpsCategory.Detractor)]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(9, NpsCategory.Promoter)]
    [InlineData(10, NpsCategory.Promoter)]
    public void Answers_fall_into_reichhelds_groups(int answer, NpsCategory category) =>
        Assert.Equal(category, NetPromoterScore.Classify(answer));

    [Fact]
    public void A_higher_confidence_level_widens_the_interval()
    {
        NpsResult at90 = NetPromoterScore.FromCounts(40, 30, 30, 0.90);
        NpsResult at99 = NetPromoterScore.FromCounts(40, 30, 30, 0.99);
        Assert.Equal(10, at90.Score, 12);
        Assert.True(at99.Upper - at99.Lower > at90.Upper - at90.Lower);
    }

    [Property(MaxTest = 300)]
    public Property Nps_and_its_interval_lie_in_minus_100_to_100() =>
        Prop.ForAll(
            Arb.From(Gen.NonEmptyListOf(Gen.Choose(0, 10)).Select(l => l.ToArray())),
            Arb.From(Gen.Elements(NpsIntervalMethod.AdjustedWald, NpsIntervalMethod.Wald)),
            (answers, method) =>
            {
                NpsResult nps = NetPromoterScore.Compute(answers, method: method);
                return nps.Score is >= -100 and <= 100
                    && nps.Lower >= -100 && nps.Upper <= 100 && nps.Lower <= nps.Upper
                    && nps.Responses == answers.Length;
            });
}
