namespace CustomerValue.Segmentation;

/// <summary>A point of a cumulative curve over customers ranked by value.</summary>
/// <param name="CustomerShare">The share of customers counted so far, from 0 to 1.</param>
/// <param name="Value">The cumulative quantity at that point: a value share on a Lorenz curve, a cumulative profit on a whale curve.</param>
public readonly record struct CurvePoint(double CustomerShare, double Value);
