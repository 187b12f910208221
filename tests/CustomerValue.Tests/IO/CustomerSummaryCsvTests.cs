using CustomerValue.IO;
using CustomerValue.Tests.TestSupport;

namespace CustomerValue.Tests.IO;

/// <summary>Reading and writing per-customer summaries as CSV.</summary>
public sealed class CustomerSummaryCsvTests
{
    private static List<CustomerSummary> Read(string text) => [.. CustomerSummaryCsv.Read(new StringReader(text), "summary.csv")];

    private static CustomerSummaryFormatException Fail(string text) =>
        Assert.Throws<CustomerSummaryFormatException>(() => Read(text));

    [SharedDataFact]
    public void The_published_cdnow_summary_reads_as_2357_customers()
    {
        List<CustomerSummary> rows = [.. CustomerSummaryCsv.ReadFile(SharedData.PathOf("cdnow_customers_summary.csv"))];

        Assert.Equal(2_357, rows.Count);
        Assert.Equal(new CustomerSummary("1", 2, 30.43, 38.86), rows[0]);
        Assert.Equal(new CustomerSummary("3", 0, 0.0, 38.86), rows[2]);
        Assert.Equal(new CustomerSummary("2357", 0, 0.0, 27.0), rows[^1]);
        Assert.Equal(2_457, rows.Sum(r => r.Frequency));
        Assert.All(rows, r => Assert.Equal(0.0, r.MonetaryValue));
    }

    [SharedDataFact]
    public void The_published_summary_with_spend_reads_its_x_t_x_T_zbar_header()
    {
        List<CustomerSummary> rows = [.. CustomerSummaryCsv.ReadFile(SharedData.PathOf("cdnow_customers_summary_with_transactions.csv"))];

        Assert.Equal(2_357, rows.Count);
        Assert.Equal(new CustomerSummary("1", 2, 30.43, 38.86, 22.35), rows[0]);
        Assert.Equal(new CustomerSummary("2", 1, 1.71, 38.86, 11.77), rows[1]);
        Assert.Equal(946, rows.Count(r => r.MonetaryValue > 0));
        Assert.Equal(1_411, rows.Count(r => r.Frequency == 0));
    }

    [Fact]
    public void Header_aliases_are_case_insensitive_and_monetary_value_is_optional()
    {
        var expected = new CustomerSummary("a", 1, 2, 3);

        Assert.Equal(expected, Read("customer_id,frequency,recency,T\na,1,2,3\n").Single());
        Assert.Equal(expected, Read("ID,x,t_x,t\na,1,2,3\n").Single());
        Assert.Equal(expected, Read("CUSTOMER_ID,Frequency,Recency,T,Monetary_Value\na,1,2,3,0\n").Single());
        Assert.Equal(expected, Read("T,recency,frequency,other,id\n3,2,1,ignored,a\n").Single());
        Assert.Equal(new CustomerSummary("a", 1, 2, 3, 4.5), Read("id,x,t_x,T,zbar\r\na,1.0,2,3,4.5").Single());
    }

    [Fact]
    public void Writes_the_standard_header_and_round_trip_numbers()
    {
        var writer = new StringWriter { NewLine = "\r\n" };

        CustomerSummaryCsv.Write(writer, [new CustomerSummary("a", 2, 30.43, 38.86, 22.35), new CustomerSummary("b,\"c\"", 0, 0, 0.1 + 0.2), new CustomerSummary(" d", 1, 1e-5, 1e20, -3)]);

        Assert.Equal(
            "customer_id,frequency,recency,T,monetary_value\n"
            + "a,2,30.43,38.86,22.35\n"
            + "\"b,\"\"c\"\"\",0,0,0.30000000000000004,0\n"
            + "\" d\",1,1E-05,1E+20,-3\n",
            writer.ToString());
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("a,b")]
    [InlineData("say \"hi\"")]
    [InlineData("\"")]
    [InlineData("two\r\nlines\rand\nmore")]
    [InlineData(" padded\t")]
    [InlineData("\tx")]
    [InlineData("ünïcödé 客户")]
    public void Any_customer_id_survives_a_round_trip(string id)
    {
        CustomerSummary[] rows = [new(id, 1, 0.5, 1.5, 2.25), new("next", 0, 0, 1)];
        var writer = new StringWriter();

        CustomerSummaryCsv.Write(writer, rows);

        Assert.Equal(rows, CustomerSummaryCsv.Read(new StringReader(writer.ToString())));
    }

