namespace CustomerValue.Simulation;

/// <summary>
/// Settings of <see cref="TransactionLogSimulator"/>. The defaults mimic the CDNOW cohort: customers acquired over the first
/// quarter, repeat buying per the BG/NBD parameters Fader, Hardie &amp; Lee (2005) estimated there (per week), Gamma-Gamma
/// spend at their published fit, a catalogue of products with skewed popularity, and a few returns.
/// </summary>
/// <remarks>Immutable and thread-safe. Call <see cref="Validate"/> (the simulator does) to check every field.</remarks>
public sealed record TransactionLogSimulationOptions
{
    /// <summary>Number of customers.</summary>
    /// <value>Defaults to 2,000.</value>
    public int Customers { get; init; } = 2_000;

    /// <summary>Seed of the random number generator: the same seed gives the same log.</summary>
    /// <value>Defaults to 20_240_101.</value>
    public int Seed { get; init; } = 20_240_101;

    /// <summary>The first day on which customers can be acquired.</summary>
    /// <value>Defaults to 2024-01-01.</value>
    public DateTime Start { get; init; } = new(2024, 1, 1);

    /// <summary>Days over which first purchases are spread uniformly from <see cref="Start"/>.</summary>
    /// <value>Defaults to 90.</value>
    public int AcquisitionDays { get; init; } = 90;

    /// <summary>The last day of the log (inclusive).</summary>
    /// <value>Defaults to 2025-06-30 (78 weeks after the start, as in CDNOW).</value>
    public DateTime End { get; init; } = new(2025, 6, 30);

    /// <summary>BG/NBD shape r of the purchase-rate distribution.</summary>
    /// <value>Defaults to 0.243.</value>
    public double R { get; init; } = 0.243;

    /// <summary>BG/NBD scale α of the purchase-rate distribution, in weeks.</summary>
    /// <value>Defaults to 4.414.</value>
    public double AlphaWeeks { get; init; } = 4.414;

    /// <summary>BG/NBD dropout parameter a.</summary>
    /// <value>Defaults to 0.793.</value>
    public double A { get; init; } = 0.793;

    /// <summary>BG/NBD dropout parameter b.</summary>
    /// <value>Defaults to 2.426.</value>
    public double B { get; init; } = 2.426;

    /// <summary>Gamma-Gamma shape p of a transaction's value.</summary>
    /// <value>Defaults to 6.25.</value>
    public double SpendP { get; init; } = 6.25;

    /// <summary>Gamma-Gamma shape q of the customers' spend rates.</summary>
    /// <value>Defaults to 3.74.</value>
    public double SpendQ { get; init; } = 3.74;

    /// <summary>Gamma-Gamma scale γ of the customers' spend rates.</summary>
    /// <value>Defaults to 15.44.</value>
    public double SpendGamma { get; init; } = 15.44;

    /// <summary>Products in the catalogue (ids P001, P002, …); popularity falls off as 1 / rank.</summary>
    /// <value>Defaults to 40.</value>
    public int Products { get; init; } = 40;

    /// <summary>Probability that a bought line is later returned in full (within 30 days).</summary>
    /// <value>Defaults to 0.02.</value>
    public double ReturnProbability { get; init; } = 0.02;

    /// <summary>Checks every field; throws naming the first that is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Customers, nameof(Customers));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(AcquisitionDays, nameof(AcquisitionDays));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Products, nameof(Products));
        if (End < Start.AddDays(AcquisitionDays - 1))
        {
            throw new ArgumentOutOfRangeException(nameof(End), End, $"The end must be on or after the last acquisition day {Start.AddDays(AcquisitionDays - 1):yyyy-MM-dd}.");
        }

        Positive(R, nameof(R));
        Positive(AlphaWeeks, nameof(AlphaWeeks));
        Positive(A, nameof(A));
        Positive(B, nameof(B));
        Positive(SpendP, nameof(SpendP));
        Positive(SpendQ, nameof(SpendQ));
        Positive(SpendGamma, nameof(SpendGamma));
        if (!(ReturnProbability >= 0 && ReturnProbability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ReturnProbability), ReturnProbability, "The return probability must be between 0 and 1.");
        }
    }

    private static void Positive(double value, string name)
    {
        if (!(double.IsFinite(value) && value > 0))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and greater than 0.");
        }
    }
}
