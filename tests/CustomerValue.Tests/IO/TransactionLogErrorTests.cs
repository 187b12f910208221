using System.Text;
using CustomerValue.IO;

namespace CustomerValue.Tests.IO;

/// <summary>Bad rows: the exact error messages, and the Collect mode that keeps the good rows and records the bad.</summary>
public sealed class TransactionLogErrorTests
{
    private const string Header = "customer_id,date,amount,quantity\n";

    private static TransactionLogFormatException Fail(string text, TransactionLogOptions? options = null, string? name = "transactions.csv") =>
        Assert.Throws<TransactionLogFormatException>(() => new TransactionLogReader(options ?? TransactionLogOptions.Default).Read(new StringReader(text), name).ToList());

    [Fact]
    public void An_unparsable_amount_names_file_line_column_and_text()
    {
        var text = new StringBuilder(Header);
        for (int i = 0; i < 15; i++)
        {
            text.Append("c1,2024-01-01,12.5,1\n");
        }

        text.Append("c1,2024-01-01,\"12,5x\",1\n"); // line 17

        TransactionLogFormatException error = Fail(text.ToString());

        Assert.Equal("transactions.csv, line 17, column 'amount': '12,5x' is not a number.", error.Message);
        Assert.Equal("transactions.csv", error.FileName);
        Assert.Equal(17, error.LineNumber);
        Assert.Equal("amount", error.ColumnName);
        Assert.Equal("12,5x", error.Text);
        Assert.IsAssignableFrom<FormatException>(error);
        Assert.Equal(new BadRow("transactions.csv", 17, "amount", 2, "12,5x", "is not a number"), error.BadRow);
    }

    [Fact]
    public void An_unparsable_date_lists_the_accepted_formats()
    {
        TransactionLogFormatException error = Fail(Header + "c1,2024-13-01,1,1\n");

        Assert.Equal(
            "transactions.csv, line 2, column 'date': '2024-13-01' is not a date in any of the formats yyyy-MM-dd, yyyy-MM-dd HH:mm:ss.FFFFFFFK, yyyy-MM-ddTHH:mm:ss.FFFFFFFK, yyyyMMdd.",
            error.Message);
    }

    [Fact]
    public void Column_names_in_messages_are_spelled_as_in_the_header()
    {
        TransactionLogFormatException error = Fail(" customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.7.7\n", TransactionLogOptions.CdnowMaster, "CDNOW_master.txt");

        Assert.Equal("CDNOW_master.txt, line 2, column 'dollar_value': '11.7.7' is not a number.", error.Message);
    }

