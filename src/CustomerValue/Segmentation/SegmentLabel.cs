namespace CustomerValue.Segmentation;

/// <summary>A segment a strategy defines: its name and the action it recommends (may be empty).</summary>
internal readonly record struct SegmentLabel(string Name, string Action);
