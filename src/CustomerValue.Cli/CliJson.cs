using System.Text;
using System.Text.Json;

namespace CustomerValue.Cli;

/// <summary>Indented JSON text for the commands' outputs.</summary>
internal static class CliJson
{
    /// <summary>Runs <paramref name="body"/> against an indented writer and returns the text it wrote.</summary>
    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a number, or null when it is missing or not finite (JSON has no NaN).</summary>
    public static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
