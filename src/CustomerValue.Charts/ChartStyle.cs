using ScottPlot;

namespace CustomerValue.Charts;

/// <summary>The common size and look of the library's charts, and their rendering to PNG and SVG.</summary>
internal static class ChartStyle
{
    public const int Width = 800;
    public const int Height = 500;

    public static readonly Color Primary = Color.FromHex("#1f77b4");
    public static readonly Color Secondary = Color.FromHex("#ff7f0e");
    public static readonly Color Muted = Color.FromHex("#7f7f7f");

    /// <summary>A new plot with a title and axis labels.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>Renders <paramref name="plot"/> to PNG and SVG.</summary>
    public static ChartImage Render(Plot plot, string name, string title) =>
        new(name, title, plot.GetImageBytes(Width, Height, ImageFormat.Png), plot.GetSvgXml(Width, Height));
}