    [Fact]
    public void Writes_and_reads_calibration_holdout_summaries()
    {
        CalibrationHoldoutSummary[] rows =
        [
            new(new CustomerSummary("a", 2, 30.5, 38, 12.25), 3, 14.5, 39),
            new(new CustomerSummary("b", 0, 0, 12), 0, 0, 39),
        ];
        var writer = new StringWriter();

        CustomerSummaryCsv.Write(writer, rows);

        Assert.Equal(
            "customer_id,frequency,recency,T,monetary_value,frequency_holdout,monetary_value_holdout,duration_holdout\n"
            + "a,2,30.5,38,12.25,3,14.5,39\nb,0,0,12,0,0,0,39\n",
            writer.ToString());
        Assert.Equal(rows, CustomerSummaryCsv.ReadCalibrationHoldout(new StringReader(writer.ToString())));
        Assert.Equal(rows.Select(r => r.Calibration), CustomerSummaryCsv.Read(new StringReader(writer.ToString())));
    }

    [Fact]
    public void Values_a_summary_rejects_are_reported_with_its_own_message_and_the_line()
    {
        CustomerSummaryFormatException error = Fail("id,frequency,recency,T\n1,0,0,1\n7,2,5,3\n");

        Assert.Equal("summary.csv, line 3, column 'recency': Customer '7': recency must be finite and between 0 and T = 3, but was 5.", error.Message);
        Assert.Equal(3, error.LineNumber);
        Assert.Equal("recency", error.ColumnName);
        Assert.Equal("5", error.Text);
        Assert.IsType<ArgumentOutOfRangeException>(error.InnerException);

        Assert.Equal("summary.csv, line 2, column 'x': Customer '7': frequency must be zero or more, but was -1.", Fail("ID,x,t_x,T\n7,-1,0,3\n").Message);
        Assert.Equal("summary.csv, line 2, column 'T': Customer '7': T must be finite and zero or more, but was NaN.", Fail("ID,x,t_x,T\n7,0,0,NaN\n").Message);
    }

    [Fact]
    public void Unparsable_fields_and_bad_rows_name_line_column_and_text()
    {
        Assert.Equal("summary.csv, line 2, column 'T': '3,5' is not a number.", Fail("ID,x,t_x,T\n7,1,0,\"3,5\"\n").Message);
        Assert.Equal("summary.csv, line 2, column 'frequency': '1.5' is not a whole number.", Fail("ID,frequency,recency,T\n7,1.5,0,3\n").Message);
        Assert.Equal("summary.csv, line 2, column 'frequency': 'one' is not a number.", Fail("ID,frequency,recency,T\n7,one,0,3\n").Message);
        Assert.Equal("summary.csv, line 2, column 'ID': '' is blank; a customer id is required.", Fail("ID,frequency,recency,T\n,1,0,3\n").Message);
        Assert.Equal("summary.csv, line 3: '8,1,0' has 3 columns, expected 4.", Fail("ID,frequency,recency,T\n7,1,0,3\n8,1,0\n").Message);
    }

    [Fact]
    public void A_header_without_a_required_column_names_the_columns_found()
    {
        CustomerSummaryFormatException error = Fail("ID,frequency,T\n7,1,3\n");

        Assert.Equal("summary.csv, line 1: the header has no column for the recency ('recency' or 't_x'); the columns found are 'ID', 'frequency', 'T'.", error.Message);
        Assert.Equal("ID,frequency,T", error.Text);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => CustomerSummaryCsv.Read(null!));
        Assert.Throws<ArgumentException>(() => CustomerSummaryCsv.ReadFile(""));
        Assert.Throws<ArgumentNullException>(() => CustomerSummaryCsv.Write(null!, Array.Empty<CustomerSummary>()));
        Assert.Throws<ArgumentNullException>(() => CustomerSummaryCsv.Write(new StringWriter(), (IEnumerable<CustomerSummary>)null!));
        Assert.Throws<ArgumentException>(() => CustomerSummaryCsv.Write(new StringWriter(), [default(CustomerSummary)]));
    }
}
