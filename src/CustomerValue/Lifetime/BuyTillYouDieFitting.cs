using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <summary>The likelihood, analytic gradient and fitting procedure shared by BG/NBD (shift 0) and MBG/NBD (shift 1).</summary>
internal static class BuyTillYouDieFitting
{
    public static readonly string[] Names = ["r", "alpha", "a", "b"];

    /// <summary>The total log-likelihood over the table (canonical order).</summary>
    public static double LogLikelihood(PatternTable data, int shift, ReadOnlySpan<double> p) =>
        new BuyTillYouDieLikelihood(data, shift).Evaluate(p, default);

    /// <summary>The gradient of <see cref="LogLikelihood"/> with respect to (r, α, a, b).</summary>
    public static void Gradient(PatternTable data, int shift, ReadOnlySpan<double> p, Span<double> gradient) =>
        new BuyTillYouDieLikelihood(data, shift).Evaluate(p, gradient);

    public static MaximumLikelihoodResult Fit(PatternTable data, int shift, string modelName, FitOptions? options)
    {
        options ??= FitOptions.Default;
        double rate = RepeatRate(data, modelName);
        IReadOnlyList<IReadOnlyList<double>> starts = options.StartingPoints ?? DefaultStarts(rate);
        var problem = new MaximumLikelihoodProblem(Names, new BuyTillYouDieLikelihood(data, shift).Evaluate, starts, data.Customers)
        {
            UpperLimits = [MaximumLikelihoodProblem.ShapeLimit, double.PositiveInfinity, MaximumLikelihoodProblem.ShapeLimit, MaximumLikelihoodProblem.ShapeLimit],
        };
        return MaximumLikelihood.Maximize(problem, options);
    }

    /// <summary>Deterministic starting points scaled to the observed repeat rate (repeats per unit of age).</summary>
    private static double[][] DefaultStarts(double rate)
    {
        double scale = 1.0 / rate;
        return
        [
            [1.0, scale, 1.0, 1.0],
            [0.5, 0.5 * scale, 0.5, 2.0],
            [2.0, 2.0 * scale, 2.0, 5.0],
        ];
    }

    /// <summary>
    /// Checks that a repeat-purchase model can be fitted on the table (some customers, some repeat purchases, some exposure)
    /// and returns the observed repeat rate, repeats per unit of age, which scales the starting points.
    /// </summary>
    public static double RepeatRate(PatternTable data, string modelName)
    {
        if (data.Customers == 0)
        {
            throw new ArgumentException(
                $"The {modelName} model cannot be fitted on no customers: pass the summaries of at least a few hundred customers.",
                "customers");
        }

        double repeats = 0, exposure = 0;
        for (int i = 0; i < data.Rows; i++)
        {
            repeats += data.Weight[i] * data.X[i];
            exposure += data.Weight[i] * data.T[i];
        }

        if (repeats == 0)
        {
            throw new ArgumentException(
                $"The {modelName} model cannot be fitted when no customer made a repeat purchase (every frequency is 0): the purchase " +
                "rate and dropout are not identified. Use a longer calibration period or more customers.",
                "customers");
        }

        if (exposure == 0)
        {
            throw new ArgumentException(
                $"The {modelName} model cannot be fitted when every customer's age T is 0: the time scale is not identified. " +
                "Check the end of the calibration period.",
                "customers");
        }

        return repeats / exposure;
    }
}
