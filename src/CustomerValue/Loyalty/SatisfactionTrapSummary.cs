namespace CustomerValue.Loyalty;

/// <summary>How many satisfied customers are not loyal: the size of the satisfaction trap in a population.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Customers">Customers examined.</param>
/// <param name="Satisfied">Customers at or above the satisfaction threshold.</param>
/// <param name="Loyal">Customers at or above the loyalty threshold.</param>
/// <param name="SatisfiedNotLoyal">Satisfied customers below the loyalty threshold: the trapped ones.</param>
public sealed record SatisfactionTrapSummary(int Customers, int Satisfied, int Loyal, int SatisfiedNotLoyal)
{
    /// <summary>SatisfiedNotLoyal / Satisfied (seed 002: 65–85 % in Bain's survey), or null when no customer is satisfied.</summary>
    public double? TrapRate => Satisfied > 0 ? (double)SatisfiedNotLoyal / Satisfied : null;
}
