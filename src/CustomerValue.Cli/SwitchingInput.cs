using System.CommandLine;
using CustomerValue.IO;
using CustomerValue.Switching;

namespace CustomerValue.Cli;

/// <summary>
/// The <c>--input</c> option of the switching-cost commands: a survey CSV (<see cref="SwitchingSurveyCsv.Header"/>, 1–7
/// ratings), or without it a small simulated survey (fixed seed) so that the commands run anywhere.
/// </summary>
internal sealed class SwitchingInput
{
    /// <summary>The size of the embedded sample.</summary>
    public const int SampleSize = 12;

    /// <summary>The seed of the embedded sample.</summary>
    public const int SampleSeed = 2003;

    private readonly Option<FileInfo?> _file = new("--input") { Description = $"Survey CSV ({SwitchingSurveyCsv.Header}), ratings 1-7. Without it, a simulated sample of {SampleSize} customers." };

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => command.Options.Add(_file);

    /// <summary>The survey responses, in file order.</summary>
    public SwitchingSurveyResponse[] Read(ParseResult parsed)
    {
        FileInfo? file = parsed.GetValue(_file);
        if (file is null)
        {
            return SwitchingSurveySimulator.Generate(SampleSize, SampleSeed);
        }

        string given = parsed.GetResult(_file)?.Tokens[0].Value ?? file.FullName;
        if (!file.Exists)
        {
            throw new CommandLineException($"The survey file '{given}' does not exist.");
        }

        SwitchingSurveyResponse[] responses = [.. SwitchingSurveyCsv.ReadFile(file.FullName)];
        return responses.Length > 0 ? responses : throw new CommandLineException($"The survey file '{given}' has no customers.");
    }
}
