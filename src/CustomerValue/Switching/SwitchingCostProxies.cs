namespace CustomerValue.Switching;

/// <summary>
/// Measured proxies of switching costs, for customers who answered no survey: the value of the points balance and of the
/// tenure perks that leaving forfeits, the fees and sunk outlays of leaving, the products and product lines held, and the
/// years with the firm. <see cref="ToFacetScores"/> maps them onto the eight facets with the documented saturating
/// normalisation of <see cref="ProxyNormalization"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SwitchingCostProxies
{
    /// <summary>Creates the proxies, validating each.</summary>
    /// <param name="pointsBalanceValue">Money value of the loyalty-points balance; finite, zero or more.</param>
    /// <param name="tenurePerksValue">Money value of the tenure perks and discounts lost on leaving; finite, zero or more.</param>
    /// <param name="contractFees">Exit fees, deposits and sunk purchases lost on leaving (money); finite, zero or more.</param>
    /// <param name="productsHeld">Products held; zero or more.</param>
    /// <param name="productLines">Distinct product lines among them (cross-holdings); 1 to <paramref name="productsHeld"/>, 0 when none.</param>
    /// <param name="yearsWithFirm">Tenure in years; finite, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names it.</exception>
    public SwitchingCostProxies(double pointsBalanceValue, double tenurePerksValue, double contractFees, int productsHeld, int productLines, double yearsWithFirm)
    {
        PointsBalanceValue = SwitchingChecks.NonNegative(pointsBalanceValue, nameof(pointsBalanceValue), "The points balance value");
        TenurePerksValue = SwitchingChecks.NonNegative(tenurePerksValue, nameof(tenurePerksValue), "The tenure perks value");
        ContractFees = SwitchingChecks.NonNegative(contractFees, nameof(contractFees), "The contract fees");
        _ = StructuralBond.Default.Score(productsHeld, productLines);
        ProductsHeld = productsHeld;
        ProductLines = productLines;
        YearsWithFirm = SwitchingChecks.NonNegative(yearsWithFirm, nameof(yearsWithFirm), "The years with the firm");
    }

    /// <summary>Money value of the loyalty-points balance.</summary>
    public double PointsBalanceValue { get; }

    /// <summary>Money value of the tenure perks and discounts lost on leaving.</summary>
    public double TenurePerksValue { get; }

    /// <summary>Exit fees, deposits and sunk purchases lost on leaving.</summary>
    public double ContractFees { get; }

    /// <summary>Products held.</summary>
    public int ProductsHeld { get; }

    /// <summary>Distinct product lines held.</summary>
    public int ProductLines { get; }

    /// <summary>Tenure in years.</summary>
    public double YearsWithFirm { get; }

    /// <summary>
    /// The eight facet scores the proxies imply, with h(x; H) = x/(x + H) (0 at 0, ½ at the half-saturation H, towards 1):
    /// learning = h(years; <see cref="ProxyNormalization.TenureHalfYears"/>); setup = the structural bond of the products and
    /// lines held; benefit loss = h(points + perks; <see cref="ProxyNormalization.BenefitHalfValue"/>); monetary loss =
    /// h(fees; <see cref="ProxyNormalization.FeeHalfValue"/>); brand relationship = h(years;
    /// <see cref="ProxyNormalization.BrandHalfYears"/>). Economic risk, evaluation and personal relationship have no proxy:
    /// they take the score from <paramref name="measured"/> when given (for example a partial survey), else
    /// <see cref="ProxyNormalization.UnmeasuredScore"/>.
    /// </summary>
    /// <param name="normalization">The half-saturation constants; null for <see cref="ProxyNormalization.Default"/>.</param>
    /// <param name="measured">Scores for the facets that have no proxy; null to use the unmeasured score.</param>
    /// <returns>The facet scores, each in [0, 1].</returns>
    public FacetScores ToFacetScores(ProxyNormalization? normalization = null, FacetScores? measured = null)
    {
        ProxyNormalization n = normalization ?? ProxyNormalization.Default;
        Span<double> s = stackalloc double[SwitchingCostFacets.Count];
        s[(int)SwitchingCostFacet.EconomicRisk] = measured?[SwitchingCostFacet.EconomicRisk] ?? n.UnmeasuredScore;
        s[(int)SwitchingCostFacet.Evaluation] = measured?[SwitchingCostFacet.Evaluation] ?? n.UnmeasuredScore;
        s[(int)SwitchingCostFacet.Learning] = ProxyNormalization.Saturate(YearsWithFirm, n.TenureHalfYears);
        s[(int)SwitchingCostFacet.Setup] = n.Bond.Score(ProductsHeld, ProductLines);
        s[(int)SwitchingCostFacet.BenefitLoss] = ProxyNormalization.Saturate(PointsBalanceValue + TenurePerksValue, n.BenefitHalfValue);
        s[(int)SwitchingCostFacet.MonetaryLoss] = ProxyNormalization.Saturate(ContractFees, n.FeeHalfValue);
        s[(int)SwitchingCostFacet.PersonalRelationship] = measured?[SwitchingCostFacet.PersonalRelationship] ?? n.UnmeasuredScore;
        s[(int)SwitchingCostFacet.BrandRelationship] = ProxyNormalization.Saturate(YearsWithFirm, n.BrandHalfYears);
        return new FacetScores(s);
    }
}
