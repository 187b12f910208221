using System.Globalization;

namespace CustomerValue.Switching;

/// <summary>
/// Structural bonds (seed 000 篇6: 加强与客户的结构性联系 — the more of a firm's products a customer holds, the more it depends
/// on the firm and the less likely it is to leave) as a switching-cost proxy in [0, 1]:
/// B(n, c) = 1 − (1 − ρ)^(n − 1) · (1 − κ)^(c − 1) for a customer holding n ≥ 1 products in c ≥ 1 product lines, and 0 for
/// n = 0. Each extra product closes the share ρ of the remaining gap to 1 and each extra product line (a cross-holding:
/// an account, a loan and an insurance policy at one bank) the share κ, so the bond rises with diminishing returns:
/// the n-th product adds ρ(1 − ρ)^(n − 2)(1 − κ)^(c − 1), less than the one before.
/// </summary>
/// <remarks>Immutable and thread-safe. The defaults ρ = 0.2 and κ = 0.3 are illustrative, not estimates: fit them, or the
/// churn model's weight on the bond, from labelled history.</remarks>
public sealed record StructuralBond
{
    /// <summary>Creates the bond function.</summary>
    /// <param name="productRate">ρ: the share of the remaining gap closed by each product beyond the first; in (0, 1).</param>
    /// <param name="lineRate">κ: the share closed by each product line beyond the first; in [0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is out of range.</exception>
    public StructuralBond(double productRate, double lineRate)
    {
        if (!(productRate > 0 && productRate < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(productRate), productRate, string.Create(CultureInfo.InvariantCulture, $"The product rate must be in (0, 1), but was {productRate}."));
        }

        if (!(lineRate >= 0 && lineRate < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(lineRate), lineRate, string.Create(CultureInfo.InvariantCulture, $"The product-line rate must be in [0, 1), but was {lineRate}."));
        }

        ProductRate = productRate;
        LineRate = lineRate;
    }

    /// <summary>ρ = 0.2, κ = 0.3.</summary>
    public static StructuralBond Default { get; } = new(0.2, 0.3);

    /// <summary>ρ: the share of the remaining gap closed by each product beyond the first.</summary>
    public double ProductRate { get; }

    /// <summary>κ: the share of the remaining gap closed by each product line beyond the first.</summary>
    public double LineRate { get; }

    /// <summary>The bond B(n, c) of a customer holding <paramref name="productsHeld"/> products in <paramref name="productLines"/> lines.</summary>
    /// <param name="productsHeld">n: products held; zero or more.</param>
    /// <param name="productLines">c: distinct product lines among them; between 1 and n (0 when n = 0).</param>
    /// <returns>The bond, in [0, 1); 0 for one product or none.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the lines are not between 1 and the products held.</exception>
    public double Score(int productsHeld, int productLines)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(productsHeld);
        if (productsHeld == 0 ? productLines != 0 : productLines < 1 || productLines > productsHeld)
        {
            throw new ArgumentOutOfRangeException(nameof(productLines), productLines, $"The product lines must be between 1 and the {productsHeld} products held (0 when none are held), but were {productLines}.");
        }

        if (productsHeld == 0)
        {
            return 0.0;
        }

        return 1.0 - (Math.Pow(1.0 - ProductRate, productsHeld - 1) * Math.Pow(1.0 - LineRate, productLines - 1));
    }
}
