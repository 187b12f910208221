using System.CommandLine;

namespace CustomerValue.Tests.Loyalty;

/// <summary>Invokes a command built by a <c>Create(output, error)</c> factory directly, capturing what it prints.</summary>
internal static class LoyaltyCliRunner
{
    public static (int ExitCode, string Output, string Error) Run(Func<TextWriter, TextWriter, Command> create, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Command command = create(output, error);
        ParseResult parsed = command.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return (2, output.ToString(), string.Join(Environment.NewLine, parsed.Errors.Select(e => e.Message)));
        }

        int code = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (code, output.ToString(), error.ToString());
    }
}
