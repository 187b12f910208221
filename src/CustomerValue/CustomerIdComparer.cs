namespace CustomerValue;

/// <summary>
/// Orders customer ids naturally: ids that are both whole numbers compare as numbers ("2" before "10"),
/// any other pair compares ordinally. Used wherever the library returns customers in a defined order.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class CustomerIdComparer : IComparer<string>
{
    /// <summary>The single instance.</summary>
    public static CustomerIdComparer Instance { get; } = new();

    private CustomerIdComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (long.TryParse(x, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long a)
            && long.TryParse(y, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long b))
        {
            int byNumber = a.CompareTo(b);
            return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
        }

        return string.CompareOrdinal(x, y);
    }
}
