namespace CustomerValue.Orleans;

/// <summary>
/// The ranking of the value strategies: by value, highest first, equal values in natural id order
/// (<see cref="CustomerIdComparer"/>); and an order-preserving map of doubles onto longs for bisection over values.
/// </summary>
internal static class RankKey
{
    /// <summary>Compares (value, id) pairs in rank order: negative when the first ranks before the second.</summary>
    public static int Compare(double value, string id, double otherValue, string otherId)
    {
        int byValue = otherValue.CompareTo(value);
        return byValue != 0 ? byValue : CustomerIdComparer.Instance.Compare(id, otherId);
    }

    /// <summary>True when (value, id) ranks at or after (boundaryValue, boundaryId).</summary>
    public static bool AtOrAfter(double value, string id, double boundaryValue, string boundaryId) =>
        Compare(value, id, boundaryValue, boundaryId) >= 0;

    /// <summary>A long that orders like <paramref name="value"/> (finite; −0 and +0 map to one key).</summary>
    public static long ToOrdered(double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value == 0 ? 0.0 : value);
        return bits >= 0 ? bits : bits ^ long.MaxValue;
    }

    /// <summary>The double whose <see cref="ToOrdered"/> is <paramref name="key"/>.</summary>
    public static double FromOrdered(long key) => BitConverter.Int64BitsToDouble(key >= 0 ? key : key ^ long.MaxValue);
}
