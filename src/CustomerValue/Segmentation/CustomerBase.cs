using System.Globalization;
using CustomerValue.Lifetime;

namespace CustomerValue.Segmentation;

/// <summary>
/// A customer base built from a transaction log (or from customer summaries), with the default input of every segmentation
/// strategy, so that each strategy runs from a log alone: total net spend as value, RFM features, log-RFM attributes,
/// profit, activity windows and value components from a default lifetime-value fit.
/// </summary>
/// <remarks>
/// <para>
/// From a log, a purchase occasion is a calendar day with a purchase (a non-negative amount); returns (negative amounts)
/// count in net spend but make no occasion. Transactions after the observation end are ignored; customers with returns only
/// are left out and counted in <see cref="CustomersWithoutPurchases"/>. Times are in days.
/// </para>
/// <para>Immutable and thread-safe. Customers are in natural id order.</para>
/// </remarks>
public sealed class CustomerBase
{
    private readonly CustomerActivity[] _customers;
    private readonly CustomerSummary[] _summaries;
    private readonly Dictionary<string, (int Day, decimal Amount)[]>? _transactions;
    private readonly int _endDay;

    private CustomerBase(CustomerActivity[] customers, CustomerSummary[] summaries, Dictionary<string, (int Day, decimal Amount)[]>? transactions, DateTime? end, int withoutPurchases)
    {
        _customers = customers;
        _summaries = summaries;
        _transactions = transactions;
        ObservationEnd = end;
        _endDay = end is { } e ? DayNumber(e) : 0;
        CustomersWithoutPurchases = withoutPurchases;
    }

    /// <summary>Every customer with at least one purchase, in natural id order.</summary>
    public IReadOnlyList<CustomerActivity> Customers => _customers;

    /// <summary>Each customer's summary (frequency, recency, T, mean repeat spend; in weeks for a log), in the same order.</summary>
    public IReadOnlyList<CustomerSummary> Summaries => _summaries;

    /// <summary>The last day of observation, or null for a base built from summaries.</summary>
    public DateTime? ObservationEnd { get; }

    /// <summary>Customers of the log with returns only up to the observation end: not in <see cref="Customers"/>.</summary>
    public int CustomersWithoutPurchases { get; }

