using System.CommandLine;
using CustomerValue.Cli.Commands;

namespace CustomerValue.Cli;

/// <summary>Entry point of the customervalue tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>
    /// Parses and runs a command line. A parse error or a user error prints one line naming what is wrong to
    /// <paramref name="error"/> and returns 2; an unexpected failure returns 1.
    /// </summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("customervalue: customer value analytics from transaction logs.")
        {
            SummarizeCommand.Create(output, error),
            FitCommand.Create(output),
            PredictCommand.Create(output),
            RetentionCommand.Create(output),
            AnalyzeCommand.Create(output, error),
            SegmentCommand.Create(output, error),
            LoyaltyCommand.Create(output, error),
            NpsCommand.Create(output, error),
            SwitchingCommand.Create(output, error),
            WhatIfCommand.Create(output, error),
        };

        ParseResult parsed = root.Parse(args);
        if (parsed.UnmatchedTokens.Count > 0)
        {
            error.WriteLine($"customervalue: unknown command or argument '{parsed.UnmatchedTokens[0]}' (see --help)");
            return 2;
        }

        if (parsed.Errors.Count > 0)
        {
            string message = parsed.CommandResult.Command == root && args.Length == 0
                ? $"name a command: {string.Join(", ", root.Subcommands.Select(c => c.Name))}."
                : parsed.Errors[0].Message.ReplaceLineEndings(" ");
            error.WriteLine($"customervalue: {message} (see --help)");
            return 2;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is CommandLineException or ArgumentException or FormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            error.WriteLine($"customervalue: {e.Message}");
            return 2;
        }
    }
}
