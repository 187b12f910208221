using CustomerValue.Lifetime;
using ScottPlot;

namespace CustomerValue.Charts;

/// <summary>
/// The charts of a customer-value analysis, each rendered to PNG and SVG: concentration (Lorenz) and whale curves,
/// calibration vs holdout, P(alive) by frequency and recency, distributions and segment shares.
/// </summary>
/// <remarks>Stateless and thread-safe; every call renders a new chart.</remarks>
public static class CustomerCharts
{
    /// <summary>
    /// The Lorenz curve of value concentration: cumulative share of value against cumulative share of customers, both
    /// ordered from the smallest customer up, with the line of equality.
    /// </summary>
    /// <param name="customerShare">Cumulative customer shares, from 0 to 1.</param>
    /// <param name="valueShare">Cumulative value shares at those points, from 0 to 1.</param>
    /// <param name="gini">The Gini coefficient, shown in the title.</param>
    /// <exception cref="ArgumentException">The spans differ in length or are empty.</exception>
    public static ChartImage Lorenz(ReadOnlySpan<double> customerShare, ReadOnlySpan<double> valueShare, double gini)
    {
        CheckPairs(customerShare, valueShare, nameof(valueShare));
        string title = FormattableString.Invariant($"Value concentration (Gini {gini:F3})");
        Plot plot = ChartStyle.Create(title, "Share of customers (smallest first)", "Share of value");
        var equality = plot.Add.Line(0, 0, 1, 1);
        equality.Color = ChartStyle.Muted;
        equality.LegendText = "Equality";
        var curve = plot.Add.ScatterLine(customerShare.ToArray(), valueShare.ToArray());
        curve.Color = ChartStyle.Primary;
        curve.LineWidth = 2;
        curve.LegendText = "Lorenz curve";
        plot.Axes.SetLimits(0, 1, Math.Min(0, Min(valueShare)), 1);
        plot.ShowLegend(Alignment.UpperLeft);
        return ChartStyle.Render(plot, "lorenz", title);
    }

    /// <summary>
    /// The whale curve: cumulative share of total profit against the share of customers ranked from the most to the
    /// least profitable. It peaks above 100 % when unprofitable customers destroy part of the profit.
    /// </summary>
    /// <param name="customerShare">Cumulative customer shares, from 0 to 1.</param>
    /// <param name="profitShare">Cumulative profit as a share of total profit at those points.</param>
    /// <exception cref="ArgumentException">The spans differ in length or are empty.</exception>
    public static ChartImage WhaleCurve(ReadOnlySpan<double> customerShare, ReadOnlySpan<double> profitShare)
    {
        CheckPairs(customerShare, profitShare, nameof(profitShare));
        const string title = "Whale curve: cumulative profit by customers ranked by profit";
        Plot plot = ChartStyle.Create(title, "Share of customers (most profitable first)", "Share of total profit");
        var curve = plot.Add.ScatterLine(customerShare.ToArray(), profitShare.ToArray());
        curve.Color = ChartStyle.Primary;
        curve.LineWidth = 2;
        var total = plot.Add.HorizontalLine(1.0);
        total.Color = ChartStyle.Muted;
        return ChartStyle.Render(plot, "whale", title);
    }

