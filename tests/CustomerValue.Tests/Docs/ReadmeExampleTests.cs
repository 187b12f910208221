using System.Runtime.CompilerServices;

namespace CustomerValue.Tests.Docs;

public sealed class ReadmeExampleTests
{
    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    private static string[] Normalise(IEnumerable<string> lines) =>
        [.. lines.Select(l => l.Trim()).Where(l => l.Length > 0)];

    [Fact]
    public void The_readme_usage_example_is_the_compiled_one()
    {
        string root = RepositoryRoot();
        string[] readme = File.ReadAllLines(Path.Combine(root, "README.md"));
        int start = Array.IndexOf(readme, "```csharp");
        int end = Array.IndexOf(readme, "```", start + 1);
        Assert.True(start >= 0 && end > start, "README.md has no ```csharp block.");
        string[] shown = Normalise(readme[(start + 1)..end].Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));

        string[] source = File.ReadAllLines(Path.Combine(root, "tests", "CustomerValue.Tests", "Docs", "ReadmeExample.cs"));
        int from = Array.FindIndex(source, l => l.Trim() == "// README-BEGIN");
        int to = Array.FindIndex(source, l => l.Trim() == "// README-END");
        string[] compiled = Normalise(source[(from + 1)..to]);

        Assert.Equal(compiled, shown);
    }

    [Fact]
    public void The_readme_usage_example_runs()
    {
        string folder = Directory.CreateTempSubdirectory("cv-readme-").FullName;
        string previous = Environment.CurrentDirectory;
        using var output = new StringWriter();
        TextWriter console = Console.Out;
        try
        {
            File.WriteAllText(Path.Combine(folder, "transactions.csv"), "customer_id,date,amount\n1,1997-01-01,10\n1,1997-01-15,20\n");
            Environment.CurrentDirectory = folder;
            Console.SetOut(output);
            ReadmeExample.Run();
        }
        finally
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = previous;
            Directory.Delete(folder, recursive: true);
        }

        Assert.Equal("1: x=1 t_x=2.00 T=38.86 m=20.00" + Environment.NewLine, output.ToString());
    }
}
