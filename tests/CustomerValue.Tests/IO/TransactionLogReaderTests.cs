using System.Text;
using CustomerValue.IO;

namespace CustomerValue.Tests.IO;

/// <summary>What the transaction-log reader accepts: formats, column mappings, dates, quoting and line ends.</summary>
public sealed class TransactionLogReaderTests
{
    private static List<Transaction> Read(string text, TransactionLogOptions? options = null) =>
        [.. new TransactionLogReader(options ?? TransactionLogOptions.Default).Read(new StringReader(text))];

    [Fact]
    public void Reads_the_default_csv_layout_with_optional_columns()
    {
        List<Transaction> rows = Read("customer_id,date,amount,quantity,product_id\nc1,2024-01-02,12.50,2,sku-9\nc2,2024-01-03,-3,1,\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal(new Transaction("c1", new DateTime(2024, 1, 2), 12.50m, 2m, "sku-9"), rows[0]);
        Assert.Equal(new Transaction("c2", new DateTime(2024, 1, 3), -3m, 1m, null), rows[1]);
        Assert.True(rows[1].IsReturn);
    }

    [Fact]
    public void Optional_columns_missing_from_the_header_give_quantity_one_and_no_product()
    {
        List<Transaction> rows = Read("customer_id,date,amount\nc1,2024-01-02,5\n");

        Assert.Equal(new Transaction("c1", new DateTime(2024, 1, 2), 5m, 1m, null), Assert.Single(rows));
    }

    [Fact]
    public void Header_names_are_case_insensitive_in_any_order_and_extra_columns_are_ignored()
    {
        List<Transaction> rows = Read("Note, AMOUNT ,Date,Customer_ID\nhello,7.25,2024-02-29,x\n");

        Assert.Equal(new Transaction("x", new DateTime(2024, 2, 29), 7.25m), Assert.Single(rows));
    }

    [Fact]
    public void Column_names_can_be_configured()
    {
        var options = TransactionLogOptions.Default with { CustomerIdColumn = "client", DateColumn = "day", AmountColumn = "price", QuantityColumn = "units", ProductIdColumn = "sku" };

        List<Transaction> rows = Read("client,day,price,units,sku\n7,20240105,1.5,3,A\n", options);

        Assert.Equal(new Transaction("7", new DateTime(2024, 1, 5), 1.5m, 3m, "A"), Assert.Single(rows));
    }

    [Fact]
    public void Columns_can_be_selected_by_position_in_a_log_with_a_header()
    {
        var options = TransactionLogOptions.Default with { CustomerIdColumn = 2, DateColumn = 0, AmountColumn = 1 };

        List<Transaction> rows = Read("when,how much,who\n2024-01-01,3,abc\n", options);

        Assert.Equal(new Transaction("abc", new DateTime(2024, 1, 1), 3m), Assert.Single(rows));
    }

    [Fact]
    public void Reads_a_log_without_a_header_by_position()
    {
        var options = new TransactionLogOptions { HasHeader = false, CustomerIdColumn = 1, DateColumn = 0, AmountColumn = 3, QuantityColumn = 2, ProductIdColumn = null };

        List<Transaction> rows = Read("2024-03-01,c9,4,10.00\n2024-03-02,c9,1,2.5\n", options);

        Assert.Equal([new Transaction("c9", new DateTime(2024, 3, 1), 10m, 4m), new Transaction("c9", new DateTime(2024, 3, 2), 2.5m, 1m)], rows);
    }

    [Fact]
    public void Optional_columns_selected_by_name_are_ignored_in_a_log_without_a_header()
    {
        var options = new TransactionLogOptions { HasHeader = false, CustomerIdColumn = 0, DateColumn = 1, AmountColumn = 2 };

        List<Transaction> rows = Read("c1,2024-03-01,10\n", options);

        Assert.Equal(new Transaction("c1", new DateTime(2024, 3, 1), 10m), Assert.Single(rows));
    }

    [Fact]
    public void Reads_tab_separated_values()
    {
        var options = TransactionLogOptions.Default with { Separator = FieldSeparator.Tab };

        List<Transaction> rows = Read("customer_id\tdate\tamount\n a,b \t2024-01-01\t1.5\n", options);

        Assert.Equal(new Transaction("a,b", new DateTime(2024, 1, 1), 1.5m), Assert.Single(rows));
    }

    [Fact]
    public void Reads_whitespace_separated_values_with_runs_of_spaces_and_tabs()
    {
        var options = TransactionLogOptions.Default with { Separator = FieldSeparator.Whitespace };

        List<Transaction> rows = Read("  customer_id \t date   amount  \r\n   00042\t\t20240101   3.10   \r\n\r\n", options);

        Assert.Equal(new Transaction("00042", new DateTime(2024, 1, 1), 3.10m), Assert.Single(rows));
    }

    [Fact]
    public void Reads_semicolon_and_other_single_character_separators()
    {
        List<Transaction> rows = Read("customer_id;date;amount\nc;2024-01-01;2\n", TransactionLogOptions.Default with { Separator = FieldSeparator.Semicolon });
        List<Transaction> piped = Read("customer_id|date|amount\nc|2024-01-01|2\n", TransactionLogOptions.Default with { Separator = FieldSeparator.Of('|') });

        Assert.Equal(rows, piped);
        Assert.Equal(2m, Assert.Single(rows).Amount);
    }

    [Theory]
    [InlineData("2024-05-06", 2024, 5, 6, 0, 0, 0, 0)]
    [InlineData("20240506", 2024, 5, 6, 0, 0, 0, 0)]
    [InlineData("2024-05-06 07:08:09", 2024, 5, 6, 7, 8, 9, 0)]
    [InlineData("2024-05-06T07:08:09", 2024, 5, 6, 7, 8, 9, 0)]
    [InlineData("2024-05-06T07:08:09Z", 2024, 5, 6, 7, 8, 9, 0)]
    [InlineData("2024-05-06T07:08:09+02:00", 2024, 5, 6, 7, 8, 9, 0)]
    [InlineData("2024-05-06T07:08:09.250-05:30", 2024, 5, 6, 7, 8, 9, 250)]
    [InlineData("2014-03-08 00:00:00", 2014, 3, 8, 0, 0, 0, 0)]
    public void Reads_every_default_date_format_keeping_the_clock_time_as_written(string text, int y, int mo, int d, int h, int mi, int s, int ms)
    {
        Transaction row = Assert.Single(Read($"customer_id,date,amount\nc,{text},1\n"));

        Assert.Equal(new DateTime(y, mo, d, h, mi, s, ms), row.Timestamp);
        Assert.Equal(DateTimeKind.Unspecified, row.Timestamp.Kind);
    }

    [Fact]
    public void Mixed_date_formats_in_one_file_are_all_read()
    {
        List<Transaction> rows = Read("customer_id,date,amount\na,20240101,1\nb,2024-01-02,1\nc,20240103,1\nd,2024-01-04 10:00:00,1\n");

        Assert.Equal([new DateTime(2024, 1, 1), new DateTime(2024, 1, 2), new DateTime(2024, 1, 3), new DateTime(2024, 1, 4, 10, 0, 0)], rows.Select(r => r.Timestamp));
    }

    [Fact]
    public void Custom_date_formats_replace_the_defaults()
    {
        var options = TransactionLogOptions.Default with { DateFormats = ["dd/MM/yyyy"] };

        Assert.Equal(new DateTime(2024, 12, 31), Assert.Single(Read("customer_id,date,amount\nc,31/12/2024,1\n", options)).Timestamp);
        Assert.Throws<TransactionLogFormatException>(() => Read("customer_id,date,amount\nc,2024-12-31,1\n", options));
    }

    [Fact]
    public void Numbers_use_the_invariant_culture_with_signs_and_exponents()
    {
        List<Transaction> rows = Read("customer_id,date,amount,quantity\nc,2024-01-01,-12.345,0\nc,2024-01-01,+1e3,2.5\n");

        Assert.Equal([-12.345m, 1000m], rows.Select(r => r.Amount));
        Assert.Equal([0m, 2.5m], rows.Select(r => r.Quantity));
    }

    [Fact]
    public void Quoted_fields_may_hold_separators_doubled_quotes_and_spaces()
    {
        List<Transaction> rows = Read("customer_id,date,amount,product_id\n\"Smith, J.\",2024-01-01,\"1.5\",\"say \"\"hi\"\"\"\n  \" padded \" , 2024-01-02 ,2,\"\"\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("Smith, J.", rows[0].CustomerId);
        Assert.Equal("say \"hi\"", rows[0].ProductId);
        Assert.Equal(" padded ", rows[1].CustomerId);
        Assert.Null(rows[1].ProductId);
    }

    [Fact]
    public void A_quoted_field_may_span_lines_and_later_line_numbers_stay_right()
    {
        const string text = "customer_id,date,amount,product_id\nc1,2024-01-01,1,\"two\r\nline\nnote\"\nc2,2024-01-01,x\n";

        var error = Assert.Throws<TransactionLogFormatException>(() => Read(text));

        Assert.Equal(5, error.LineNumber);
        Assert.Equal("two\r\nline\nnote", Read(text[..^"c2,2024-01-01,x\n".Length]).Single().ProductId);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_ordinary_character()
    {
        Assert.Equal("5\"x", Assert.Single(Read("customer_id,date,amount\n5\"x,2024-01-01,1\n")).CustomerId);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Any_line_end_works_and_the_last_line_needs_none(string newline)
    {
        string text = string.Join(newline, "customer_id,date,amount", "a,2024-01-01,1", "b,2024-01-02,2");

        Assert.Equal(["a", "b"], Read(text).Select(r => r.CustomerId));
        Assert.Equal(["a", "b"], Read(text + newline).Select(r => r.CustomerId));
    }

    [Fact]
    public void Blank_lines_are_skipped_anywhere_and_do_not_count_as_rows()
    {
        var collector = new BadRowCollector();
        var reader = new TransactionLogReader();

        List<Transaction> rows = [.. reader.Read(new StringReader("\n\r\ncustomer_id,date,amount\n\n  \t \na,2024-01-01,1\r\n\r\n\nb,2024-01-02,2\n\n\n"), badRows: collector)];

        Assert.Equal(["a", "b"], rows.Select(r => r.CustomerId));
        Assert.Equal(2, collector.RowCount);
    }

    [Fact]
    public void Line_numbers_count_blank_lines()
    {
        var error = Assert.Throws<TransactionLogFormatException>(() => Read("\ncustomer_id,date,amount\n\na,2024-01-01,1\r\n\r\nb,2024-01-02,?\n"));

        Assert.Equal(6, error.LineNumber);
    }

    [Fact]
    public void A_byte_order_mark_in_the_text_is_ignored()
    {
        Assert.Equal("a", Assert.Single(Read("\uFEFFcustomer_id,date,amount\na,2024-01-01,1\n")).CustomerId);
    }

    [Fact]
    public void A_utf8_file_with_a_byte_order_mark_is_read_and_closed_after_enumeration()
    {
        string path = Path.Combine(Path.GetTempPath(), $"cv-io-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "customer_id,date,amount\r\nZoë,2024-01-01,1\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            IEnumerable<Transaction> rows = new TransactionLogReader().ReadFile(path);

            Assert.Equal("Zoë", Assert.Single(rows).CustomerId);
            Assert.Equal("Zoë", Assert.Single(rows).CustomerId); // a second enumeration reads the file again
            File.Delete(path); // the file was closed
            Assert.False(File.Exists(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_opens_the_file_only_when_enumerated()
    {
        IEnumerable<Transaction> rows = new TransactionLogReader().ReadFile("/no/such/file.csv");

        Assert.ThrowsAny<IOException>(() => rows.First());
    }

    [Fact]
    public void An_empty_log_has_no_transactions()
    {
        Assert.Empty(Read(string.Empty));
        Assert.Empty(Read("\n\n"));
        Assert.Empty(Read("customer_id,date,amount\n"));
    }

    [Fact]
    public void Customer_ids_stay_strings_and_repeated_ids_share_one_instance()
    {
        List<Transaction> rows = Read("customer_id,date,amount\n007,2024-01-01,1\n007,2024-01-02,1\n");

        Assert.Equal("007", rows[0].CustomerId);
        Assert.Same(rows[0].CustomerId, rows[1].CustomerId);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Every_buffer_boundary_gives_the_same_result(int chunk)
    {
        const string text = "\uFEFFcustomer_id,date,amount,product_id\r\n\"a,\"\"b\",2024-01-01,1.5,\"p\r\nq\"\r\n\r\nc , 20240102 ,2,\r\nd,2024-01-03T04:05:06Z,3,\"\"\r";
        var reader = new TransactionLogReader();

        List<Transaction> expected = [.. reader.Read(new StringReader(text))];
        List<Transaction> trickled = [.. reader.Read(new TrickleReader(text, chunk))];

        Assert.Equal(3, expected.Count);
        Assert.Equal("a,\"b", expected[0].CustomerId);
        Assert.Equal("p\r\nq", expected[0].ProductId);
        Assert.Equal(expected, trickled);
    }

    [Fact]
    public void Whitespace_mode_gives_the_same_result_at_every_buffer_boundary()
    {
        const string text = " customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n";

        List<Transaction> expected = Read(text, TransactionLogOptions.CdnowMaster);

        for (int chunk = 1; chunk < 6; chunk++)
        {
            Assert.Equal(expected, new TransactionLogReader(TransactionLogOptions.CdnowMaster).Read(new TrickleReader(text, chunk)));
        }

        Assert.Equal(2, expected.Count);
    }

    [Fact]
    public async Task The_async_reader_gives_the_same_transactions()
    {
        const string text = "customer_id,date,amount\na,2024-01-01,1\n\"b\",2024-01-02,2\n";
        var reader = new TransactionLogReader();
        var rows = new List<Transaction>();

        await foreach (Transaction t in reader.ReadAsync(new TrickleReader(text, 3)))
        {
            rows.Add(t);
        }

        Assert.Equal(reader.Read(new StringReader(text)), rows);
    }

    [Fact]
    public void Options_are_immutable_records_with_value_equality()
    {
        TransactionLogOptions a = TransactionLogOptions.Default with { DateFormats = ["yyyyMMdd"] };
        TransactionLogOptions b = TransactionLogOptions.Default with { DateFormats = new List<string> { "yyyyMMdd" } };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(TransactionLogOptions.Default, a);
        Assert.Equal(FieldSeparator.Comma, TransactionLogOptions.Default.Separator);
        Assert.True(TransactionLogOptions.Default.HasHeader);
        Assert.Equal(BadRowHandling.Throw, TransactionLogOptions.Default.BadRowHandling);
        Assert.Equal(ColumnSelector.ByName("customer_id"), TransactionLogOptions.Default.CustomerIdColumn);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_argument_exceptions()
    {
        Assert.Throws<ArgumentNullException>(() => new TransactionLogReader(null!));
        Assert.Throws<ArgumentException>(() => TransactionLogOptions.Default with { DateFormats = [] });
        Assert.Throws<ArgumentException>(() => TransactionLogOptions.Default with { DateFormats = [" "] });
        Assert.Throws<ArgumentException>(() => TransactionLogOptions.Default with { AmountColumn = default });
        Assert.Throws<ArgumentException>(() => TransactionLogOptions.Default with { Separator = default });
        Assert.Throws<ArgumentOutOfRangeException>(() => TransactionLogOptions.Default with { MaxBadRows = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => TransactionLogOptions.Default with { BadRowHandling = (BadRowHandling)7 });
        Assert.Throws<ArgumentOutOfRangeException>(() => FieldSeparator.Of('"'));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnSelector.ByIndex(-1));
        Assert.Throws<ArgumentException>(() => ColumnSelector.ByName(" "));

        var headerless = TransactionLogOptions.Default with { HasHeader = false, CustomerIdColumn = 0 };
        var error = Assert.Throws<ArgumentException>(() => new TransactionLogReader(headerless));
        Assert.Equal("options", error.ParamName);
        Assert.Contains("DateColumn selects the column by name ('date')", error.Message, StringComparison.Ordinal);
        Assert.Contains("AmountColumn selects the column by name ('amount')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Public_arguments_are_checked_before_enumeration()
    {
        var reader = new TransactionLogReader();

        Assert.Throws<ArgumentNullException>(() => reader.Read(null!));
        Assert.Throws<ArgumentException>(() => reader.ReadFile(""));
        Assert.Throws<ArgumentNullException>(() => reader.ReadAsync(null!));
        Assert.Throws<ArgumentNullException>(() => new TransactionLogReader(TransactionLogOptions.Default with { BadRowHandling = BadRowHandling.Collect }).Read(new StringReader("")));
    }
}
