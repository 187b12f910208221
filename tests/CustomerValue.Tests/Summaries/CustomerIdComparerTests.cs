using FsCheck.Xunit;

namespace CustomerValue.Tests.Summaries;

public sealed class CustomerIdComparerTests
{
    [Fact]
    public void Numbers_come_first_in_numeric_order_then_other_ids_ordinally()
    {
        string[] ids = ["b", "10", "1a", "2", "07", "7", "A"];
        Array.Sort(ids, CustomerIdComparer.Instance);
        Assert.Equal(["2", "07", "7", "10", "1a", "A", "b"], ids);
    }

    [Property(MaxTest = 300)]
    public bool The_order_is_transitive_and_antisymmetric(byte x, byte y, byte z, bool wordX, bool wordY, bool wordZ)
    {
        string Id(byte n, bool word) => word ? $"{n % 30}x" : $"{n % 30}";
        string a = Id(x, wordX), b = Id(y, wordY), c = Id(z, wordZ);
        var cmp = CustomerIdComparer.Instance;
        bool antisymmetric = Math.Sign(cmp.Compare(a, b)) == -Math.Sign(cmp.Compare(b, a));
        bool transitive = !(cmp.Compare(a, b) <= 0 && cmp.Compare(b, c) <= 0) || cmp.Compare(a, c) <= 0;
        return antisymmetric && transitive;
    }
}
