using CustomerValue.IO;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.IO;

/// <summary>The published CDNOW logs read in full with the built-in presets.</summary>
public sealed class CdnowLogTests
{
    [SharedDataFact]
    public void The_master_log_has_69659_rows_of_23570_customers()
    {
        var reader = new TransactionLogReader(TransactionLogOptions.CdnowMaster);

        List<Transaction> rows = [.. reader.ReadFile(SharedData.PathOf("CDNOW_master.txt"))];

        Assert.Equal(69_659, rows.Count);
        Assert.Equal(new Transaction("00001", new DateTime(1997, 1, 1), 11.77m, 1m), rows[0]);
        Assert.Equal(new Transaction("00002", new DateTime(1997, 1, 12), 12.00m, 1m), rows[1]);
        Assert.Equal(new Transaction("00002", new DateTime(1997, 1, 12), 77.00m, 5m), rows[2]);
        Assert.Equal(new Transaction("23570", new DateTime(1997, 3, 26), 42.96m, 2m), rows[^1]);
        Assert.Equal(23_570, rows.Select(t => t.CustomerId).Distinct().Count());
        Assert.Equal(167_881m, rows.Sum(t => t.Quantity));
        Assert.Equal(2_500_315.63m, rows.Sum(t => t.Amount));
        Assert.Equal(80, rows.Count(t => t.Amount == 0m));
        Assert.All(rows, t => Assert.InRange(t.Timestamp, new DateTime(1997, 1, 1), new DateTime(1998, 6, 30)));
    }

    [SharedDataFact]
    public void The_sample_log_has_6919_rows_of_2357_customers_keyed_by_master_id()
    {
        var reader = new TransactionLogReader(TransactionLogOptions.CdnowSample);

        List<Transaction> rows = [.. reader.ReadFile(SharedData.PathOf("CDNOW_sample.txt"))];

        Assert.Equal(6_919, rows.Count);
        Assert.Equal(new Transaction("00004", new DateTime(1997, 1, 1), 29.33m, 2m), rows[0]);
        Assert.Equal(new Transaction("00004", new DateTime(1997, 1, 18), 29.73m, 2m), rows[1]);
        Assert.Equal(2_357, rows.Select(t => t.CustomerId).Distinct().Count());
        Assert.Equal(16_479m, rows.Sum(t => t.Quantity));
        Assert.Equal(244_091.94m, rows.Sum(t => t.Amount));
    }

    [SharedDataFact]
    public void The_sample_ids_of_the_sample_log_are_selectable_by_position()
    {
        var options = TransactionLogOptions.CdnowSample with { CustomerIdColumn = 1 };

        Transaction first = new TransactionLogReader(options).ReadFile(SharedData.PathOf("CDNOW_sample.txt")).First();

        Assert.Equal("0001", first.CustomerId);
    }

    [SharedDataFact]
    public async Task The_async_reader_reads_the_master_log_the_same()
    {
        var reader = new TransactionLogReader(TransactionLogOptions.CdnowMaster);
        string path = SharedData.PathOf("CDNOW_master.txt");
        long count = 0;
        decimal amount = 0m;

        await foreach (Transaction t in reader.ReadFileAsync(path))
        {
            count++;
            amount += t.Amount;
        }

        Assert.Equal(69_659, count);
        Assert.Equal(2_500_315.63m, amount);
    }

    [SharedDataFact]
    public void The_synthetic_example_log_reads_with_its_own_column_names()
    {
        // The file has no money column (it is made for counting purchases): the id column stands in for the amount.
        var options = TransactionLogOptions.Default with { CustomerIdColumn = "id", AmountColumn = "id" };

        List<Transaction> rows = [.. new TransactionLogReader(options).ReadFile(SharedData.PathOf("example_transactions.csv"))];

        Assert.Equal(15_273, rows.Count);
        Assert.Equal(new DateTime(2014, 3, 8), rows[0].Timestamp);
        Assert.Equal(5_000, rows.Select(t => t.CustomerId).Distinct().Count());
    }
}
