namespace CustomerValue.Tests.Cli;

public sealed class ProgramTests
{
    [Theory]
    [InlineData(new[] { "segmentation", "--help" }, "customervalue: unknown command or argument 'segmentation' (see --help)")]
    [InlineData(new[] { "summarize", "--bogus" }, "customervalue: unknown command or argument '--bogus' (see --help)")]
    [InlineData(new string[0], "customervalue: name a command: summarize, fit, predict, retention")]
    public void Unknown_or_missing_commands_exit_2_with_one_line(string[] args, string expected)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith(expected, error.TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("(see --help)", error.TrimEnd(), StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("summarize")]
    [InlineData("fit")]
    [InlineData("predict")]
    [InlineData("retention")]
    [InlineData("analyze")]
    [InlineData("segment")]
    [InlineData("loyalty")]
    [InlineData("nps")]
    [InlineData("switching")]
    [InlineData("whatif")]
    public void Every_command_has_help(string command)
    {
        var (code, output, _) = CliRunner.Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains($"customervalue {command} [options]", output.Replace("testhost", "customervalue", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
