using FsCheck;
using FsCheck.Fluent;

namespace CustomerValue.Tests.IO;

/// <summary>Generators for valid summaries.</summary>
internal static class SummaryArbitraries
{
    public static Arbitrary<CustomerSummary> Summary()
    {
        Gen<string> ids = ArbMap.Default.GeneratorFor<NonEmptyString>()
            .Select(s => s.Get)
            .Where(s => !string.IsNullOrWhiteSpace(s));
        Gen<double> ages = ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => Math.Abs(f.Get));
        Gen<double> shares = Gen.Elements(0.0, 1.0, 0.5, 1.0 / 3.0, 0.999999);
        Gen<double> money = ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get);
        Gen<CustomerSummary> gen =
            from id in ids
            from frequency in Gen.Choose(0, 1000)
            from t in ages
            from share in shares
            from m in money
            select new CustomerSummary(id, frequency, t * share, t, frequency == 0 ? 0.0 : m);
        return Arb.From(gen);
    }
}
