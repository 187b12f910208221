using CustomerValue.Analysis;
using CustomerValue.Segmentation;

namespace CustomerValue.Cli.Analyze;

/// <summary>Writes <c>customers.csv</c>: every customer's summary, scores, CLV, segments and loyalty.</summary>
internal static class CustomersCsv
{
    /// <summary>Writes one row per scored customer.</summary>
    public static void Write(TextWriter writer, AnalysisResult result)
    {
        AnalysisSegments segments = result.Segments;
        IReadOnlyList<SegmentationResult> all = segments.All;
        writer.Write("customer_id,frequency,recency,T,monetary_value,total_spend,p_alive,expected_purchases,expected_spend,clv");
        foreach (SegmentationResult s in all)
        {
            writer.Write(',');
            writer.Write(s.Strategy.Replace('-', '_') + "_segment");
        }

        writer.Write(",loyalty\n");
        foreach (CustomerScore c in result.Scores)
        {
            CustomerSummary s = c.Summary;
            writer.Write(string.Join(',',
                Csv.Field(s.CustomerId),
                s.Frequency.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Csv.Number(s.Recency),
                Csv.Number(s.T),
                Csv.Number(s.MonetaryValue),
                c.TotalSpend.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Csv.Number(c.ProbabilityAlive),
                Csv.Number(c.ExpectedPurchases),
                c.ExpectedSpend is { } spend ? Csv.Number(spend) : "",
                c.Clv is { } clv ? Csv.Number(clv) : ""));
            foreach (SegmentationResult segmentation in all)
            {
                writer.Write(',');
                writer.Write(Csv.Field(segmentation.SegmentOf(s.CustomerId).Segment));
            }

            writer.Write(',');
            writer.Write(segments.Loyalty.TryGetValue(s.CustomerId, out double f) ? Csv.Number(f) : "");
            writer.Write('\n');
        }
    }
}
