namespace CustomerValue.Segmentation;

/// <summary>Builds a <see cref="SegmentationResult"/> from each customer's segment index.</summary>
internal static class SegmentTable
{
    /// <summary>
    /// The segment table of <paramref name="set"/> labelled by <paramref name="labels"/> (an index into
    /// <paramref name="segments"/> per customer). Sums run in natural id order so that they do not depend on the input order.
    /// </summary>
    public static SegmentationResult Build<TCustomer>(string strategy, CustomerSet<TCustomer> set, int[] labels, IReadOnlyList<SegmentLabel> segments)
        where TCustomer : ISegmentableCustomer
    {
        int n = set.Count;
        var counts = new int[segments.Count];
        var values = new double[segments.Count];
        var assignments = new SegmentAssignment[n];
        double total = 0;
        for (int k = 0; k < n; k++)
        {
            int i = set.IdOrder[k];
            int label = labels[i];
            counts[label]++;
            values[label] += set.Values[i];
            total += set.Values[i];
            assignments[k] = new SegmentAssignment(set.Ids[i], segments[label].Name, label);
        }

        var rows = new Segment[segments.Count];
        for (int s = 0; s < rows.Length; s++)
        {
            double customerShare = (double)counts[s] / n;
            double share = total != 0 ? values[s] / total : customerShare;
            rows[s] = new Segment(segments[s].Name, segments[s].Action, counts[s], customerShare, values[s], share);
        }

        return new SegmentationResult(strategy, rows, assignments, total);
    }

    /// <summary>Labels without actions, from names.</summary>
    public static SegmentLabel[] Labels(IReadOnlyList<string> names)
    {
        var labels = new SegmentLabel[names.Count];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = new SegmentLabel(names[i], string.Empty);
        }

        return labels;
    }
}
