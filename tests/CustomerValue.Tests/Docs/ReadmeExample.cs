// The README's usage example, compiled. ReadmeExampleTests checks that the README shows exactly the lines between the
// markers (the using lines at the top of the README block are the two below).
using CustomerValue.IO;

namespace CustomerValue.Tests.Docs;

internal static class ReadmeExample
{
    public static void Run()
    {
        // README-BEGIN
        // Summarise a log: purchases on the same day merge; recency and T in weeks.
        var builder = new CustomerSummaryBuilder(TimePeriod.Day);
        builder.AddRange(new TransactionLogReader().ReadFile("transactions.csv"));
        CustomerSummarySet summaries = builder.Build(new SummaryOptions(new DateTime(1997, 9, 30)) { Unit = TimePeriod.Week });

        foreach (CustomerSummary c in summaries.Customers.Take(3))
        {
            Console.WriteLine($"{c.CustomerId}: x={c.Frequency} t_x={c.Recency:F2} T={c.T:F2} m={c.MonetaryValue:F2}");
        }

        // README-END
    }
}
