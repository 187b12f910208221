using CustomerValue.Segmentation;

namespace CustomerValue.Tests.Segmentation;

/// <summary>The contract every segmentation result must meet, and small builders of inputs.</summary>
internal static class SegmentationAssert
{
    public static CustomerValueInput[] Values(params double[] values) =>
        [.. values.Select((v, i) => new CustomerValueInput($"c{i + 1}", v))];

    /// <summary>True when <paramref name="result"/> is a partition of <paramref name="ids"/> whose table adds up.</summary>
    public static bool IsPartition(SegmentationResult result, IEnumerable<string> ids)
    {
        string[] expected = [.. ids.Order(StringComparer.Ordinal)];
        string[] assigned = [.. result.Assignments.Select(a => a.CustomerId).Order(StringComparer.Ordinal)];
        bool sameCustomers = expected.SequenceEqual(assigned, StringComparer.Ordinal);
        bool countsMatch = result.Segments.Sum(s => s.Customers) == result.CustomerCount && result.CustomerCount == expected.Length;
        bool labelsMatch = result.Assignments.All(a => result.Segments[a.SegmentIndex].Name == a.Segment)
            && Enumerable.Range(0, result.Segments.Count).All(s => result.Assignments.Count(a => a.SegmentIndex == s) == result.Segments[s].Customers);
        return sameCustomers && countsMatch && labelsMatch;
    }

    public static bool SharesSumToOne(SegmentationResult result) =>
        Math.Abs(result.Segments.Sum(s => s.Share) - 1) < 1e-9 * Math.Max(1, result.Segments.Sum(s => Math.Abs(s.Share)))
        && Math.Abs(result.Segments.Sum(s => s.CustomerShare) - 1) < 1e-9;

    /// <summary>True when two results are the same table and the same assignments.</summary>
    public static bool Same(SegmentationResult x, SegmentationResult y) =>
        x.Segments.SequenceEqual(y.Segments) && x.Assignments.SequenceEqual(y.Assignments) && x.TotalValue == y.TotalValue;

    public static void Partition(SegmentationResult result, IEnumerable<string> ids)
    {
        Assert.True(IsPartition(result, ids), "not a partition of the input");
        Assert.True(SharesSumToOne(result), "shares do not sum to 1");
    }

    public static int[] Counts(SegmentationResult result) => [.. result.Segments.Select(s => s.Customers)];

    public static string SegmentOf(SegmentationResult result, string id) => result.SegmentOf(id).Segment;
}