    /// <summary>Mean holdout purchases by calibration frequency, actual against the model's prediction.</summary>
    /// <param name="rows">The calibration-vs-holdout table (see <see cref="TransactionModelDiagnostics"/>).</param>
    /// <param name="modelName">The model's name, for the legend.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is empty.</exception>
    public static ChartImage CalibrationHoldout(IReadOnlyList<CalibrationHoldoutRow> rows, string modelName)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelName);
        if (rows.Count == 0)
        {
            throw new ArgumentException("The calibration-vs-holdout table is empty.", nameof(rows));
        }

        const string title = "Calibration vs holdout: mean holdout purchases by calibration frequency";
        Plot plot = ChartStyle.Create(title, "Purchases in the calibration period", "Mean purchases in the holdout period");
        double[] x = [.. rows.Select(r => (double)r.Frequency)];
        var actual = plot.Add.Scatter(x, [.. rows.Select(r => r.ActualMean)]);
        actual.Color = ChartStyle.Primary;
        actual.LineWidth = 2;
        actual.LegendText = "Actual";
        var predicted = plot.Add.Scatter(x, [.. rows.Select(r => r.PredictedMean)]);
        predicted.Color = ChartStyle.Secondary;
        predicted.LineWidth = 2;
        predicted.MarkerShape = MarkerShape.OpenSquare;
        predicted.LegendText = modelName;
        CalibrationHoldoutRow last = rows[^1];
        if (last.IsOpenEnded)
        {
            plot.Axes.Bottom.SetTicks(x, [.. rows.Select(r => r.IsOpenEnded ? $"{r.Frequency}+" : $"{r.Frequency}")]);
        }

        plot.ShowLegend(Alignment.UpperLeft);
        return ChartStyle.Render(plot, "calibration-holdout", title);
    }

    /// <summary>
    /// P(alive) at age <paramref name="age"/> for every frequency 0..<paramref name="maxFrequency"/> and recency from 0 to
    /// the age, as a heat map.
    /// </summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="maxFrequency">The largest frequency shown; at least 1.</param>
    /// <param name="age">The customers' age T, in the model's time unit; greater than 0.</param>
    /// <param name="recencySteps">Number of recency columns; at least 2.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    public static ChartImage ProbabilityAliveMap(ITransactionModel model, int maxFrequency, double age, int recencySteps = 40)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrequency, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(recencySteps, 2);
        if (!(double.IsFinite(age) && age > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(age), age, "The age must be finite and greater than 0.");
        }

        // Rows are frequencies (highest at the top), columns recencies from 0 to T.
        var values = new double[maxFrequency + 1, recencySteps];
        for (int x = 0; x <= maxFrequency; x++)
        {
            for (int j = 0; j < recencySteps; j++)
            {
                double recency = x == 0 ? 0.0 : age * j / (recencySteps - 1);
                values[maxFrequency - x, j] = model.ProbabilityAlive(new CustomerSummary("grid", x, recency, age));
            }
        }

        string title = FormattableString.Invariant($"P(alive) at age {age:G4} by frequency and recency ({model.Name})");
        Plot plot = ChartStyle.Create(title, "Recency (age at last purchase)", "Frequency (repeat purchases)");
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.Extent = new CoordinateRect(0, age, 0, maxFrequency); // cell centres: recency 0..T, frequency 0..max
        plot.Add.ColorBar(heatmap);
        return ChartStyle.Render(plot, "p-alive", title);
    }

    /// <summary>A histogram of <paramref name="values"/> (for example every customer's CLV).</summary>
    /// <param name="name">A short file-friendly name.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="values">The values; finite.</param>
    /// <param name="xLabel">The label of the value axis.</param>
    /// <param name="bins">Number of bins; at least 1.</param>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="values"/> is empty or holds a non-finite value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is less than 1.</exception>
    public static ChartImage Distribution(string name, string title, ReadOnlySpan<double> values, string xLabel, int bins = 30)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(xLabel);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (values.IsEmpty)
        {
            throw new ArgumentException("There are no values to draw.", nameof(values));
        }

        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"Value {i} is {values[i]}; every value must be finite.", nameof(values));
            }

            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }

        double width = max > min ? (max - min) / bins : 1.0;
        var counts = new double[bins];
        foreach (double v in values)
        {
            counts[Math.Min(bins - 1, (int)((v - min) / width))]++;
        }

        Plot plot = ChartStyle.Create(title, xLabel, "Customers");
        var bars = new List<Bar>(bins);
        for (int b = 0; b < bins; b++)
        {
            bars.Add(new Bar { Position = min + ((b + 0.5) * width), Value = counts[b], Size = width * 0.95, FillColor = ChartStyle.Primary, LineWidth = 0 });
        }

        plot.Add.Bars(bars);
        plot.Axes.Margins(bottom: 0);
        return ChartStyle.Render(plot, name, title);
    }

    /// <summary>Each segment's share of customers beside its share of value.</summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="segments">The segments: name, share of customers and share of value (0 to 1).</param>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="segments"/> is empty or <paramref name="title"/> blank.</exception>
    public static ChartImage SegmentShares(string title, IReadOnlyList<(string Name, double CustomerShare, double ValueShare)> segments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0)
        {
            throw new ArgumentException("There are no segments to draw.", nameof(segments));
        }

        Plot plot = ChartStyle.Create(title, "Segment", "Share");
        var bars = new List<Bar>(segments.Count * 2);
        for (int i = 0; i < segments.Count; i++)
        {
            bars.Add(new Bar { Position = (i * 3) + 1, Value = segments[i].CustomerShare, FillColor = ChartStyle.Primary, LineWidth = 0 });
            bars.Add(new Bar { Position = (i * 3) + 2, Value = segments[i].ValueShare, FillColor = ChartStyle.Secondary, LineWidth = 0 });
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, segments.Count).Select(i => (i * 3) + 1.5)], [.. segments.Select(s => s.Name)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = segments.Count > 5 ? 30 : 0;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Customers", FillColor = ChartStyle.Primary });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Value", FillColor = ChartStyle.Secondary });
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Margins(bottom: 0);
        return ChartStyle.Render(plot, "segments", title);
    }

    private static void CheckPairs(ReadOnlySpan<double> x, ReadOnlySpan<double> y, string name)
    {
        if (x.IsEmpty || x.Length != y.Length)
        {
            throw new ArgumentException($"The curve needs as many shares as customer points ({x.Length}) and at least one; got {y.Length}.", name);
        }
    }

    private static double Min(ReadOnlySpan<double> values)
    {
        double min = double.PositiveInfinity;
        foreach (double v in values)
        {
            min = Math.Min(min, v);
        }

        return min;
    }
}
