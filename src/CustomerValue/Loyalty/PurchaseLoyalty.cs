using CustomerValue.Numerics;

namespace CustomerValue.Loyalty;

/// <summary>
/// Helpers around a purchase-loyalty function G: the seed's loyalty threshold, the loyal share of a population, and the
/// evaluation of any G against labelled data (seed 000 篇5 §二: "当一个客户的忠诚度达到0.8以上时，可以认为它是一个忠诚客户").
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class PurchaseLoyalty
{
    /// <summary>The seed's threshold: a customer with F ≥ 0.8 is loyal.</summary>
    public const double DefaultThreshold = 0.8;

    /// <summary>Whether a loyalty score reaches the threshold: F ≥ <paramref name="threshold"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not in [0, 1].</exception>
    public static bool IsLoyal(double score, double threshold = DefaultThreshold)
    {
        LoyaltyCheck.Unit(score, nameof(score), "The loyalty score");
        return score >= LoyaltyCheck.Threshold(threshold, nameof(threshold));
    }

    /// <summary>The share of <paramref name="scores"/> at or above <paramref name="threshold"/>, in [0, 1].</summary>
    /// <exception cref="ArgumentException"><paramref name="scores"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold or a score is not in [0, 1]; the message gives the index.</exception>
    public static double LoyalShare(ReadOnlySpan<double> scores, double threshold = DefaultThreshold)
    {
        LoyaltyCheck.Threshold(threshold, nameof(threshold));
        if (scores.IsEmpty)
        {
            throw new ArgumentException("The loyal share of no customers is undefined: pass at least one score.", nameof(scores));
        }

        int loyal = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            loyal += LoyaltyCheck.UnitAt(scores[i], i, nameof(scores), "the loyalty score") >= threshold ? 1 : 0;
        }

        return (double)loyal / scores.Length;
    }

    /// <summary>
    /// How well <paramref name="model"/> separates the labelled customer-years: log-loss and AUC of F against the labels
    /// (for example on a held-out part after <see cref="LogisticLoyaltyModel.Fit"/>, or to compare the default G with a
    /// fitted one).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ, there are no rows, or only one outcome occurs.</exception>
    public static LoyaltyModelEvaluation Evaluate(IPurchaseLoyaltyModel model, ReadOnlySpan<YearlyActivity> activities, ReadOnlySpan<bool> loyal)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (activities.Length != loyal.Length)
        {
            throw new ArgumentException($"There are {activities.Length} customer-years but {loyal.Length} labels.", nameof(loyal));
        }

        if (activities.IsEmpty)
        {
            throw new ArgumentException("Evaluation needs at least one labelled customer-year.", nameof(activities));
        }

        var scores = new double[activities.Length];
        model.Score(activities, scores);
        return new LoyaltyModelEvaluation(
            activities.Length,
            LogisticRegression.LogLoss(scores, loyal),
            LogisticRegression.AreaUnderCurve(scores, loyal));
    }
}
