using System.Net;
using System.Text;

namespace CustomerValue.Charts;

/// <summary>
/// Builds one self-contained HTML page (inline CSS, charts as inline SVG, no scripts, no external links) that opens in any
/// browser offline: headings, paragraphs, key figures, tables and charts, in the order they are added.
/// </summary>
/// <remarks>Not thread-safe while being built; <see cref="ToHtml"/> may be called any number of times.</remarks>
public sealed class HtmlReport
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1000px;padding:24px;color:#222;line-height:1.45}
        h1{font-size:1.8em;margin-bottom:0}h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:4px}
        .subtitle{color:#666;margin-top:4px}
        .figures{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
        .figure{background:#f5f7fa;border-radius:8px;padding:12px 16px;min-width:180px}
        .figure .value{font-size:1.5em;font-weight:600}.figure .label{color:#555;font-size:.9em}
        table{border-collapse:collapse;margin:12px 0;font-size:.92em}th,td{padding:4px 10px;border-bottom:1px solid #e5e5e5;text-align:right}
        th:first-child,td:first-child{text-align:left}th{background:#f0f2f5}
        figure{margin:16px 0}figure svg{max-width:100%;height:auto}figcaption{color:#555;font-size:.9em}
        """;

    private readonly StringBuilder _body = new();
    private readonly List<string> _sections = [];

    /// <summary>Starts a report.</summary>
    /// <param name="title">The page title.</param>
    /// <param name="subtitle">A line under the title (for example the data and date); may be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public HtmlReport(string title, string subtitle)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(subtitle);
        Title = title;
        Subtitle = subtitle;
    }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>The line under the title.</summary>
    public string Subtitle { get; }

    /// <summary>The ids of the sections added so far (<c>section-1</c>, …), in order.</summary>
    public IReadOnlyList<string> Sections => _sections;

    /// <summary>Starts a section with a heading; returns this report.</summary>
    /// <exception cref="ArgumentException"><paramref name="heading"/> is blank.</exception>
    public HtmlReport Section(string heading)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(heading);
        string id = $"section-{_sections.Count + 1}";
        _sections.Add(id);
        _body.Append("<h2 id=\"").Append(id).Append("\">").Append(Encode(heading)).Append("</h2>\n");
        return this;
    }

    /// <summary>Adds a paragraph of plain text; returns this report.</summary>
    public HtmlReport Paragraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _body.Append("<p>").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>Adds a row of key figures (a value in large type over its label); returns this report.</summary>
    public HtmlReport Figures(IReadOnlyList<(string Label, string Value)> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        _body.Append("<div class=\"figures\">");
        foreach ((string label, string value) in figures)
        {
            _body.Append("<div class=\"figure\"><div class=\"value\">").Append(Encode(value)).Append("</div><div class=\"label\">").Append(Encode(label)).Append("</div></div>");
        }

        _body.Append("</div>\n");
        return this;
    }

    /// <summary>Adds a table; every row must have as many cells as there are headers. Returns this report.</summary>
    /// <exception cref="ArgumentException">A row has another number of cells than the headers.</exception>
    public HtmlReport Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        _body.Append("<table><thead><tr>");
        foreach (string header in headers)
        {
            _body.Append("<th>").Append(Encode(header)).Append("</th>");
        }

        _body.Append("</tr></thead><tbody>");
        int index = 0;
        foreach (IReadOnlyList<string> row in rows)
        {
            if (row.Count != headers.Count)
            {
                throw new ArgumentException($"Row {index} has {row.Count} cells, but the table has {headers.Count} columns.", nameof(rows));
            }

            _body.Append("<tr>");
            foreach (string cell in row)
            {
                _body.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            _body.Append("</tr>");
            index++;
        }

        _body.Append("</tbody></table>\n");
        return this;
    }

    /// <summary>Adds a chart (its SVG inline) with a caption; returns this report.</summary>
    public HtmlReport Chart(ChartImage chart, string caption)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(caption);
        string svg = chart.Svg;
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        _body.Append("<figure data-chart=\"").Append(Encode(chart.Name)).Append("\">")
            .Append(start >= 0 ? svg[start..] : svg)
            .Append("<figcaption>").Append(Encode(caption)).Append("</figcaption></figure>\n");
        return this;
    }

    /// <summary>The complete page.</summary>
    public string ToHtml() =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{Encode(Title)}</title><style>{Style}</style></head>\n<body><h1>{Encode(Title)}</h1><p class=\"subtitle\">{Encode(Subtitle)}</p>\n{_body}</body></html>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
