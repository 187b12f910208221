namespace CustomerValue.Cli;

/// <summary>A user error on the command line (a bad value, a missing file): reported as one line, exit code 2.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
