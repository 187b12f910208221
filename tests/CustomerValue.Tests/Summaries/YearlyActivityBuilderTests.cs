namespace CustomerValue.Tests.Summaries;

public sealed class YearlyActivityBuilderTests
{
    [Fact]
    public void Counts_occasions_products_units_and_spend_per_calendar_year()
    {
        var builder = new YearlyActivityBuilder();
        builder.AddRange([
            new Transaction("a", new DateTime(2023, 12, 31), 10m, 1, "x"),
            new Transaction("a", new DateTime(2024, 1, 2, 9, 0, 0), 20m, 2, "x"),
            new Transaction("a", new DateTime(2024, 1, 2, 17, 0, 0), 5m, 1, "y"),
            new Transaction("a", new DateTime(2024, 3, 1), 8m, 3, "z"),
            new Transaction("a", new DateTime(2024, 3, 9), -5m, 1, "y"),
            new Transaction("b", new DateTime(2024, 5, 1), 1m, 1),
        ]);

        Assert.Equal(
            [
                new YearlyActivity("a", 2023, 1, 1, 1m, 10m),
                new YearlyActivity("a", 2024, 2, 3, 5m, 28m),
                new YearlyActivity("b", 2024, 1, 0, 1m, 1m),
            ],
            builder.Build());
    }
}
