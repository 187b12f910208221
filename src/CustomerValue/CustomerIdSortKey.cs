using System.Globalization;

namespace CustomerValue;

/// <summary>
/// A customer id with its <see cref="CustomerIdComparer"/> order precomputed: whether it is a whole number and which,
/// and its first eight UTF-16 code units packed big-endian into two integers (which order as the ordinal comparison of
/// those code units). Sorting millions of customers then parses each id once and seldom reads the strings themselves,
/// which in a large heap costs a cache miss per comparison. Orders exactly as <see cref="CustomerIdComparer.Compare"/>:
/// when the packed prefixes tie (or the numbers do, as for "7" and "07") the ids are compared ordinally.
/// </summary>
internal readonly struct CustomerIdSortKey : IComparable<CustomerIdSortKey>
{
    private readonly ulong _head;
    private readonly ulong _next;
    private readonly long _number;
    private readonly bool _isNumber;

    /// <summary>Creates the key of <paramref name="id"/>.</summary>
    public CustomerIdSortKey(string id)
    {
        Id = id;
        _isNumber = long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _number);
        _head = Pack(id, 0);
        _next = Pack(id, 4);
    }

    /// <summary>The customer id.</summary>
    public string Id { get; }

    /// <inheritdoc />
    public int CompareTo(CustomerIdSortKey other)
    {
        if (_isNumber != other._isNumber)
        {
            return _isNumber ? -1 : 1;
        }

        int order = _isNumber ? _number.CompareTo(other._number) : _head != other._head ? _head.CompareTo(other._head) : _next.CompareTo(other._next);
        return order != 0 ? order : string.CompareOrdinal(Id, other.Id);
    }

    /// <summary>Code units <paramref name="from"/> to <paramref name="from"/> + 3, big-endian; missing ones count as 0.</summary>
    private static ulong Pack(string id, int from)
    {
        ulong packed = 0;
        for (int i = from; i < from + 4; i++)
        {
            packed = (packed << 16) | (i < id.Length ? id[i] : 0u);
        }

        return packed;
    }
}
