using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace CustomerValue.Lifetime;

/// <summary>
/// A batch-local memo of a value that depends on a customer's frequency x and one time (its age T or recency tₓ) only,
/// such as the expected purchases of a customer known to be alive. Summaries built from a log hold whole periods, so a
/// million customers share a few thousand (x, T) pairs and a batch computes each expensive value once.
/// </summary>
/// <remarks>
/// An open-addressing table rented from <see cref="ArrayPool{T}"/> (nothing is allocated per customer). It stops taking
/// entries at half capacity, after which a miss is simply computed again: the table never grows and never evicts. Once
/// it is full it counts its lookups, and when fewer than one in <see cref="MinHitShare"/> of a window of
/// <see cref="Window"/> are found (pairs rarely repeat, as with ages in fractions of a day) it stops looking: a probe of
/// a large table is a cache miss, and every later lookup then misses at once. A value is exactly what the caller
/// computed, so the results do not depend on whether it was found. Not thread-safe: one memo per batch call (and per parallel block), held in a plain
/// local (a `using` local would be read-only and <see cref="TryGet"/> and <see cref="Add"/> would change a copy) and
/// disposed in a finally block.
/// </remarks>
internal ref struct FrequencyAgeMemo
{
    private const int MaxCapacity = 1 << 16;

    /// <summary>Lookups per window of the hit count.</summary>
    private const int Window = 4096;

    /// <summary>The memo keeps looking while at least one lookup in this many of a window is found.</summary>
    private const int MinHitShare = 8;

    private Entry[]? _entries;
    private readonly int _shift;
    private int _free;
    private int _lookups;
    private int _hits;
    private bool _bypassed;

    /// <summary>Rents a table sized for a batch of <paramref name="customers"/>: twice that, to a power of two, at most 65,536.</summary>
    public FrequencyAgeMemo(int customers)
    {
        int capacity = (int)Math.Min(MaxCapacity, BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * customers)));
        _entries = ArrayPool<Entry>.Shared.Rent(capacity);
        Array.Clear(_entries, 0, capacity);
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _free = capacity / 2;
    }

    /// <summary>Looks up the value for (x, time); false when it was not stored or the memo has stopped looking.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(int frequency, double time, out double value)
    {
        if (_bypassed)
        {
            value = 0;
            return false;
        }

        bool found = Find(frequency, time, out value);
        if (_free == 0)
        {
            _hits += found ? 1 : 0;
            if (++_lookups == Window)
            {
                _bypassed = _hits * MinHitShare < Window;
                _lookups = _hits = 0;
            }
        }

        return found;
    }

    /// <summary>Stores the value for (x, time) unless the table is half full or already holds the pair.</summary>
    public void Add(int frequency, double time, double value)
    {
        if (_free == 0)
        {
            return;
        }

        Entry[] entries = _entries!;
        int mask = (1 << (64 - _shift)) - 1;
        int i = Slot(frequency, time);
        for (; entries[i].FrequencyPlusOne != 0; i = (i + 1) & mask)
        {
            if (entries[i].FrequencyPlusOne == frequency + 1 && entries[i].Time.Equals(time))
            {
                return;
            }
        }

        entries[i] = new Entry(frequency + 1, time, value);
        _free--;
    }

    /// <summary>Returns the table to the pool.</summary>
    public void Dispose()
    {
        if (_entries is { } entries)
        {
            ArrayPool<Entry>.Shared.Return(entries);
            _entries = null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool Find(int frequency, double time, out double value)
    {
        Entry[] entries = _entries!;
        int mask = (1 << (64 - _shift)) - 1;
        for (int i = Slot(frequency, time); ; i = (i + 1) & mask)
        {
            ref Entry entry = ref entries[i];
            if (entry.FrequencyPlusOne == 0)
            {
                value = 0;
                return false;
            }

            if (entry.FrequencyPlusOne == frequency + 1 && entry.Time.Equals(time))
            {
                value = entry.Value;
                return true;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int Slot(int frequency, double time)
    {
        // Fibonacci hashing of the time's bits mixed with the frequency; the top bits index the table.
        ulong key = (ulong)BitConverter.DoubleToInt64Bits(time) ^ ((ulong)(uint)frequency * 0xC2B2AE3D27D4EB4FUL);
        return (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
    }

    private readonly record struct Entry(int FrequencyPlusOne, double Time, double Value);
}
