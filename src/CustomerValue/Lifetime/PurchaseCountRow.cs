namespace CustomerValue.Lifetime;

/// <summary>One bar of the repeat-purchase histogram: how many customers made a given number of repeat purchases, actual and expected by the model.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Count">The number of repeat purchases (the lower bound when <paramref name="IsOpenEnded"/>).</param>
/// <param name="IsOpenEnded">Whether the bar gathers every count of <paramref name="Count"/> or more.</param>
/// <param name="ActualCustomers">Customers observed with this count.</param>
/// <param name="ExpectedCustomers">Σᵢ P(X(Tᵢ) = count) over the customers, each at its own age Tᵢ.</param>
public readonly record struct PurchaseCountRow(int Count, bool IsOpenEnded, int ActualCustomers, double ExpectedCustomers);
