using System.Globalization;
using CustomerValue.Numerics;

namespace CustomerValue.Lifetime;

/// <content>Maximum-likelihood fitting of the Gamma-Gamma model.</content>
public sealed partial class GammaGammaModel
{
    private static readonly string[] ParameterNames = ["p", "q", "gamma"];

    /// <summary>
    /// Fits p, q and γ by maximum likelihood to the mean repeat spend of the customers with frequency 1 or more and
    /// monetary value greater than 0; the others are left out and counted in the result.
    /// </summary>
    /// <param name="customers">Customer summaries; the monetary value is the mean spend of the repeat purchases.</param>
    /// <param name="options">Starting points (p, q, gamma), iteration limit, tolerance and penalty; null for the defaults.</param>
    /// <returns>The fit, with standard errors, the customers used and excluded, and the frequency–monetary correlation.</returns>
    /// <remarks>
    /// The likelihood is summed over the distinct (frequency, monetary) pairs in sorted order, so the result does not
    /// depend on the order of <paramref name="customers"/>. A fit that did not converge is returned, not thrown; see
    /// <see cref="GammaGammaFit.EnsureConverged"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">No customer has frequency 1 or more and a monetary value greater than 0.</exception>
    public static GammaGammaFit Fit(ReadOnlySpan<CustomerSummary> customers, FitOptions? options = null)
    {
        var eligible = new List<(int X, double M)>(customers.Length);
        int withoutRepeat = 0, nonPositive = 0;
        foreach (ref readonly CustomerSummary customer in customers)
        {
            if (customer.Frequency == 0)
            {
                withoutRepeat++;
            }
            else if (!(customer.MonetaryValue > 0))
            {
                nonPositive++;
            }
            else
            {
                eligible.Add((customer.Frequency, customer.MonetaryValue));
            }
        }

        if (eligible.Count == 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The Gamma-Gamma model needs customers with at least one repeat purchase and a mean spend above 0, but of {customers.Length} customers {withoutRepeat} had no repeat purchase and {nonPositive} had a mean spend of 0 or less."),
                nameof(customers));
        }

        GammaGammaSpendPatterns patterns = GammaGammaSpendPatterns.Create(eligible);
        options ??= FitOptions.Default;
        IReadOnlyList<IReadOnlyList<double>> starts = options.StartingPoints ?? DefaultStartingPoints(patterns);
        var problem = new MaximumLikelihoodProblem(ParameterNames, patterns.LogLikelihood, patterns.Gradient, starts, eligible.Count);
        MaximumLikelihoodResult result = MaximumLikelihood.Maximize(problem, options);

        var model = new GammaGammaModel(result.Point[0], result.Point[1], result.Point[2]);
        ModelFit<GammaGammaModel> fit = ModelFit<GammaGammaModel>.Create(model, ModelName, ParameterNames, result, eligible.Count, options.L2Penalty);
        return new GammaGammaFit(fit, eligible.Count, withoutRepeat, nonPositive, patterns.Correlation());
    }

    /// <summary>Fits the model; see <see cref="Fit(ReadOnlySpan{CustomerSummary}, FitOptions?)"/>.</summary>
    /// <param name="customers">Customer summaries.</param>
    /// <param name="options">Fit options; null for the defaults.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">No customer has frequency 1 or more and a monetary value greater than 0.</exception>
    public static GammaGammaFit Fit(IEnumerable<CustomerSummary> customers, FitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        CustomerSummary[] array = customers as CustomerSummary[] ?? customers.ToArray();
        return Fit(new ReadOnlySpan<CustomerSummary>(array), options);
    }

    /// <summary>Deterministic starts: (1, 1, 1) and three points whose population mean pγ/(q − 1) equals the weighted mean spend.</summary>
    private static IReadOnlyList<IReadOnlyList<double>> DefaultStartingPoints(GammaGammaSpendPatterns patterns)
    {
        double mean = patterns.MeanSpend();
        return
        [
            [1.0, 1.0, 1.0],
            [1.0, 2.0, mean],
            [5.0, 3.0, 2.0 * mean / 5.0],
            [10.0, 10.0, 9.0 * mean / 10.0],
        ];
    }
}
