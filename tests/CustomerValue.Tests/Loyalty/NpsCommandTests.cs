using System.Text.Json;
using CustomerValue.Cli;
using CustomerValue.Cli.Commands;

namespace CustomerValue.Tests.Loyalty;

public sealed class NpsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cv-cli-nps-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Survey(string text)
    {
        string path = Path.Combine(_folder, "scores.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Json_gives_the_score_in_points_the_counts_and_the_interval()
    {
        var (code, output, error) = LoyaltyCliRunner.Run(NpsCommand.Create, "--scores", Survey("10\n9\n8\n7\n6\n0\n10\n\n"), "--format", "json");
        Assert.True(code == 0, error);
        JsonElement root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(100.0 * (3 - 2) / 7, root.GetProperty("nps").GetDouble(), 12);
        Assert.Equal(3, root.GetProperty("promoters").GetInt32());
        Assert.Equal(2, root.GetProperty("passives").GetInt32());
        Assert.Equal(2, root.GetProperty("detractors").GetInt32());
        Assert.Equal(7, root.GetProperty("responses").GetInt32());
        Assert.True(root.GetProperty("lower").GetDouble() < root.GetProperty("nps").GetDouble());
        Assert.True(root.GetProperty("upper").GetDouble() > root.GetProperty("nps").GetDouble());
        Assert.Equal(
            ["nps", "promoters", "passives", "detractors", "responses", "lower", "upper"],
            root.EnumerateObject().Select(p => p.Name).Take(7));
    }

    [Fact]
    public void Text_is_the_default_and_wald_is_available()
    {
        var (code, output, _) = LoyaltyCliRunner.Run(NpsCommand.Create, "--scores", Survey("10\n10\n10\n"), "--interval", "wald");
        Assert.Equal(0, code);
        Assert.StartsWith("NPS 100.0 (95% interval 100.0 to 100.0, Wald)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_line_is_named_and_an_empty_survey_is_a_clear_error()
    {
        CommandLineException eleven = Assert.Throws<CommandLineException>(() => LoyaltyCliRunner.Run(NpsCommand.Create, "--scores", Survey("9\n\n11\n")));
        Assert.Contains("line 3", eleven.Message, StringComparison.Ordinal);
        Assert.Contains("'11'", eleven.Message, StringComparison.Ordinal);
        CommandLineException text = Assert.Throws<CommandLineException>(() => LoyaltyCliRunner.Run(NpsCommand.Create, "--scores", Survey("7.5\n")));
        Assert.Contains("line 1", text.Message, StringComparison.Ordinal);
        CommandLineException empty = Assert.Throws<CommandLineException>(() => LoyaltyCliRunner.Run(NpsCommand.Create, "--scores", Survey("\n  \n")));
        Assert.Contains("no answers", empty.Message, StringComparison.Ordinal);
        Assert.Throws<CommandLineException>(() => LoyaltyCliRunner.Run(NpsCommand.Create, "--scores", Path.Combine(_folder, "missing.txt")));
        Assert.Equal(2, LoyaltyCliRunner.Run(NpsCommand.Create).ExitCode);
    }
}
