using System.CommandLine;

namespace CustomerValue.Cli;

/// <summary>Entry point of the customervalue tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("customervalue: customer value analytics from transaction logs.");
        return root.Parse(args).Invoke();
    }
}