    /// <summary>Builds the base from a transaction log.</summary>
    /// <param name="transactions">The log, in any order.</param>
    /// <param name="observationEnd">The last day of observation (inclusive); by default the day of the latest transaction.</param>
    /// <returns>The customer base.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is null.</exception>
    /// <exception cref="ArgumentException">No customer has a purchase on or before the observation end.</exception>
    public static CustomerBase FromTransactions(IEnumerable<Transaction> transactions, DateTime? observationEnd = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        var byCustomer = new Dictionary<string, List<(int Day, decimal Amount)>>(StringComparer.Ordinal);
        var builder = new CustomerSummaryBuilder(TimePeriod.Day);
        DateTime latest = DateTime.MinValue;
        foreach (Transaction transaction in transactions)
        {
            if (!byCustomer.TryGetValue(transaction.CustomerId, out List<(int Day, decimal Amount)>? rows))
            {
                rows = [];
                byCustomer.Add(transaction.CustomerId, rows);
            }

            rows.Add((DayNumber(transaction.Timestamp), transaction.Amount));
            builder.Add(transaction);
            latest = transaction.Timestamp > latest ? transaction.Timestamp : latest;
        }

        DateTime end = (observationEnd ?? latest).Date;
        int endDay = DayNumber(end);
        var kept = new Dictionary<string, (int Day, decimal Amount)[]>(StringComparer.Ordinal);
        var customers = new List<CustomerActivity>(byCustomer.Count);
        int withoutPurchases = 0;
        foreach ((string id, List<(int Day, decimal Amount)> rows) in byCustomer)
        {
            (int Day, decimal Amount)[] observed = [.. rows.Where(r => r.Day <= endDay).OrderBy(r => r.Day)];
            if (observed.Length == 0)
            {
                continue;
            }

            if (!observed.Any(r => r.Amount >= 0))
            {
                withoutPurchases++;
                continue;
            }

            kept.Add(id, observed);
            customers.Add(Activity(id, observed, endDay));
        }

        if (customers.Count == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"No customer has a purchase on or before {end:yyyy-MM-dd}."), nameof(transactions));
        }

        customers.Sort(static (x, y) => CustomerOrder.Compare(x.CustomerId, y.CustomerId));
        CustomerSummary[] summaries = InOrder(customers, builder.Build(new SummaryOptions(end) { Unit = TimePeriod.Week }).Customers);
        return new CustomerBase([.. customers], summaries, kept, end, withoutPurchases);
    }

    /// <summary>
    /// Builds the base from customer summaries: purchases x + 1, recency T − t_x, age T, and spend x · m̄ (the repeat spend:
    /// a summary does not hold the first purchase's spend). Activity windows are not available.
    /// </summary>
    /// <param name="summaries">The summaries; at least one.</param>
    /// <returns>The customer base.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summaries"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no summaries, or an id repeats.</exception>
    public static CustomerBase FromSummaries(IEnumerable<CustomerSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        CustomerSummary[] all = [.. summaries];
        var customers = new CustomerActivity[all.Length];
        for (int i = 0; i < all.Length; i++)
        {
            CustomerSummary s = all[i];
            double spend = s.Frequency * s.MonetaryValue;
            customers[i] = new CustomerActivity(s.CustomerId, s.Frequency + 1, s.T - s.Recency, s.T, spend, spend);
        }

        // Validates (non-empty, unique ids) and gives the natural id order.
        CustomerSet<CustomerValueInput> set = CustomerSet<CustomerValueInput>.From(customers.Select(c => new CustomerValueInput(c.CustomerId, c.NetSpend)), nameof(summaries));
        return new CustomerBase([.. set.IdOrder.Select(i => customers[i])], [.. set.IdOrder.Select(i => all[i])], null, null, 0);
    }

    /// <summary>Each customer's spend as its value: the input of the tier, decile and concentration strategies.</summary>
    /// <param name="measure">Net spend (revenue, the default) or gross purchase amount.</param>
    /// <returns>One input per customer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is undefined.</exception>
    public CustomerValueInput[] Values(SpendMeasure measure = SpendMeasure.Net)
    {
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown spend measure.");
        }

        return [.. _customers.Select(c => new CustomerValueInput(c.CustomerId, measure == SpendMeasure.Net ? c.NetSpend : c.GrossSpend))];
    }

    /// <summary>Each customer's profit for the whale curve: revenue = <paramref name="margin"/> × net spend, cost = <paramref name="costPerPurchase"/> × purchase occasions.</summary>
    /// <param name="margin">The share of spend that is gross margin, 0 to 1; 1 by default.</param>
    /// <param name="costPerPurchase">The cost to serve one purchase occasion; finite and 0 or more, 0 by default.</param>
    /// <returns>One input per customer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public CustomerProfitInput[] Profits(double margin = 1, double costPerPurchase = 0)
    {
        if (!(margin >= 0 && margin <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, "The margin must be between 0 and 1.");
        }

        if (!(double.IsFinite(costPerPurchase) && costPerPurchase >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(costPerPurchase), costPerPurchase, "The cost per purchase must be finite and 0 or more.");
        }

        return [.. _customers.Select(c => new CustomerProfitInput(c.CustomerId, margin * c.NetSpend, costPerPurchase * c.Purchases))];
    }

    /// <summary>RFM features: recency = time since the last purchase, frequency = purchase occasions, monetary = net spend.</summary>
    /// <returns>One input per customer.</returns>
    public RfmFeatures[] Rfm() => [.. _customers.Select(c => new RfmFeatures(c.CustomerId, c.Recency, c.Purchases, c.NetSpend))];

    /// <summary>
    /// Log-RFM attributes for clustering: ln(1 + recency), ln(1 + purchases), ln(1 + max(0, net spend)); value = net spend.
    /// </summary>
    /// <returns>One input per customer.</returns>
    public CustomerAttributes[] LogRfmAttributes() =>
        [.. _customers.Select(c => new CustomerAttributes(c.CustomerId, [Math.Log(1 + c.Recency), Math.Log(1 + c.Purchases), Math.Log(1 + Math.Max(0, c.NetSpend))], c.NetSpend))];

    /// <summary>
    /// Each customer's activity in consecutive windows of <paramref name="windowDays"/> days counted back from the observation
    /// end (the latest window ends on it), from the window of its first purchase: purchase occasions and net spend per window
    /// (returns before the first purchase count in the first window).
    /// </summary>
    /// <param name="windowDays">The window length in days; 1 or more, 91 (13 weeks) by default.</param>
    /// <returns>One trajectory per customer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowDays"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">The base was built from summaries, which hold no dates.</exception>
    public CustomerTrajectory[] Trajectories(int windowDays = 91)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1);
        if (_transactions is null)
        {
            throw new InvalidOperationException("Life-cycle windows need a transaction log; a base built from summaries holds no dates.");
        }

        var result = new CustomerTrajectory[_customers.Length];
        for (int c = 0; c < result.Length; c++)
        {
            (int Day, decimal Amount)[] rows = _transactions[_customers[c].CustomerId];
            int firstPurchase = rows.First(r => r.Amount >= 0).Day;
            int windows = ((_endDay - firstPurchase) / windowDays) + 1;
            var purchases = new int[windows];
            var values = new decimal[windows];
            int lastPurchaseDay = int.MinValue;
            foreach ((int day, decimal amount) in rows)
            {
                int window = Math.Max(0, windows - 1 - ((_endDay - day) / windowDays));
                values[window] += amount;
                if (amount >= 0 && day != lastPurchaseDay)
                {
                    purchases[window]++;
                    lastPurchaseDay = day;
                }
            }

            result[c] = new CustomerTrajectory(_customers[c].CustomerId, Enumerable.Range(0, windows).Select(w => new ActivityWindow(purchases[w], (double)values[w])));
        }

        return result;
    }

    /// <summary>
    /// The value components of the value matrix: historical = net spend; current = the lifetime value over
    /// <paramref name="clv"/> from a BG/NBD model and a Gamma-Gamma spend model fitted by maximum likelihood to
    /// <see cref="Summaries"/> (0 for a customer whose mean repeat spend is negative); potential = <paramref name="potential"/>
    /// when given (0 for customers it does not list), otherwise the up-selling uplift: the customer's discounted expected
    /// purchases × margin × how far its expected spend per purchase lies below the 80th percentile of all customers'.
    /// </summary>
    /// <param name="clv">Horizon, step, margin and discount rate; by default 52 steps of one summary time unit (a year of weeks for a log), margin 1, no discounting.</param>
    /// <param name="potential">Caller-supplied potential value per customer id (finite, 0 or more), or null for the default.</param>
    /// <returns>One input per customer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A supplied potential is negative or not finite.</exception>
    /// <exception cref="InvalidOperationException">The fitted spend model has an infinite mean.</exception>
    public CustomerValueComponents[] ValueComponents(ClvOptions? clv = null, IReadOnlyDictionary<string, double>? potential = null)
    {
        clv ??= new ClvOptions(52, 1.0);
        BgNbdModel model = BgNbdModel.Fit(_summaries).Model;
        GammaGammaModel spendModel = GammaGammaModel.Fit(_summaries).Model;
        int n = _customers.Length;
        var purchases = new double[n];
        var spend = new double[n];
        for (int i = 0; i < n; i++)
        {
            CustomerSummary s = _summaries[i];
            purchases[i] = CustomerLifetimeValue.DiscountedExpectedPurchases(model, s, clv);
            spend[i] = s.Frequency > 0 && s.MonetaryValue < 0 ? 0 : spendModel.ConditionalExpectedSpend(s);
        }

        double target = Percentile80(spend);
        var result = new CustomerValueComponents[n];
        for (int i = 0; i < n; i++)
        {
            string id = _customers[i].CustomerId;
            double uplift = potential is null
                ? purchases[i] * clv.Margin * Math.Max(0, target - spend[i])
                : potential.GetValueOrDefault(id);
            result[i] = new CustomerValueComponents(id, _customers[i].NetSpend, purchases[i] * spend[i] * clv.Margin, uplift);
        }

        return result;
    }

    private static double Percentile80(double[] values)
    {
        double[] sorted = [.. values];
        Array.Sort(sorted);
        return sorted[Math.Max(0, (int)Math.Ceiling(0.8 * sorted.Length) - 1)];
    }

    private static CustomerActivity Activity(string id, (int Day, decimal Amount)[] rows, int endDay)
    {
        int first = int.MaxValue;
        int last = int.MinValue;
        int occasions = 0;
        decimal net = 0;
        decimal gross = 0;
        int previous = int.MinValue;
        foreach ((int day, decimal amount) in rows)
        {
            net += amount;
            if (amount >= 0)
            {
                gross += amount;
                first = Math.Min(first, day);
                last = Math.Max(last, day);
                occasions += day != previous ? 1 : 0;
                previous = day;
            }
        }

        return new CustomerActivity(id, occasions, endDay - last, endDay - first, (double)net, (double)gross);
    }

    private static CustomerSummary[] InOrder(List<CustomerActivity> customers, IReadOnlyList<CustomerSummary> summaries)
    {
        var byId = new Dictionary<string, CustomerSummary>(summaries.Count, StringComparer.Ordinal);
        foreach (CustomerSummary summary in summaries)
        {
            byId[summary.CustomerId] = summary;
        }

        return [.. customers.Select(c => byId[c.CustomerId])];
    }

    private static int DayNumber(DateTime timestamp) => timestamp.Date.Subtract(DateTime.MinValue).Days;
}
