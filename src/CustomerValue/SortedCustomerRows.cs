namespace CustomerValue;

/// <summary>
/// One partition's per-customer rows (summaries or calibration/holdout rows) sorted by <see cref="CustomerIdSortKey"/>,
/// with its count of customers that have no row; partitions hold disjoint customers, so merging them is a plain k-way merge.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class SortedCustomerRows<T>
{
    /// <summary>Sorts the first <paramref name="count"/> rows by their keys (in place) and keeps them.</summary>
    public SortedCustomerRows(CustomerIdSortKey[] keys, T[] rows, int count, int startingLater, int withoutPurchases)
    {
        Array.Sort(keys, rows, 0, count);
        Keys = keys;
        Rows = rows;
        Count = count;
        StartingLater = startingLater;
        WithoutPurchases = withoutPurchases;
    }

    /// <summary>The sort keys; the first <see cref="Count"/> are used.</summary>
    public CustomerIdSortKey[] Keys { get; }

    /// <summary>The rows, in key order; the first <see cref="Count"/> are used.</summary>
    public T[] Rows { get; }

    /// <summary>How many rows.</summary>
    public int Count { get; }

    /// <summary>Customers whose first purchase comes after the (calibration) end.</summary>
    public int StartingLater { get; }

    /// <summary>Customers with returns only.</summary>
    public int WithoutPurchases { get; }

    /// <summary>Merges partitions of disjoint customers into one array in <see cref="CustomerIdComparer"/> order.</summary>
    public static T[] Merge(IReadOnlyList<SortedCustomerRows<T>> parts)
    {
        if (parts.Count == 1 && parts[0].Count == parts[0].Rows.Length)
        {
            return parts[0].Rows;
        }

        int total = 0;
        foreach (SortedCustomerRows<T> part in parts)
        {
            total += part.Count;
        }

        var merged = new T[total];
        int[] heads = new int[parts.Count];
        for (int next = 0; next < total; next++)
        {
            int best = -1;
            for (int p = 0; p < parts.Count; p++)
            {
                if (heads[p] < parts[p].Count && (best < 0 || parts[p].Keys[heads[p]].CompareTo(parts[best].Keys[heads[best]]) < 0))
                {
                    best = p;
                }
            }

            merged[next] = parts[best].Rows[heads[best]++];
        }

        return merged;
    }
}
