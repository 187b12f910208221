using System.Diagnostics;
using CustomerValue.IO;
using Xunit.Abstractions;

namespace CustomerValue.Tests.IO;

/// <summary>The reader streams: it never reads to the end, and its memory does not grow with the rows.</summary>
public sealed class TransactionLogStreamingTests(ITestOutputHelper output)
{
    [Fact]
    public void The_first_rows_of_an_endless_log_are_read_without_reading_to_the_end()
    {
        var source = new GeneratedLogReader(rows: null);

        List<Transaction> first = [.. new TransactionLogReader().Read(source).Take(3)];

        Assert.Equal(["c1", "c2", "c3"], first.Select(t => t.CustomerId));
        Assert.Equal(new Transaction("c1", new DateTime(2024, 2, 2), 1.25m, 1m), first[0]);
        Assert.True(source.CharactersRead <= 1 << 16, $"read {source.CharactersRead} characters for three rows");
    }

    [Fact]
    public void A_million_rows_stream_with_a_small_constant_allocation_per_row()
    {
        const int rows = 1_000_000;
        var reader = new TransactionLogReader();
        var source = new GeneratedLogReader(rows);
        long count = 0;
        decimal quantity = 0m;

        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (Transaction t in reader.Read(source))
        {
            count++;
            quantity += t.Quantity;
        }

        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        output.WriteLine($"{rows:N0} rows in {clock.Elapsed.TotalMilliseconds:N0} ms ({rows / clock.Elapsed.TotalSeconds:N0} rows/s), {allocated / (double)rows:N1} bytes allocated per row");
        Assert.Equal(rows, count);
        Assert.Equal(Enumerable.Range(1, rows).Sum(i => (decimal)(i % 7)), quantity);

        // The only allocation per row is the customer id string ("c123456": about 40 bytes); the buffers are reused.
        Assert.True(allocated < 64L * rows, $"{allocated} bytes allocated for {rows} rows");
    }
}
