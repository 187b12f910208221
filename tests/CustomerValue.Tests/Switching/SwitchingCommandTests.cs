using System.CommandLine;
using System.Text.Json;
using CustomerValue.Cli;
using CustomerValue.Cli.Commands;
using CustomerValue.IO;

namespace CustomerValue.Tests.Switching;

/// <summary>The switching and whatif commands, invoked directly (the lead registers them in Program).</summary>
public sealed class SwitchingCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cv-cli-switching-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Output, string Error) Run(Func<TextWriter, TextWriter, Command> create, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Command command = create(output, error);
        var root = new RootCommand { command };
        ParseResult parsed = root.Parse([command.Name, .. args]);
        Assert.Empty(parsed.Errors);
        int code = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (code, output.ToString(), error.ToString());
    }

    private string Survey(string rows)
    {
        string path = Path.Combine(_folder, "survey.csv");
        File.WriteAllText(path, $"{SwitchingSurveyCsv.Header}\n{rows}");
        return path;
    }

    [Fact]
    public void Switching_writes_the_contract_columns()
    {
        string path = Survey("k1,4,4,4,4,4,4,4,4,5\nk2,7,7,7,7,7,7,7,7,2\n");
        var (code, output, _) = Run(SwitchingCommand.Create, "--input", path);
        Assert.Equal(0, code);
        string[] lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("customer_id,economic_risk,evaluation,learning,setup,benefit_loss,monetary_loss,personal_relationship,brand_relationship,procedural,financial,relational,total,churn_probability", lines[0]);
        Assert.Equal(3, lines.Length);
        string[] k1 = lines[1].Split(',');
        Assert.Equal("k1", k1[0]);
        Assert.Equal(0.5, double.Parse(k1[3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.18242552380635635, double.Parse(k1[^1], System.Globalization.CultureInfo.InvariantCulture), 14);
        Assert.StartsWith("k2,1,1,1,1,1,1,1,1,1,1,1,1,0.2086", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Switching_runs_without_input_in_every_format()
    {
        var (code, csv, _) = Run(SwitchingCommand.Create);
        Assert.Equal(0, code);
        Assert.Equal(SwitchingInput.SampleSize + 1, csv.TrimEnd().Split('\n').Length);

        var (_, json, _) = Run(SwitchingCommand.Create, "--format", "json");
        JsonElement customers = JsonDocument.Parse(json).RootElement.GetProperty("customers");
        Assert.Equal(SwitchingInput.SampleSize, customers.GetArrayLength());
        Assert.InRange(customers[0].GetProperty("churn_probability").GetDouble(), 0.0, 1.0);

        var (_, table, _) = Run(SwitchingCommand.Create, "--format", "table");
        Assert.StartsWith("customer", table, StringComparison.Ordinal);
        Assert.Contains("captive", table, StringComparison.Ordinal);

        string outFile = Path.Combine(_folder, "scores.csv");
        var (_, nothing, _) = Run(SwitchingCommand.Create, "--out", outFile);
        Assert.Empty(nothing);
        Assert.StartsWith("customer_id,", File.ReadAllText(outFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Switching_errors_name_the_file_line_customer_and_field()
    {
        string path = Survey("k1,4,4,4,4,4,4,4,4,5\nk2,4,4,4,4,4,4,4,12,5\n");
        var e = Assert.Throws<CustomerSummaryFormatException>(() => Run(SwitchingCommand.Create, "--input", path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("line 3, column 'brand_relationship': Customer 'k2'", e.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<CommandLineException>(() => Run(SwitchingCommand.Create, "--input", Path.Combine(_folder, "none.csv")));
        Assert.Contains("none.csv' does not exist", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Switching_warns_about_captive_customers()
    {
        string path = Survey("cap,6,6,6,6,6,6,2,2,2\n");
        var (_, _, error) = Run(SwitchingCommand.Create, "--input", path);
        Assert.Contains("1 of 1 customers are captive, not loyal", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Whatif_prints_the_base_and_per_customer_effect()
    {
        string path = Survey("k1,4,4,4,4,4,4,4,4,5\nk2,7,7,7,7,7,7,7,7,2\n");
        var (code, text, _) = Run(WhatIfCommand.Create, "--facet", "learning", "--delta", "1", "--input", path, "--margin", "100", "--discount-rate", "0.1");
        Assert.Equal(0, code);
        Assert.Contains("learning +1 point(s) on 1–7", text, StringComparison.Ordinal);
        Assert.Contains("valueChangePerCustomerPerPoint", text, StringComparison.Ordinal);
        Assert.Contains("per customer (min / median / max)", text, StringComparison.Ordinal);

        var (_, json, _) = Run(WhatIfCommand.Create, "--facet", "learning", "--input", path, "--margin", "100", "--format", "json");
        JsonElement root = JsonDocument.Parse(json).RootElement;
        JsonElement k1 = root.GetProperty("customers")[0];
        Assert.Equal(4.784273676314342, k1.GetProperty("valueAfter").GetDouble() - k1.GetProperty("valueBefore").GetDouble(), 9);
        Assert.Equal(1, root.GetProperty("clampedCustomers").GetInt32());

        var (_, csv, _) = Run(WhatIfCommand.Create, "--facet", "satisfaction", "--delta", "-1", "--format", "csv");
        Assert.StartsWith(WhatIfCommand.CsvHeader, csv, StringComparison.Ordinal);
        Assert.Equal(SwitchingInput.SampleSize + 1, csv.TrimEnd().Split('\n').Length);
    }

    [Fact]
    public void Whatif_rejects_unknown_facets_and_bad_valuations()
    {
        Assert.Contains("'price' is not a facet", Assert.Throws<CommandLineException>(() => Run(WhatIfCommand.Create, "--facet", "price")).Message, StringComparison.Ordinal);
        Assert.Contains("DiscountRate", Assert.Throws<CommandLineException>(() => Run(WhatIfCommand.Create, "--discount-rate", "-1")).Message, StringComparison.Ordinal);
        var (_, _, warning) = Run(WhatIfCommand.Create, "--facet", "monetary_loss", "--delta", "4", "--input", Survey("u,4,3,3,3,3,3,2,2,2\n"));
        Assert.Contains("captive, not loyal", warning, StringComparison.Ordinal);
    }
}
