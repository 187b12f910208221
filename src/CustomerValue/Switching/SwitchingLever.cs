namespace CustomerValue.Switching;

/// <summary>What a <see cref="SwitchingChange"/> moves.</summary>
public enum SwitchingLever
{
    /// <summary>One switching-cost facet.</summary>
    Facet = 0,

    /// <summary>All eight facets by the same amount (the total switching cost, one point at a time).</summary>
    AllFacets = 1,

    /// <summary>Satisfaction.</summary>
    Satisfaction = 2,
}
