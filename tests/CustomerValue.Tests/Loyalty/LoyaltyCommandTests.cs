using System.Globalization;
using System.Text.Json;
using CustomerValue.Cli;
using CustomerValue.Cli.Commands;

namespace CustomerValue.Tests.Loyalty;

public sealed class LoyaltyCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cv-cli-loyalty-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Log(string text)
    {
        string path = Path.Combine(_folder, "log.csv");
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Three customers in 2024 (and one in 2023): S buys steadily, T often but tiny amounts, B once but big.</summary>
    private string ThreeCustomers()
    {
        var text = new System.Text.StringBuilder("customer_id,date,amount,quantity,product_id\n");
        for (int m = 1; m <= 12; m++)
        {
            text.Append(CultureInfo.InvariantCulture, $"S,2024-{m:D2}-10,40,3,P{m % 5}\n");
            text.Append(CultureInfo.InvariantCulture, $"T,2024-{m:D2}-03,1,1,P1\nT,2024-{m:D2}-17,1,1,P1\nT,2024-{m:D2}-24,1,1,P1\n");
        }

        text.Append("B,2024-06-01,2000,40,P9\nB,2024-06-01,-100,2,P9\nS,2023-05-05,10,1,P1\n");
        return Log(text.ToString());
    }

    [Fact]
    public void Csv_lists_a_b_c_d_and_f_per_customer_and_year_with_the_loyal_share_on_stderr()
    {
        var (code, output, error) = LoyaltyCliRunner.Run(LoyaltyCommand.Create, "--transactions", ThreeCustomers(), "--format", "csv");
        Assert.True(code == 0, error);
        string[] lines = output.TrimEnd().Split('\n');
        Assert.StartsWith("customer_id,year,a,b,c,d,loyalty", lines[0], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);

        Dictionary<string, string[]> rows = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => $"{f[0]}/{f[1]}");
        Assert.Equal(["S", "2024", "12", "5", "36", "480"], rows["S/2024"][..6]);
        Assert.Equal(["T", "2024", "36", "1", "36", "36"], rows["T/2024"][..6]);
        Assert.Equal(["B", "2024", "1", "1", "38", "1900"], rows["B/2024"][..6]);
        double steady = double.Parse(rows["S/2024"][6], CultureInfo.InvariantCulture);
        double tiny = double.Parse(rows["T/2024"][6], CultureInfo.InvariantCulture);
        double big = double.Parse(rows["B/2024"][6], CultureInfo.InvariantCulture);
        Assert.True(steady > tiny && steady > big, $"steady {steady}, tiny {tiny}, big {big}");
        Assert.Contains("loyal share 2024:", error, StringComparison.Ordinal);
        Assert.Contains("loyal share 2023:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_for_one_year_carries_the_anchors_and_the_loyal_share()
    {
        var (code, output, error) = LoyaltyCliRunner.Run(LoyaltyCommand.Create, "--transactions", ThreeCustomers(), "--year", "2024", "--format", "json", "--threshold", "0.5");
        Assert.True(code == 0, error);
        JsonElement root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0.5, root.GetProperty("threshold").GetDouble());
        JsonElement year = Assert.Single(root.GetProperty("years").EnumerateArray());
        Assert.Equal(2024, year.GetProperty("year").GetInt32());
        Assert.Equal(3, year.GetProperty("customers").GetInt32());
        Assert.Equal(year.GetProperty("loyal").GetInt32() / 3.0, year.GetProperty("loyalShare").GetDouble(), 12);

        // Median purchase occasions of 1, 12, 36 is 12.
        Assert.Equal(12, year.GetProperty("anchors").GetProperty("a").GetProperty("typical").GetDouble());
        Assert.Equal(3, root.GetProperty("customers").GetArrayLength());
        Assert.All(root.GetProperty("customers").EnumerateArray(), c => Assert.InRange(c.GetProperty("loyalty").GetDouble(), 0, 1));
    }

    [Fact]
    public void The_table_ends_with_the_loyal_share_and_the_sample_log_works_without_a_file()
    {
        var (code, output, error) = LoyaltyCliRunner.Run(LoyaltyCommand.Create, "--year", "2024");
        Assert.True(code == 0, error);
        Assert.StartsWith("customer_id", output, StringComparison.Ordinal);
        Assert.Contains("loyal share 2024:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("2025", output.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_without_transactions_and_a_bad_threshold_are_user_errors()
    {
        string log = ThreeCustomers();
        CommandLineException year = Assert.Throws<CommandLineException>(() => LoyaltyCliRunner.Run(LoyaltyCommand.Create, "--transactions", log, "--year", "1999"));
        Assert.Contains("1999", year.Message, StringComparison.Ordinal);
        Assert.Contains("2023–2024", year.Message, StringComparison.Ordinal);
        Assert.Throws<CommandLineException>(() => LoyaltyCliRunner.Run(LoyaltyCommand.Create, "--transactions", log, "--threshold", "1.5"));
        Assert.Equal(2, LoyaltyCliRunner.Run(LoyaltyCommand.Create, "--transactions", log, "--format", "xml").ExitCode);
    }

    [Fact]
    public void Out_writes_the_file()
    {
        string target = Path.Combine(_folder, "loyalty.csv");
        var (code, _, error) = LoyaltyCliRunner.Run(LoyaltyCommand.Create, "--transactions", ThreeCustomers(), "--format", "csv", "--out", target);
        Assert.True(code == 0, error);
        Assert.StartsWith("customer_id,year,a,b,c,d,loyalty", File.ReadAllText(target), StringComparison.Ordinal);
    }
}
