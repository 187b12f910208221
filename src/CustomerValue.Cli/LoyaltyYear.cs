using CustomerValue.Loyalty;

namespace CustomerValue.Cli;

/// <summary>One calendar year scored by <c>customervalue loyalty</c>: the customers, their F and the calibration used.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Rows">The customers' activity that year.</param>
/// <param name="Scores">F of each row.</param>
/// <param name="Calibration">The anchors of the default G, from this year's customers.</param>
/// <param name="Threshold">Loyal from this F.</param>
internal sealed record LoyaltyYear(int Year, YearlyActivity[] Rows, double[] Scores, PurchaseLoyaltyCalibration Calibration, double Threshold)
{
    /// <summary>Customers with F at or above the threshold.</summary>
    public int Loyal => Scores.Count(s => s >= Threshold);

    /// <summary>Loyal / customers.</summary>
    public double LoyalShare => (double)Loyal / Rows.Length;

    /// <summary>Whether row <paramref name="index"/> is loyal.</summary>
    public bool IsLoyal(int index) => Scores[index] >= Threshold;
}
