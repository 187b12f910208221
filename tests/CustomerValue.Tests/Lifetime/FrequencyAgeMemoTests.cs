using CustomerValue.Lifetime;

namespace CustomerValue.Tests.Lifetime;

/// <summary>The batch memo of (x, T) factors: what it returns, and when it stops looking.</summary>
public sealed class FrequencyAgeMemoTests
{
    [Fact]
    public void Stored_pairs_are_found_and_a_second_store_keeps_the_first_value()
    {
        var memo = new FrequencyAgeMemo(100);
        try
        {
            memo.Add(3, 38.5, 1.25);
            memo.Add(3, 38.5, 9.0);
            memo.Add(4, 38.5, 2.5);
            Assert.True(memo.TryGet(3, 38.5, out double value));
            Assert.Equal(1.25, value);
            Assert.True(memo.TryGet(4, 38.5, out value));
            Assert.Equal(2.5, value);
            Assert.False(memo.TryGet(3, 38.6, out _));
            Assert.False(memo.TryGet(5, 38.5, out _));
        }
        finally
        {
            memo.Dispose();
        }
    }

    [Fact]
    public void A_full_memo_that_rarely_finds_a_pair_stops_looking()
    {
        // 16 slots (8 stored pairs) are full at once; then a window of lookups that all miss turns it off, and from then
        // on even a stored pair is not looked up (the caller computes it again, to the same value).
        var memo = new FrequencyAgeMemo(1);
        try
        {
            for (int i = 0; i < 8; i++)
            {
                memo.Add(0, i, i);
            }

            Assert.True(memo.TryGet(0, 1, out double value));
            Assert.Equal(1, value);
            for (int i = 0; i < 4096; i++)
            {
                Assert.False(memo.TryGet(1, 1000 + i, out _));
            }

            Assert.False(memo.TryGet(0, 1, out _));
        }
        finally
        {
            memo.Dispose();
        }
    }

    [Fact]
    public void A_full_memo_that_keeps_finding_pairs_keeps_looking()
    {
        var memo = new FrequencyAgeMemo(1);
        try
        {
            for (int i = 0; i < 8; i++)
            {
                memo.Add(0, i, i);
            }

            for (int i = 0; i < 3 * 4096; i++)
            {
                bool stored = i % 4 == 0;
                Assert.Equal(stored, memo.TryGet(0, stored ? i % 8 : 1000 + i, out _));
            }
        }
        finally
        {
            memo.Dispose();
        }
    }
}
