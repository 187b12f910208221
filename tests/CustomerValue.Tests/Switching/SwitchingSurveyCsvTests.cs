using CustomerValue.IO;
using CustomerValue.Switching;

namespace CustomerValue.Tests.Switching;

/// <summary>The survey reader: columns by name, and errors naming the file, line, column and customer.</summary>
public sealed class SwitchingSurveyCsvTests
{
    private static SwitchingSurveyResponse[] Read(string text) => [.. SwitchingSurveyCsv.Read(new StringReader(text), "survey.csv")];

    private static CustomerSummaryFormatException Fails(string text) => Assert.Throws<CustomerSummaryFormatException>(() => Read(text));

    [Fact]
    public void Reads_rows_with_columns_in_any_order()
    {
        SwitchingSurveyResponse[] rows = Read($"{SwitchingSurveyCsv.Header}\nk1,4,4,4,4,4,4,4,4,5\nk2,7,7,7,7,7,7,7,7,2\n");
        Assert.Equal(["k1", "k2"], rows.Select(r => r.CustomerId));
        Assert.Equal(2.0, rows[1].SatisfactionRating);

        const string Shuffled = "satisfaction,Brand_Relationship,personal_relationship,monetary_loss,benefit_loss,setup,learning,evaluation,economic_risk,customer_id,note\n6,1,2,3,4,5,6,7,1,\"a,b\",x\n";
        SwitchingSurveyResponse r = Read(Shuffled)[0];
        Assert.Equal("a,b", r.CustomerId);
        Assert.Equal(6.0, r.Rating(SwitchingCostFacet.Learning));
        Assert.Equal(1.0, r.Rating(SwitchingCostFacet.BrandRelationship));
        Assert.Equal(5.0 / 6, r.Satisfaction, 15);
    }

    [Fact]
    public void An_out_of_range_rating_names_file_line_column_and_customer()
    {
        CustomerSummaryFormatException e = Fails($"{SwitchingSurveyCsv.Header}\nk1,4,4,4,4,4,4,4,4,5\nk2,4,4,9,4,4,4,4,4,5\n");
        Assert.Equal("survey.csv, line 3, column 'learning': Customer 'k2': learning must be a rating from 1 to 7, but was 9.", e.Message);
        Assert.Equal(3, e.LineNumber);
        Assert.Equal("learning", e.ColumnName);
        Assert.Equal("9", e.Text);

        CustomerSummaryFormatException s = Fails($"{SwitchingSurveyCsv.Header}\nk3,4,4,4,4,4,4,4,4,8\n");
        Assert.StartsWith("survey.csv, line 2, column 'satisfaction': Customer 'k3': satisfaction", s.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_answers_and_columns_are_named()
    {
        CustomerSummaryFormatException empty = Fails($"{SwitchingSurveyCsv.Header}\nk4,4,4,4,4,,4,4,4,5\n");
        Assert.StartsWith("survey.csv, line 2, column 'benefit_loss': Customer 'k4': the survey has no benefit_loss score", empty.Message, StringComparison.Ordinal);

        CustomerSummaryFormatException header = Fails("customer_id,economic_risk,evaluation,learning,benefit_loss,monetary_loss,personal_relationship,satisfaction\nk5,1,1,1,1,1,1,1\n");
        Assert.Contains("line 1", header.Message, StringComparison.Ordinal);
        Assert.Contains("has no column 'setup', 'brand_relationship'", header.Message, StringComparison.Ordinal);
        Assert.Equal("setup", header.ColumnName);

        Assert.Contains("'high' is not a number (customer 'k6')", Fails($"{SwitchingSurveyCsv.Header}\nk6,high,4,4,4,4,4,4,4,5\n").Message, StringComparison.Ordinal);
        Assert.Contains("has 9 columns, expected 10", Fails($"{SwitchingSurveyCsv.Header}\nk7,4,4,4,4,4,4,4,4\n").Message, StringComparison.Ordinal);
        Assert.Contains("was already given on line 2", Fails($"{SwitchingSurveyCsv.Header}\nk8,4,4,4,4,4,4,4,4,5\nk8,4,4,4,4,4,4,4,4,5\n").Message, StringComparison.Ordinal);
        Assert.Contains("column 'customer_id'", Fails($"{SwitchingSurveyCsv.Header}\n ,4,4,4,4,4,4,4,4,5\n").Message, StringComparison.Ordinal);
    }
}
