namespace CustomerValue.Segmentation;

/// <summary>What the cut points of a <see cref="TierOptions"/> are shares of.</summary>
public enum TierBasis
{
    /// <summary>
    /// Shares of the customers: with customers ranked by value, a customer is in the tier that holds the share of customers
    /// ranked before it. The three-tier and four-tier splits and customer-count deciles. Any finite values.
    /// </summary>
    Customers = 0,

    /// <summary>
    /// Shares of the total value: with customers ranked by value, a customer is in the tier that holds the value share of the
    /// customers ranked before it, so each tier holds about its share of the value (revenue and purchase deciles, where the
    /// first band has few customers and the last very many). Values must be 0 or more.
    /// </summary>
    Value = 1,
}
