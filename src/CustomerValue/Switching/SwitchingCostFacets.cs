using System.Diagnostics.CodeAnalysis;

namespace CustomerValue.Switching;

/// <summary>
/// The facet typology as data: the canonical order of the eight facets, the group of each, and the snake_case names used as
/// CSV columns and on the command line (<c>economic_risk</c>, <c>evaluation</c>, <c>learning</c>, <c>setup</c>,
/// <c>benefit_loss</c>, <c>monetary_loss</c>, <c>personal_relationship</c>, <c>brand_relationship</c>).
/// </summary>
/// <remarks>Pure functions over immutable tables; thread-safe.</remarks>
public static class SwitchingCostFacets
{
    /// <summary>The number of facets, 8.</summary>
    public const int Count = 8;

    private static readonly string[] Names =
        ["economic_risk", "evaluation", "learning", "setup", "benefit_loss", "monetary_loss", "personal_relationship", "brand_relationship"];

    private static readonly string[] GroupNames = ["procedural", "financial", "relational"];

    /// <summary>The eight facets in canonical order.</summary>
    public static IReadOnlyList<SwitchingCostFacet> All { get; } = Array.AsReadOnly(Enum.GetValues<SwitchingCostFacet>());

    /// <summary>The snake_case column names of the eight facets in canonical order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = Array.AsReadOnly(Names);

    /// <summary>The group a facet belongs to: economic risk, evaluation, learning and setup are procedural; benefit and monetary loss financial; personal and brand relationship loss relational.</summary>
    /// <param name="facet">The facet.</param>
    /// <returns>Its group.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="facet"/> is not a defined facet.</exception>
    public static SwitchingCostGroup GroupOf(SwitchingCostFacet facet) => Index(facet) switch
    {
        < 4 => SwitchingCostGroup.Procedural,
        < 6 => SwitchingCostGroup.Financial,
        _ => SwitchingCostGroup.Relational,
    };

    /// <summary>The facets of a group, in canonical order.</summary>
    /// <param name="group">The group.</param>
    /// <returns>A new read-only list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined group.</exception>
    public static IReadOnlyList<SwitchingCostFacet> FacetsOf(SwitchingCostGroup group)
    {
        _ = GroupName(group);
        return Array.AsReadOnly(All.Where(f => GroupOf(f) == group).ToArray());
    }

    /// <summary>The snake_case name of a facet, for example <c>personal_relationship</c>.</summary>
    /// <param name="facet">The facet.</param>
    /// <returns>The column name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="facet"/> is not a defined facet.</exception>
    public static string ColumnName(SwitchingCostFacet facet) => Names[Index(facet)];

    /// <summary>The lower-case name of a group: <c>procedural</c>, <c>financial</c> or <c>relational</c>.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined group.</exception>
    public static string GroupName(SwitchingCostGroup group) =>
        (int)group is >= 0 and < 3 ? GroupNames[(int)group] : throw new ArgumentOutOfRangeException(nameof(group), group, $"{group} is not a switching-cost group.");

    /// <summary>
    /// Finds a facet by its column name (<c>benefit_loss</c>), its enum name (<c>BenefitLoss</c>) or its column name without the
    /// <c>_loss</c> or <c>_relationship</c> suffix (<c>benefit</c>, <c>personal</c>), ignoring case and the difference between '-' and '_'.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="facet">The facet, when found.</param>
    /// <returns>True when the name is a facet's.</returns>
    public static bool TryParse(string? name, [NotNullWhen(true)] out SwitchingCostFacet? facet)
    {
        facet = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        string key = name.Trim().Replace('-', '_');
        for (int i = 0; i < Count; i++)
        {
            var candidate = (SwitchingCostFacet)i;
            if (string.Equals(key, Names[i], StringComparison.OrdinalIgnoreCase)
                || string.Equals(key, candidate.ToString(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(key + "_loss", Names[i], StringComparison.OrdinalIgnoreCase)
                || string.Equals(key + "_relationship", Names[i], StringComparison.OrdinalIgnoreCase))
            {
                facet = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The facet's index 0–7, checked.</summary>
    internal static int Index(SwitchingCostFacet facet) =>
        (int)facet is >= 0 and < Count ? (int)facet : throw new ArgumentOutOfRangeException(nameof(facet), facet, $"{facet} is not a switching-cost facet.");
}
