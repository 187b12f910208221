namespace CustomerValue.Lifetime;

/// <summary>
/// The second half of factored batch scoring: with P(alive) already in the destination, multiplies each customer's value
/// by a factor of (x, T) (<see cref="IFrequencyAgeFactor"/>), computing each distinct pair once per batch
/// (<see cref="FrequencyAgeMemo"/>) and the rest four at a time. Customers with P(alive) = 0 stay 0 without a factor.
/// </summary>
internal static class AliveFactorScaling
{
    /// <summary>destination[i] ×= factor(xᵢ, Tᵢ) for every customer whose destination is not 0; allocates nothing.</summary>
    public static void Multiply<TFactor>(ReadOnlySpan<CustomerSummary> customers, Span<double> destination, TFactor factor)
        where TFactor : struct, IFrequencyAgeFactor
    {
        var memo = new FrequencyAgeMemo(customers.Length);
        try
        {
            Span<int> waiting = stackalloc int[BgExpectedBatch.Width];
            int count = 0;
            for (int i = 0; i < customers.Length; i++)
            {
                if (destination[i] == 0)
                {
                    continue;
                }

                ref readonly CustomerSummary c = ref customers[i];
                if (memo.TryGet(c.Frequency, c.T, out double known))
                {
                    destination[i] *= known;
                    continue;
                }

                waiting[count++] = i;
                if (count == BgExpectedBatch.Width)
                {
                    ResolveFour(customers, waiting, destination, factor, ref memo);
                    count = 0;
                }
            }

            for (int j = 0; j < count; j++)
            {
                ref readonly CustomerSummary c = ref customers[waiting[j]];
                double value = factor.Compute(c.Frequency, c.T);
                memo.Add(c.Frequency, c.T, value);
                destination[waiting[j]] *= value;
            }
        }
        finally
        {
            memo.Dispose();
        }
    }

    private static void ResolveFour<TFactor>(ReadOnlySpan<CustomerSummary> customers, scoped ReadOnlySpan<int> waiting, Span<double> destination, TFactor factor, ref FrequencyAgeMemo memo)
        where TFactor : struct, IFrequencyAgeFactor
    {
        Span<int> frequencies = stackalloc int[BgExpectedBatch.Width];
        Span<double> ages = stackalloc double[BgExpectedBatch.Width];
        Span<double> values = stackalloc double[BgExpectedBatch.Width];
        for (int lane = 0; lane < BgExpectedBatch.Width; lane++)
        {
            frequencies[lane] = customers[waiting[lane]].Frequency;
            ages[lane] = customers[waiting[lane]].T;
        }

        factor.Compute(frequencies, ages, values);
        for (int lane = 0; lane < BgExpectedBatch.Width; lane++)
        {
            // Two customers with the same (x, T) can wait in the same group of four; the memo stores the pair once.
            ref readonly CustomerSummary c = ref customers[waiting[lane]];
            memo.Add(c.Frequency, c.T, values[lane]);
            destination[waiting[lane]] *= values[lane];
        }
    }
}
