namespace CustomerValue.Lifetime;

/// <summary>
/// Goodness-of-fit checks for repeat-purchase models, as in Fader, Hardie &amp; Lee (2005): the calibration-versus-holdout
/// table (mean holdout purchases by calibration frequency) and the histogram of repeat-purchase counts, actual against
/// expected.
/// </summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class TransactionModelDiagnostics
{
    /// <summary>
    /// Mean holdout purchases by calibration frequency 0, 1, …, <paramref name="maxFrequency"/> − 1 and one open-ended row
    /// "<paramref name="maxFrequency"/> or more": actual against the model's conditional expectation over each customer's
    /// holdout duration. Empty groups are left out.
    /// </summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="customers">Calibration summaries with their holdout outcome.</param>
    /// <param name="maxFrequency">Where the open-ended group starts; at least 1.</param>
    /// <returns>The rows in order of frequency.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFrequency"/> is less than 1, or a holdout duration is negative or not finite.</exception>
    public static IReadOnlyList<CalibrationHoldoutRow> CalibrationHoldout(ITransactionModel model, IReadOnlyList<CalibrationHoldoutSummary> customers, int maxFrequency = 7)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrequency, 1);
        int buckets = maxFrequency + 1;
        var count = new int[buckets];
        var actual = new double[buckets];
        var predicted = new double[buckets];
        for (int i = 0; i < customers.Count; i++)
        {
            CalibrationHoldoutSummary c = customers[i];
            if (!double.IsFinite(c.DurationHoldout) || c.DurationHoldout < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(customers), c.DurationHoldout, $"Customer '{c.Calibration.CustomerId}' (row {i}): the holdout duration must be finite and zero or more.");
            }

            int k = Math.Min(c.Calibration.Frequency, maxFrequency);
            count[k]++;
            actual[k] += c.FrequencyHoldout;
            predicted[k] += model.ConditionalExpectedPurchases(c.Calibration, c.DurationHoldout);
        }

        var rows = new List<CalibrationHoldoutRow>(buckets);
        for (int k = 0; k < buckets; k++)
        {
            if (count[k] > 0)
            {
                rows.Add(new CalibrationHoldoutRow(k, k == maxFrequency, count[k], actual[k] / count[k], predicted[k] / count[k]));
            }
        }

        return rows.AsReadOnly();
    }

    /// <summary>
    /// The number of customers with 0, 1, …, <paramref name="maxCount"/> − 1 repeat purchases and "<paramref name="maxCount"/>
    /// or more", actual against expected, where the expected count of n is Σᵢ P(X(Tᵢ) = n) with each customer's own age Tᵢ
    /// (and the open-ended bar takes the rest, so both columns add up to the number of customers).
    /// </summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="customers">The calibration summaries.</param>
    /// <param name="maxCount">Where the open-ended bar starts; at least 1.</param>
    /// <returns>The bars 0 … <paramref name="maxCount"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCount"/> is less than 1.</exception>
    public static IReadOnlyList<PurchaseCountRow> PurchaseCountHistogram(ITransactionModel model, ReadOnlySpan<CustomerSummary> customers, int maxCount = 7)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        var actual = new int[maxCount + 1];
        var expected = new double[maxCount + 1];

        // P(X(T) = n) depends on the customer only through T: compute it once per distinct age.
        var ages = new SortedDictionary<double, int>();
        foreach (ref readonly CustomerSummary c in customers)
        {
            actual[Math.Min(c.Frequency, maxCount)]++;
            ages[c.T] = ages.GetValueOrDefault(c.T) + 1;
        }

        foreach ((double age, int n) in ages)
        {
            for (int k = 0; k < maxCount; k++)
            {
                expected[k] += n * model.ProbabilityOfPurchases(k, age);
            }
        }

        double assigned = 0;
        for (int k = 0; k < maxCount; k++)
        {
            assigned += expected[k];
        }

        expected[maxCount] = Math.Max(0.0, customers.Length - assigned);
        var rows = new PurchaseCountRow[maxCount + 1];
        for (int k = 0; k <= maxCount; k++)
        {
            rows[k] = new PurchaseCountRow(k, k == maxCount, actual[k], expected[k]);
        }

        return Array.AsReadOnly(rows);
    }
}
