using System.CommandLine;
using System.Text.Json;
using CustomerValue.Cli.Commands;

namespace CustomerValue.Tests.Segmentation;

/// <summary>The <c>segment</c> command, invoked directly (it is registered in the root command by Program).</summary>
public sealed class SegmentCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cv-cli-segment-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Command command = SegmentCommand.Create(output, error);
        int code = command.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("pareto")]
    [InlineData("rfm")]
    [InlineData("deciles")]
    [InlineData("tiers3")]
    [InlineData("whale")]
    [InlineData("lifecycle")]
    public void Json_on_the_embedded_sample_has_the_documented_shape(string strategy)
    {
        (int code, string output, string error) = Run("--strategy", strategy, "--format", "json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        Assert.Equal(strategy == "deciles" ? "revenue-deciles" : strategy, root.GetProperty("strategy").GetString());
        JsonElement[] segments = [.. root.GetProperty("segments").EnumerateArray()];
        Assert.Equal(root.GetProperty("customers").GetInt32(), segments.Sum(s => s.GetProperty("customers").GetInt32()));
        Assert.Equal(1.0, segments.Sum(s => s.GetProperty("share").GetDouble()), 9);
        Assert.All(segments, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("name").GetString())));
        if (strategy == "pareto")
        {
            Assert.InRange(root.GetProperty("gini").GetDouble(), 0, 1);
            Assert.InRange(root.GetProperty("top20Share").GetDouble(), 0.2, 1);
        }
    }

    [Fact]
    public void Table_csv_and_labels_from_a_transaction_log()
    {
        string log = Write("log.csv", "customer_id,date,amount\n1,2024-01-01,10\n1,2024-02-01,30\n2,2024-01-05,5\n3,2024-03-01,100\n3,2024-03-02,-20\n");
        string labels = Path.Combine(_folder, "labels.csv");
        (int code, string output, string error) = Run("--strategy", "tiers3", "--transactions", log, "--format", "csv", "--labels", labels);
        Assert.True(code == 0, error);
        Assert.Equal("segment,customers,value,share\nBest,1,80,0.64\nSecond best,0,0,0\nOthers,2,45,0.36\n", output);
        Assert.Equal("customer_id,segment\n1,Others\n2,Others\n3,Best\n", File.ReadAllText(labels));

        (code, output, error) = Run("--strategy", "pareto", "--transactions", log);
        Assert.True(code == 0, error);
        Assert.Contains("Top 20%", output, StringComparison.Ordinal);
        Assert.Contains("gini", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_input_kmeans_and_value_matrix_run()
    {
        string summary = Write("s.csv", "customer_id,frequency,recency,T,monetary_value\n" + string.Concat(Enumerable.Range(1, 60).Select(i => $"{i},{i % 7},{i % 7 * 3},30,{10 + (i % 5)}\n")));
        (int code, string output, string error) = Run("--strategy", "kmeans", "--summary", summary, "--k", "3", "--format", "json");
        Assert.True(code == 0, error);
        Assert.Equal(3, JsonDocument.Parse(output).RootElement.GetProperty("k").GetInt32());

        (code, _, error) = Run("--strategy", "value-matrix", "--levels", "3", "--format", "csv");
        Assert.True(code == 0, error);
    }

    [Fact]
    public void User_errors_are_command_line_exceptions()
    {
        string summary = Write("s.csv", "customer_id,frequency,recency,T\n1,0,0,3\n");
        Assert.Throws<InvalidOperationException>(() => Run("--strategy", "lifecycle", "--summary", summary));
        Assert.Contains("needs 2 cut points", Assert.ThrowsAny<Exception>(() => Run("--strategy", "tiers3", "--cut-points", "0.1")).Message, StringComparison.Ordinal);
        Assert.NotEqual(0, Run("--strategy", "nope").Code);
    }
}
