namespace CustomerValue;

/// <summary>
/// Orders customer ids naturally and consistently: whole-number ids come first, compared as numbers ("2" before "10",
/// ties such as "07" and "7" broken ordinally); all other ids follow, compared ordinally. Used wherever the library
/// returns customers in a defined order.
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
        bool xIsNumber = long.TryParse(x, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long a);
        bool yIsNumber = long.TryParse(y, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long b);
        if (xIsNumber != yIsNumber)
        {
            return xIsNumber ? -1 : 1;
        }

        int byNumber = xIsNumber ? a.CompareTo(b) : 0;
        return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
    }
}
