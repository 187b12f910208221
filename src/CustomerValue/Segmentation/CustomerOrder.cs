using System.Globalization;

namespace CustomerValue.Segmentation;

/// <summary>
/// The natural customer-id order the segmentation strategies break ties with: ids that are whole numbers compare as
/// numbers ("2" before "10"), other ids ordinally, and when both kinds occur the numeric ids come first. It agrees with
/// <see cref="CustomerIdComparer"/> whenever the ids are all numeric or all not, and unlike it stays a total order on
/// mixed ids, so sorting never depends on the input order.
/// </summary>
internal static class CustomerOrder
{
    public static int Compare(string x, string y)
    {
        bool xNumeric = TryNumber(x, out long a);
        bool yNumeric = TryNumber(y, out long b);
        if (xNumeric != yNumeric)
        {
            return xNumeric ? -1 : 1;
        }

        int byNumber = xNumeric ? a.CompareTo(b) : 0;
        return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
    }

    /// <summary>The permutation that sorts <paramref name="ids"/> naturally.</summary>
    public static int[] Sort(string[] ids)
    {
        var numbers = new long[ids.Length];
        var numeric = new bool[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            numeric[i] = TryNumber(ids[i], out numbers[i]);
        }

        var comparer = new KeyComparer(ids, numbers, numeric);
        int[] order = Identity(ids.Length);
        if (!IsSorted(comparer, ids.Length))
        {
            order.AsSpan().Sort(comparer);
        }

        return order;
    }

    /// <summary>0, 1, …, <paramref name="count"/> − 1.</summary>
    public static int[] Identity(int count)
    {
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
        }

        return order;
    }

    /// <summary>True when the ids already come in strictly increasing natural order (the usual case: one pass, no sort).</summary>
    private static bool IsSorted(KeyComparer comparer, int count)
    {
        for (int i = 1; i < count; i++)
        {
            if (comparer.Compare(i - 1, i) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryNumber(string id, out long number) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private readonly struct KeyComparer(string[] ids, long[] numbers, bool[] numeric) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            if (numeric[x] != numeric[y])
            {
                return numeric[x] ? -1 : 1;
            }

            int byNumber = numeric[x] ? numbers[x].CompareTo(numbers[y]) : 0;
            return byNumber != 0 ? byNumber : string.CompareOrdinal(ids[x], ids[y]);
        }
    }
}
