namespace CustomerValue.Charts;

/// <summary>A rendered chart: its title, and the same picture as PNG bytes and as SVG text.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">A short file-friendly name (for example "lorenz").</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Png">The chart as a PNG image.</param>
/// <param name="Svg">The chart as an SVG document.</param>
public sealed record ChartImage(string Name, string Title, ReadOnlyMemory<byte> Png, string Svg);
