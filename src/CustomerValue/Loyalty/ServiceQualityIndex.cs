namespace CustomerValue.Loyalty;

/// <summary>
/// A service quality index in the manner of FedEx's SQI (seed 002 §3.1.3: "服务差错次数与相应的分值相乘再相加"): each day,
/// the count of each type of service failure times the weight of that type, summed. Lower is better; zero is a perfect day.
/// </summary>
/// <remarks>
/// <para>
/// SQI(day) = Σₖ wₖ nₖ(day). The error types and weights are data: choose the failures that matter to your customers and
/// weight them by how much they hurt. <see cref="FedExExample"/> gives the twelve weights FedEx published when it
/// introduced the SQI (as reported in the case literature on its 1990 Baldrige award), as an example only.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ServiceQualityIndex
{
    private readonly WeightedComponent[] _errorTypes;

    /// <summary>Creates the index.</summary>
    /// <param name="errorTypes">The error types with their weights; at least one, names distinct, weights with a positive sum.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errorTypes"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No types, a repeated name, or all weights zero.</exception>
    public ServiceQualityIndex(IEnumerable<WeightedComponent> errorTypes)
    {
        _errorTypes = LoyaltyCheck.Components(errorTypes, nameof(errorTypes), "error type", out _);
    }

    /// <summary>The error types, in the order counts are given.</summary>
    public IReadOnlyList<WeightedComponent> ErrorTypes => _errorTypes;

    /// <summary>
    /// An example: FedEx's twelve SQI components and weights as published around 1990 — right-day late deliveries 1,
    /// wrong-day late deliveries 5, traces not answered 3, complaints reopened 3, missing proofs of delivery 1, invoice
    /// adjustments 1, late pick-up stops 3, lost packages 10, damaged packages 10, abandoned calls 1, international 1,
    /// overgoods (lost and found) 5. FedEx has revised the list since; treat it as an illustration, not a standard.
    /// </summary>
    public static ServiceQualityIndex FedExExample() => new(
    [
        new WeightedComponent("right day late deliveries", 1),
        new WeightedComponent("wrong day late deliveries", 5),
        new WeightedComponent("traces not answered", 3),
        new WeightedComponent("complaints reopened", 3),
        new WeightedComponent("missing proofs of delivery", 1),
        new WeightedComponent("invoice adjustments", 1),
        new WeightedComponent("late pick-up stops", 3),
        new WeightedComponent("lost packages", 10),
        new WeightedComponent("damaged packages", 10),
        new WeightedComponent("abandoned calls", 1),
        new WeightedComponent("international", 1),
        new WeightedComponent("overgoods", 5),
    ]);

    /// <summary>The index of one day: Σ weight × count.</summary>
    /// <param name="counts">One count per error type, in <see cref="ErrorTypes"/> order; finite and ≥ 0.</param>
    /// <exception cref="ArgumentException">The number of counts differs from the number of error types.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or not finite; the message names the error type.</exception>
    public double Score(ReadOnlySpan<double> counts) => Score(counts, string.Empty);

    /// <summary>The index day by day, its mean and its linear trend.</summary>
    /// <param name="days">The days, in any order, each date once; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No days, a repeated date, or a day with the wrong number of counts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or not finite; the message names the day and the error type.</exception>
    public ServiceQualityTrend Trend(IEnumerable<ServiceErrorDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var points = new List<ServiceQualityPoint>();
        foreach (ServiceErrorDay day in days)
        {
            ArgumentNullException.ThrowIfNull(day, nameof(days));
            ArgumentNullException.ThrowIfNull(day.Counts, nameof(days));
            double[] counts = [.. day.Counts];
            points.Add(new ServiceQualityPoint(day.Date, Score(counts, $"{day.Date:yyyy-MM-dd}: ")));
        }

        if (points.Count == 0)
        {
            throw new ArgumentException("A trend needs at least one day.", nameof(days));
        }

        points.Sort(static (x, y) => x.Date.CompareTo(y.Date));
        for (int i = 1; i < points.Count; i++)
        {
            if (points[i].Date == points[i - 1].Date)
            {
                throw new ArgumentException($"The day {points[i].Date:yyyy-MM-dd} appears more than once.", nameof(days));
            }
        }

        double meanDay = 0, mean = 0;
        foreach (ServiceQualityPoint point in points)
        {
            meanDay += point.Date.DayNumber;
            mean += point.Index;
        }

        meanDay /= points.Count;
        mean /= points.Count;
        double? slope = null;
        if (points.Count > 1)
        {
            double sxy = 0, sxx = 0;
            foreach (ServiceQualityPoint point in points)
            {
                double dx = point.Date.DayNumber - meanDay;
                sxy += dx * (point.Index - mean);
                sxx += dx * dx;
            }

            slope = sxy / sxx;
        }

        return new ServiceQualityTrend(points, mean, slope);
    }

    private double Score(ReadOnlySpan<double> counts, string where)
    {
        if (counts.Length != _errorTypes.Length)
        {
            throw new ArgumentException($"{where}{counts.Length} counts were given for {_errorTypes.Length} error types.", nameof(counts));
        }

        double sum = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            sum += _errorTypes[i].Weight * LoyaltyCheck.NonNegative(counts[i], nameof(counts), $"the count of '{_errorTypes[i].Name}'", where);
        }

        return sum;
    }
}