    [Fact]
    public void A_bad_date_in_a_single_format_log_names_that_format()
    {
        TransactionLogFormatException error = Fail(" 00004 0001 1997-01-01  2   29.33\n", TransactionLogOptions.CdnowSample, "CDNOW_sample.txt");

        Assert.Equal("CDNOW_sample.txt, line 1, column 'date': '1997-01-01' is not a date in the format yyyyMMdd.", error.Message);
        Assert.Equal(2, error.BadRow!.ColumnIndex);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_columns_quotes_the_row()
    {
        Assert.Equal("transactions.csv, line 3: 'c2,2024-01-01,1' has 3 columns, expected 4.", Fail(Header + "c1,2024-01-01,1,1\nc2,2024-01-01,1\n").Message);
        Assert.Equal("transactions.csv, line 2: 'c1,2024-01-01,1,1,' has 5 columns, expected 4.", Fail(Header + "c1,2024-01-01,1,1,\n").Message);
    }

    [Fact]
    public void A_negative_or_unparsable_quantity_is_bad()
    {
        Assert.Equal("transactions.csv, line 2, column 'quantity': '-1' is negative; a quantity must be zero or more.", Fail(Header + "c1,2024-01-01,1,-1\n").Message);
        Assert.Equal("transactions.csv, line 2, column 'quantity': 'two' is not a number.", Fail(Header + "c1,2024-01-01,1,two\n").Message);
    }

    [Fact]
    public void A_blank_customer_id_is_bad()
    {
        Assert.Equal("transactions.csv, line 2, column 'customer_id': '' is blank; a customer id is required.", Fail(Header + " ,2024-01-01,1,1\n").Message);
        Assert.Equal("transactions.csv, line 2, column 'customer_id': '  ' is blank; a customer id is required.", Fail(Header + "\"  \",2024-01-01,1,1\n").Message);
    }

    [Fact]
    public void Broken_quoting_is_bad()
    {
        Assert.Equal("transactions.csv, line 2: '\"c1\"x,2024-01-01,1,1' has text after the closing quote of a quoted field.", Fail(Header + "\"c1\"x,2024-01-01,1,1\n").Message);
        Assert.Equal("transactions.csv, line 2: 'c1,\"2024-01-01,1,1\nc2,2024-01-01,1,1\n' has a quoted field with no closing quote.", Fail(Header + "c1,\"2024-01-01,1,1\nc2,2024-01-01,1,1\n").Message);
    }

    [Fact]
    public void A_missing_header_column_names_the_header_found_even_when_collecting()
    {
        const string text = "customer_id,date,price\nc1,2024-01-01,1\n";
        var collect = TransactionLogOptions.Default with { BadRowHandling = BadRowHandling.Collect };

        TransactionLogFormatException error = Assert.Throws<TransactionLogFormatException>(
            () => new TransactionLogReader(collect).Read(new StringReader(text), "transactions.csv", new BadRowCollector()).ToList());

        Assert.Equal("transactions.csv, line 1: the header has no column 'amount' (the amount); the columns found are 'customer_id', 'date', 'price'.", error.Message);
        Assert.Equal(1, error.LineNumber);
        Assert.Equal("amount", error.ColumnName);
        Assert.Equal("customer_id,date,price", error.Text);
    }

    [Fact]
    public void A_column_position_beyond_the_header_is_an_error()
    {
        TransactionLogFormatException error = Fail("a,b,c\n1,2024-01-01,3\n", TransactionLogOptions.Default with { CustomerIdColumn = 0, DateColumn = 1, AmountColumn = 5 });

        Assert.Equal("transactions.csv, line 1: the header has 3 columns, so the amount cannot be at position 5; the columns found are 'a', 'b', 'c'.", error.Message);
    }

    [Fact]
    public void A_headerless_first_row_too_short_for_the_mapping_is_an_error()
    {
        TransactionLogFormatException error = Fail("00004 0001 19970101 2\n", TransactionLogOptions.CdnowSample, "CDNOW_sample.txt");

        Assert.Equal("CDNOW_sample.txt, line 1: '00004 0001 19970101 2' has 4 columns, but the amount is at position 4.", error.Message);
    }

    [Fact]
    public void A_stream_without_a_name_is_called_stream()
    {
        TransactionLogFormatException error = Fail(Header + "c1,x,1,1\n", name: null);

        Assert.StartsWith("<stream>, line 2, column 'date': 'x' ", error.Message, StringComparison.Ordinal);
        Assert.Equal("<stream>", error.FileName);
    }

    [Fact]
    public void Long_offending_text_is_cut()
    {
        string longId = new('9', 500);

        TransactionLogFormatException error = Fail(Header + $"c1,2024-01-01,{longId}x,1\n");

        Assert.Equal(new string('9', 200) + "...", error.Text);
    }

    [Fact]
    public void Collect_yields_the_good_rows_and_records_every_bad_one()
    {
        const string text = Header
            + "c1,2024-01-01,1,1\n"     // 2 good
            + "c2,2024-01-0x,1,1\n"     // 3 bad date
            + "\n"                       // 4 blank
            + "c3,2024-01-03,abc,1\n"    // 5 bad amount
            + "c4,2024-01-04,4,1\n"      // 6 good
            + "c5,2024-01-05,5\n"        // 7 bad column count
            + "c6,2024-01-06,6,-2\n"     // 8 bad quantity
            + ",2024-01-07,7,1\n"        // 9 bad id
            + "c8,2024-01-08,8,3\n";     // 10 good
        var options = TransactionLogOptions.Default with { BadRowHandling = BadRowHandling.Collect };
        var collector = new BadRowCollector();

        List<Transaction> good = [.. new TransactionLogReader(options).Read(new StringReader(text), "t.csv", collector)];

        Assert.Equal(["c1", "c4", "c8"], good.Select(t => t.CustomerId));
        Assert.Equal(3, collector.GoodRowCount);
        Assert.Equal(5, collector.BadRowCount);
        Assert.Equal(8, collector.RowCount);
        Assert.True(collector.HasBadRows);
        Assert.Equal(
            [
                new BadRow("t.csv", 3, "date", 1, "2024-01-0x", "is not a date in any of the formats yyyy-MM-dd, yyyy-MM-dd HH:mm:ss.FFFFFFFK, yyyy-MM-ddTHH:mm:ss.FFFFFFFK, yyyyMMdd"),
                new BadRow("t.csv", 5, "amount", 2, "abc", "is not a number"),
                new BadRow("t.csv", 7, null, null, "c5,2024-01-05,5", "has 3 columns, expected 4"),
                new BadRow("t.csv", 8, "quantity", 3, "-2", "is negative; a quantity must be zero or more"),
                new BadRow("t.csv", 9, "customer_id", 0, "", "is blank; a customer id is required"),
            ],
            collector.BadRows);
        Assert.Equal("t.csv, line 5, column 'amount': 'abc' is not a number.", collector.BadRows[1].Message);
    }

    [Fact]
    public void Collect_gives_up_after_MaxBadRows()
    {
        var options = TransactionLogOptions.Default with { BadRowHandling = BadRowHandling.Collect, MaxBadRows = 2 };
        var collector = new BadRowCollector();
        string text = Header + "a,x,1,1\nb,2024-01-01,1,1\nc,x,1,1\nd,x,1,1\n";

        TransactionLogFormatException error = Assert.Throws<TransactionLogFormatException>(
            () => new TransactionLogReader(options).Read(new StringReader(text), "t.csv", collector).ToList());

        Assert.Equal(2, collector.BadRowCount);
        Assert.Equal(1, collector.GoodRowCount);
        Assert.Equal(5, error.LineNumber);
        Assert.EndsWith("That is more than the 2 bad rows allowed (MaxBadRows).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_Throw_a_collector_only_counts()
    {
        var collector = new BadRowCollector();

        Assert.Throws<TransactionLogFormatException>(() => new TransactionLogReader().Read(new StringReader(Header + "a,2024-01-01,1,1\nb,x,1,1\n"), null, collector).ToList());

        Assert.Equal(1, collector.GoodRowCount);
        Assert.Empty(collector.BadRows);
    }
}
