using System.Text;
using System.Text.Json;

namespace CustomerValue.Cli;

/// <summary>Indented JSON text for the switching-cost commands' outputs.</summary>
internal static class SwitchingJson
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
}
