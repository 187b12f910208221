using FsCheck;
using FsCheck.Xunit;

namespace CustomerValue.Tests.Summaries;

/// <summary>
/// The streaming summariser gives exactly what <see cref="CustomerSummaryBuilder"/> gives, over random logs with
/// same-period purchases, returns (also before the first purchase, in the holdout, and alone), customers starting after
/// the calibration or observation end, and every period and unit (the log is drawn from the FsCheck-supplied seed).
/// </summary>
public sealed class StreamingSummaryProperties
{
    private static readonly DateTime Start = new(2024, 1, 1);
    private static readonly TimePeriod[] Periods = Enum.GetValues<TimePeriod>();

    private sealed record Case(List<Transaction> Log, SummaryOptions Options);

    private static Case RandomCase(int seed, int size)
    {
        var random = new Random(seed);
        TimePeriod period = Periods[random.Next(Periods.Length)];
        int days = period switch { TimePeriod.Day => 60, TimePeriod.Week => 200, TimePeriod.Month => 700, _ => 3000 };
        DateTime end = Start.AddDays(days);
        var options = new SummaryOptions(end)
        {
            Period = period,
            Unit = Periods[random.Next(Periods.Length)],
            CalibrationEnd = random.Next(3) == 0 ? null : Start.AddDays(days / 2),
        };

        var log = new List<Transaction>();
        int rows = random.Next((size * 4) + 1);
        for (int i = 0; i < rows; i++)
        {
            // Mixed scales (whole, cents, tenths of a cent) so that exact decimal sums matter; about one row in six a return.
            decimal amount = random.Next(6) == 0 ? -random.Next(1, 5000) / 100m : random.Next(0, 20000) / (decimal)Math.Pow(10, random.Next(4));
            DateTime timestamp = Start.AddDays(random.Next(days * 23 / 20)).AddMinutes(random.Next(1440));
            log.Add(new Transaction($"{(random.Next(2) == 0 ? "c" : "")}{random.Next(1 + (size / 3))}", timestamp, amount));
        }

        return new Case(log, options);
    }

    /// <summary>The log in time order (ties keep their order), as streaming needs it.</summary>
    private static List<Transaction> InTimeOrder(List<Transaction> log) => [.. log.OrderBy(t => t.Timestamp)];

    private static CustomerSummaryBuilder Reference(Case c)
    {
        var builder = new CustomerSummaryBuilder(c.Options.Period);
        builder.AddRange(c.Log);
        return builder;
    }

    private static bool SameAsReference(StreamingSummaryBuilder streaming, Case c)
    {
        CustomerSummaryBuilder reference = Reference(c);
        CustomerSummarySet expected = reference.Build(c.Options);
        CustomerSummarySet actual = streaming.Build();
        bool same = actual.Customers.SequenceEqual(expected.Customers)
            && actual.CustomersStartingAfterEnd == expected.CustomersStartingAfterEnd
            && actual.CustomersWithoutPurchases == expected.CustomersWithoutPurchases
            && streaming.CustomerCount == reference.CustomerCount
            && streaming.TransactionCount == c.Log.Count;
        if (c.Options.CalibrationEnd is not null)
        {
            CalibrationHoldoutSet expectedSplit = reference.BuildCalibrationHoldout(c.Options);
            CalibrationHoldoutSet actualSplit = streaming.BuildCalibrationHoldout();
            same = same
                && actualSplit.Customers.SequenceEqual(expectedSplit.Customers)
                && actualSplit.CustomersStartingAfterCalibration == expectedSplit.CustomersStartingAfterCalibration
                && actualSplit.CustomersWithoutPurchases == expectedSplit.CustomersWithoutPurchases;
        }

        return same;
    }

    [Property(MaxTest = 300)]
    public bool Streaming_a_log_in_time_order_gives_exactly_the_builders_summaries_and_split(int seed, PositiveInt size)
    {
        Case c = RandomCase(seed, size.Get % 80);
        var streaming = new StreamingSummaryBuilder(c.Options);
        streaming.AddRange(InTimeOrder(c.Log));
        return SameAsReference(streaming, c);
    }

    [Property(MaxTest = 300)]
    public bool From_log_in_any_order_on_any_number_of_partitions_gives_exactly_the_builders_summaries_and_split(int seed, PositiveInt size, PositiveInt partitions)
    {
        Case c = RandomCase(seed, size.Get % 80);
        var streaming = StreamingSummaryBuilder.FromLog(c.Log.ToArray(), c.Options, 1 + (partitions.Get % 4));
        return SameAsReference(streaming, c);
    }

    [Property(MaxTest = 200)]
    public bool From_log_in_time_order_needs_no_history(int seed, PositiveInt size, PositiveInt partitions)
    {
        Case c = RandomCase(seed, size.Get % 80);
        var streaming = StreamingSummaryBuilder.FromLog(InTimeOrder(c.Log).ToArray(), c.Options, 1 + (partitions.Get % 4));
        return streaming.OutOfOrderCustomerCount == 0 && SameAsReference(streaming, c);
    }

    [Property(MaxTest = 200)]
    public bool Adding_rows_after_from_log_in_any_order_gives_exactly_the_builders_result(int seed, PositiveInt size, PositiveInt partitions)
    {
        Case c = RandomCase(seed, size.Get % 80);
        int cut = c.Log.Count / 2;
        var streaming = StreamingSummaryBuilder.FromLog(c.Log.Take(cut).ToArray(), c.Options, 1 + (partitions.Get % 4));
        // Later rows go in one by one; those that the streaming state cannot take are rejected, and are kept out of the reference too.
        var accepted = new List<Transaction>(c.Log.Take(cut));
        foreach (Transaction t in c.Log.Skip(cut))
        {
            try
            {
                streaming.Add(t);
                accepted.Add(t);
            }
            catch (TransactionOrderException e) when (e.CustomerId == t.CustomerId && e.Timestamp == t.Timestamp && e.TransactionNumber == accepted.Count + 1)
            {
                // Rejected, builder unchanged: the reference must not see it either.
            }
        }

        return SameAsReference(streaming, c with { Log = accepted });
    }

    [Property(MaxTest = 300)]
    public bool The_sort_key_orders_ids_exactly_as_the_customer_id_comparer(int seed)
    {
        var random = new Random(seed);
        string[] pool = ["0", "7", "07", "007", "10", "2", "9223372036854775807", "9223372036854775808", "-1", "+3", " 4", "a", "A", "b10", "b9", "", "c0", "ab", "ab\0", "ab\0c", "C0000001", "C0000010", "customer-0001", "customer-0002", "customer-001"];
        string Id() => random.Next(3) == 0 ? pool[random.Next(pool.Length)] : random.Next(2) == 0 ? random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture) : $"x{random.Next(50)}";
        for (int i = 0; i < 50; i++)
        {
            string x = Id();
            string y = Id();
            if (Math.Sign(new CustomerIdSortKey(x).CompareTo(new CustomerIdSortKey(y))) != Math.Sign(CustomerIdComparer.Instance.Compare(x, y)))
            {
                return false;
            }
        }

        return true;
    }
}
