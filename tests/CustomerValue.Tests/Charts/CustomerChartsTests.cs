using CustomerValue.Charts;
using CustomerValue.Lifetime;
using SkiaSharp;

namespace CustomerValue.Tests.Charts;

public sealed class CustomerChartsTests
{
    private static readonly BgNbdModel Model = new(new BgNbdParameters(0.2425945, 4.4136019, 0.7929199, 2.4258881));

    /// <summary>The PNG decodes at the documented size and is not blank: it has many colours, and ink in each quarter.</summary>
    private static void AssertDrawn(ChartImage chart, string name)
    {
        Assert.Equal(name, chart.Name);
        Assert.StartsWith("<svg", chart.Svg.TrimStart().Replace("<?xml", "<svg", StringComparison.Ordinal), StringComparison.Ordinal);
        using SKBitmap bitmap = SKBitmap.Decode(chart.Png.ToArray());
        Assert.Equal(800, bitmap.Width);
        Assert.Equal(500, bitmap.Height);
        var colours = new HashSet<SKColor>();
        int[] inkPerQuarter = new int[4];
        SKColor background = bitmap.GetPixel(0, 0);
        for (int y = 0; y < bitmap.Height; y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                SKColor c = bitmap.GetPixel(x, y);
                colours.Add(c);
                if (c != background)
                {
                    inkPerQuarter[((y * 2) / bitmap.Height * 2) + ((x * 2) / bitmap.Width)]++;
                }
            }
        }

        Assert.True(colours.Count > 20, $"{name}: only {colours.Count} colours");
        Assert.All(inkPerQuarter, ink => Assert.True(ink > 200, $"{name}: a quarter of the image is nearly empty ({string.Join(",", inkPerQuarter)})"));
    }

    [Fact]
    public void Lorenz_curve_renders()
    {
        double[] customers = [0, 0.25, 0.5, 0.75, 1];
        double[] value = [0, 0.05, 0.15, 0.35, 1];
        ChartImage chart = CustomerCharts.Lorenz(customers, value, 0.53);
        AssertDrawn(chart, "lorenz");
        Assert.Contains("Gini 0.530", chart.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Whale_curve_renders()
    {
        AssertDrawn(CustomerCharts.WhaleCurve([0, 0.2, 0.7, 1], [0, 1.5, 1.9, 1.0]), "whale");
    }

    [Fact]
    public void Calibration_holdout_chart_renders()
    {
        CalibrationHoldoutRow[] rows = [new(0, false, 1411, 0.24, 0.23), new(1, false, 439, 0.7, 0.6), new(2, false, 214, 1.4, 1.2), new(3, true, 293, 3.1, 2.9)];
        AssertDrawn(CustomerCharts.CalibrationHoldout(rows, "bg-nbd"), "calibration-holdout");
    }

    [Fact]
    public void Probability_alive_map_renders()
    {
        AssertDrawn(CustomerCharts.ProbabilityAliveMap(Model, maxFrequency: 10, age: 39), "p-alive");
    }

    [Fact]
    public void Distribution_and_segment_charts_render()
    {
        double[] values = [.. Enumerable.Range(0, 500).Select(i => Math.Exp(i / 100.0))];
        AssertDrawn(CustomerCharts.Distribution("clv", "CLV", values, "CLV"), "clv");
        AssertDrawn(CustomerCharts.SegmentShares("Segments", [("Champions", 0.1, 0.5), ("Loyal", 0.2, 0.3), ("Lost", 0.7, 0.2)]), "segments");
    }

    [Fact]
    public void Bad_inputs_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => CustomerCharts.Lorenz([0, 1], [0], 0.1));
        Assert.Throws<ArgumentException>(() => CustomerCharts.Distribution("d", "D", [1.0, double.NaN], "x"));
        Assert.Throws<ArgumentException>(() => CustomerCharts.Distribution("d", "D", [], "x"));
        Assert.Throws<ArgumentException>(() => CustomerCharts.CalibrationHoldout([], "bg-nbd"));
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerCharts.ProbabilityAliveMap(Model, 0, 39));
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerCharts.ProbabilityAliveMap(Model, 5, double.NaN));
    }
}
