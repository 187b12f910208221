namespace CustomerValue.Lifetime;

/// <summary>
/// One discrete-time purchase history as the BG/BB model sees it: of <see cref="Opportunities"/> transaction opportunities
/// (n), the customer used <see cref="Frequency"/> (x), the last of them at opportunity <see cref="Recency"/> (tₓ);
/// <see cref="Weight"/> customers share it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The first transaction (the one that made the customer) is not counted, as in Fader, Hardie
/// &amp; Shang (2010): a donor who gave in each of the six years after the first gift has x = 6, tₓ = 6, n = 6.
/// A <see langword="default"/> value is a valid history with x = tₓ = n = 0 and weight 0.
/// </remarks>
public readonly record struct BgBbHistory
{
    /// <summary>Creates a history, validating every field.</summary>
    /// <param name="frequency">x: opportunities with a transaction; 0 ≤ x ≤ tₓ.</param>
    /// <param name="recency">tₓ: the opportunity of the last transaction (0 when x = 0); x ≤ tₓ ≤ n, and tₓ ≥ 1 when x ≥ 1.</param>
    /// <param name="opportunities">n: transaction opportunities observed; zero or more.</param>
    /// <param name="weight">How many customers share this history (or a sampling weight); finite, zero or more. Defaults to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range; the message names it and its value.</exception>
    public BgBbHistory(int frequency, int recency, int opportunities, double weight = 1.0)
    {
        Check(frequency, recency, opportunities, weight);
        Frequency = frequency;
        Recency = recency;
        Opportunities = opportunities;
        Weight = weight;
    }

    /// <summary>x: the number of opportunities with a transaction (repeat transactions).</summary>
    public int Frequency { get; }

    /// <summary>tₓ: the opportunity of the last transaction; 0 when there was none.</summary>
    public int Recency { get; }

    /// <summary>n: the number of transaction opportunities observed.</summary>
    public int Opportunities { get; }

    /// <summary>How many customers share this history (or a sampling weight).</summary>
    public double Weight { get; }

    /// <summary>Validates a history; the messages name the field and its value.</summary>
    internal static void Check(int frequency, int recency, int opportunities, double weight = 1.0)
    {
        if (opportunities < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(opportunities), opportunities, $"The opportunities n must be zero or more, but was {opportunities}.");
        }

        if (frequency < 0 || frequency > opportunities)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, $"The frequency x must be in [0, n = {opportunities}], but was {frequency}.");
        }

        if (frequency == 0 ? recency != 0 : recency < frequency || recency > opportunities)
        {
            string rule = frequency == 0 ? "0 when x = 0" : $"in [x = {frequency}, n = {opportunities}]";
            throw new ArgumentOutOfRangeException(nameof(recency), recency, $"The recency tₓ must be {rule}, but was {recency}.");
        }

        if (!double.IsFinite(weight) || weight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"The weight must be finite and zero or more, but was {weight}.");
        }
    }
}
