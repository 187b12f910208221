namespace CustomerValue.Lifetime;

/// <summary>
/// The opt-in parallel path of batch scoring: the customers are cut into blocks and the blocks scored on several cores
/// with the models' own batch methods. Each customer's value is computed exactly as by the sequential batch call, so the
/// results are identical (bit for bit); only the wall-clock time changes.
/// </summary>
/// <remarks>Thread-safe: the models are immutable and every block writes its own part of the destination.</remarks>
public static class ParallelScoring
{
    /// <summary>Customers per block: large enough that scheduling costs nothing next to the scoring.</summary>
    private const int BlockSize = 16_384;

    /// <summary>Parallel <see cref="ITransactionModel.ProbabilityAlive(ReadOnlySpan{CustomerSummary}, Span{double})"/>.</summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="customers">The customers.</param>
    /// <param name="destination">Receives one value per customer.</param>
    /// <param name="maxDegreeOfParallelism">Cores to use at most; null for all.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="customers"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public static void ProbabilityAlive(ITransactionModel model, ReadOnlyMemory<CustomerSummary> customers, Memory<double> destination, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Run(customers, destination, maxDegreeOfParallelism, (block, output) => model.ProbabilityAlive(block, output));
    }

    /// <summary>Parallel <see cref="ITransactionModel.ConditionalExpectedPurchases(ReadOnlySpan{CustomerSummary}, double, Span{double})"/>.</summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="customers">The customers.</param>
    /// <param name="horizon">The horizon, in the model's time unit.</param>
    /// <param name="destination">Receives one value per customer.</param>
    /// <param name="maxDegreeOfParallelism">Cores to use at most; null for all.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="customers"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is negative or not finite, or <paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public static void ConditionalExpectedPurchases(ITransactionModel model, ReadOnlyMemory<CustomerSummary> customers, double horizon, Memory<double> destination, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Validation.Duration(horizon, nameof(horizon));
        Run(customers, destination, maxDegreeOfParallelism, (block, output) => model.ConditionalExpectedPurchases(block, horizon, output));
    }

    /// <summary>Parallel <see cref="CustomerLifetimeValue.Calculate(ReadOnlySpan{CustomerSummary}, Span{double})"/>.</summary>
    /// <param name="lifetimeValue">The calculator.</param>
    /// <param name="customers">The customers.</param>
    /// <param name="destination">Receives one value per customer.</param>
    /// <param name="maxDegreeOfParallelism">Cores to use at most; null for all.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lifetimeValue"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="customers"/>, or a customer is invalid for the spend model.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public static void LifetimeValue(CustomerLifetimeValue lifetimeValue, ReadOnlyMemory<CustomerSummary> customers, Memory<double> destination, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(lifetimeValue);
        Run(customers, destination, maxDegreeOfParallelism, (block, output) => lifetimeValue.Calculate(block, output));
    }

    private delegate void BlockScorer(ReadOnlySpan<CustomerSummary> block, Span<double> output);

    private static void Run(ReadOnlyMemory<CustomerSummary> customers, Memory<double> destination, int? maxDegreeOfParallelism, BlockScorer score)
    {
        Validation.Destination(customers.Length, destination.Length, nameof(destination));
        if (maxDegreeOfParallelism is { } degree)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1, nameof(maxDegreeOfParallelism));
        }

        int blocks = (customers.Length + BlockSize - 1) / BlockSize;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? -1 };
        Parallel.For(0, blocks, options, b =>
        {
            int start = b * BlockSize;
            int length = Math.Min(BlockSize, customers.Length - start);
            score(customers.Span.Slice(start, length), destination.Span.Slice(start, length));
        });
    }
}
