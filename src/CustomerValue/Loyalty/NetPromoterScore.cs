using MathNet.Numerics.Distributions;

namespace CustomerValue.Loyalty;

/// <summary>
/// The Net Promoter Score (Reichheld 2003, "The One Number You Need to Grow", Harvard Business Review): from answers to
/// "How likely is it that you would recommend us to a friend or colleague?" on 0–10, promoters answer 9–10, passives 7–8
/// and detractors 0–6; NPS = 100 × (promoters − detractors) / responses, from −100 to 100. Seeds 002 and 003 name
/// recommending the firm to others as a mark of the loyal customer.
/// </summary>
/// <remarks>
/// <para>
/// Confidence interval: with shares p_P and p_D of n answers, the difference p_P − p_D of a trinomial has variance
/// (p_P + p_D − (p_P − p_D)²) / n. <see cref="NpsIntervalMethod.AdjustedWald"/> (default) first adds ¾ to each of the
/// promoter and detractor counts and 3 to n (Rocks 2016, "Interval Estimation for the 'Net Promoter Score'", The American
/// Statistician 70(4)); <see cref="NpsIntervalMethod.Wald"/> does not. The interval is estimate ± z·SE with z the normal
/// quantile of the level (1.96 for 95 %), clamped to [−100, 100]. The reported score is always the unadjusted one.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class NetPromoterScore
{
    /// <summary>The default confidence level, 95 %.</summary>
    public const double DefaultConfidenceLevel = 0.95;

    private const double Pseudo = 0.75;

    /// <summary>The group of one answer.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is not from 0 to 10.</exception>
    public static NpsCategory Classify(int answer)
    {
        if (answer is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(answer), answer, $"An answer must be a whole number from 0 to 10, but was {answer}.");
        }

        return answer >= 9 ? NpsCategory.Promoter : answer >= 7 ? NpsCategory.Passive : NpsCategory.Detractor;
    }

    /// <summary>The score and its interval from individual answers.</summary>
    /// <param name="answers">The 0–10 answers; at least one.</param>
    /// <param name="confidenceLevel">The interval's level, in (0, 1); 0.95 by default.</param>
    /// <param name="method">The interval method; adjusted Wald by default.</param>
    /// <exception cref="ArgumentException"><paramref name="answers"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is not from 0 to 10 (the message names its index and value), or the level or method is out of range.</exception>
    public static NpsResult Compute(ReadOnlySpan<int> answers, double confidenceLevel = DefaultConfidenceLevel, NpsIntervalMethod method = NpsIntervalMethod.AdjustedWald)
    {
        if (answers.IsEmpty)
        {
            throw new ArgumentException("The survey has no answers: the Net Promoter Score needs at least one 0–10 answer.", nameof(answers));
        }

        long promoters = 0, passives = 0, detractors = 0;
        for (int i = 0; i < answers.Length; i++)
        {
            int answer = answers[i];
            if (answer is < 0 or > 10)
            {
                throw new ArgumentOutOfRangeException(nameof(answers), answer, $"Answer {i} (zero-based) is {answer}, but answers must be whole numbers from 0 to 10.");
            }

            switch (Classify(answer))
            {
                case NpsCategory.Promoter:
                    promoters++;
                    break;
                case NpsCategory.Passive:
                    passives++;
                    break;
                default:
                    detractors++;
                    break;
            }
        }

        return FromCounts(promoters, passives, detractors, confidenceLevel, method);
    }

    /// <summary>The score and its interval from the counts of the three groups.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the level or method is out of range.</exception>
    /// <exception cref="ArgumentException">All counts are zero.</exception>
    public static NpsResult FromCounts(
        long promoters, long passives, long detractors, double confidenceLevel = DefaultConfidenceLevel, NpsIntervalMethod method = NpsIntervalMethod.AdjustedWald)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(promoters);
        ArgumentOutOfRangeException.ThrowIfNegative(passives);
        ArgumentOutOfRangeException.ThrowIfNegative(detractors);
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, LoyaltyCheck.Invariant($"The confidence level must be between 0 and 1 (exclusive), but was {confidenceLevel}."));
        }

        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method.");
        }

        double n = (double)promoters + passives + detractors;
        if (n == 0)
        {
            throw new ArgumentException("The survey has no answers: the Net Promoter Score needs at least one 0–10 answer.", nameof(promoters));
        }

        double score = 100.0 * (promoters - detractors) / n;
        double extra = method == NpsIntervalMethod.AdjustedWald ? Pseudo : 0.0;
        double size = n + (4 * extra);
        double p = (promoters + extra) / size;
        double d = (detractors + extra) / size;
        double center = p - d;
        double variance = Math.Max(0.0, (p + d - (center * center)) / size);
        double z = Normal.InvCDF(0, 1, 0.5 + (confidenceLevel / 2));
        double half = z * Math.Sqrt(variance);
        double lower = Math.Clamp(100.0 * (center - half), -100.0, 100.0);
        double upper = Math.Clamp(100.0 * (center + half), -100.0, 100.0);
        return new NpsResult(promoters, passives, detractors, Math.Clamp(score, -100.0, 100.0), lower, upper, confidenceLevel, method);
    }
}
