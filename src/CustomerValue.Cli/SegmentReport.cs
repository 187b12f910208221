using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerValue.Segmentation;

namespace CustomerValue.Cli;

/// <summary>Writes a segmentation's table as an aligned table, CSV or JSON, and each customer's label as CSV.</summary>
internal static class SegmentReport
{
    /// <summary>Writes the segment table in <paramref name="format"/> (table, csv or json), with strategy-specific figures.</summary>
    public static void Write(TextWriter writer, string format, SegmentationResult result, IReadOnlyList<KeyValuePair<string, double>> figures)
    {
        switch (format)
        {
            case "json":
                writer.WriteLine(Json(result, figures));
                break;
            case "csv":
                writer.Write("segment,customers,value,share\n");
                foreach (Segment segment in result.Segments)
                {
                    writer.Write($"{Csv.Field(segment.Name)},{segment.Customers.ToString(CultureInfo.InvariantCulture)},{Csv.Number(segment.Value)},{Csv.Number(segment.Share)}\n");
                }

                break;
            default:
                Table(writer, result, figures);
                break;
        }
    }

    /// <summary>Writes <c>customer_id,segment</c>, one line per customer in natural id order.</summary>
    public static void Labels(TextWriter writer, SegmentationResult result)
    {
        writer.Write("customer_id,segment\n");
        foreach (SegmentAssignment assignment in result.Assignments)
        {
            writer.Write($"{Csv.Field(assignment.CustomerId)},{Csv.Field(assignment.Segment)}\n");
        }
    }

    private static string Json(SegmentationResult result, IReadOnlyList<KeyValuePair<string, double>> figures)
    {
        return CliJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("strategy", result.Strategy);
            json.WriteNumber("customers", result.CustomerCount);
            json.WriteNumber("totalValue", result.TotalValue);
            foreach ((string name, double value) in figures)
            {
                json.WriteNumber(name, value);
            }

            json.WriteStartArray("segments");
            foreach (Segment segment in result.Segments)
            {
                json.WriteStartObject();
                json.WriteString("name", segment.Name);
                json.WriteNumber("customers", segment.Customers);
                json.WriteNumber("value", segment.Value);
                json.WriteNumber("share", segment.Share);
                json.WriteString("action", segment.Action);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void Table(TextWriter writer, SegmentationResult result, IReadOnlyList<KeyValuePair<string, double>> figures)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        int width = Math.Max(7, result.Segments.Max(s => s.Name.Length));
        writer.WriteLine(string.Create(c, $"{result.Strategy}: {result.CustomerCount} customers, total value {result.TotalValue:N2}"));
        foreach ((string name, double value) in figures)
        {
            writer.WriteLine(string.Create(c, $"{name} {value:G6}"));
        }

        writer.WriteLine();
        writer.WriteLine(string.Create(c, $"{"segment".PadRight(width)}  {"customers",9}  {"cust %",7}  {"value",16}  {"share",8}"));
        foreach (Segment s in result.Segments)
        {
            writer.WriteLine(string.Create(c, $"{s.Name.PadRight(width)}  {s.Customers,9}  {s.CustomerShare,7:P1}  {s.Value,16:N2}  {s.Share,8:P1}"));
        }
    }
}
