namespace CustomerValue.Segmentation;

/// <summary>
/// The validated, materialised input of a segmentation: the customers, their ids and values, and the natural id order
/// that breaks ties.
/// </summary>
internal sealed class CustomerSet<TCustomer>
    where TCustomer : ISegmentableCustomer
{
    private CustomerSet(TCustomer[] items, string[] ids, double[] values, int[] idOrder)
    {
        Items = items;
        Ids = ids;
        Values = values;
        IdOrder = idOrder;
        IdRank = new int[items.Length];
        for (int i = 0; i < idOrder.Length; i++)
        {
            IdRank[idOrder[i]] = i;
        }
    }

    public TCustomer[] Items { get; }

    public string[] Ids { get; }

    public double[] Values { get; }

    /// <summary>Customer indices in natural id order.</summary>
    public int[] IdOrder { get; }

    /// <summary>Each customer's position in the natural id order.</summary>
    public int[] IdRank { get; }

    public int Count => Items.Length;

    /// <summary>
    /// Materialises and checks <paramref name="customers"/>: at least one, each with an id, no id twice, every value finite.
    /// </summary>
    public static CustomerSet<TCustomer> From(IEnumerable<TCustomer> customers, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(customers, parameterName);
        TCustomer[] items = [.. customers];
        if (items.Length == 0)
        {
            throw new ArgumentException("A segmentation needs at least one customer, but none were given.", parameterName);
        }

        var ids = new string[items.Length];
        var values = new double[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"The customer at position {i} is null.", parameterName);
            }

            string? id = items[i].CustomerId;
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException($"The customer at position {i} has no id.", parameterName);
            }

            ids[i] = id;
            values[i] = items[i].Value;
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(SegmentationCheck.Message(id, "value", "must be finite", values[i]), parameterName);
            }
        }

        int[] order = CustomerOrder.Sort(ids);
        for (int i = 1; i < order.Length; i++)
        {
            if (string.Equals(ids[order[i]], ids[order[i - 1]], StringComparison.Ordinal))
            {
                throw new ArgumentException($"Customer '{ids[order[i]]}' appears more than once.", parameterName);
            }
        }

        return new CustomerSet<TCustomer>(items, ids, values, order);
    }

    /// <summary>Throws unless every value is 0 or more; <paramref name="field"/> names the value in the message.</summary>
    public void RequireNonNegativeValues(string field, string parameterName)
    {
        for (int k = 0; k < IdOrder.Length; k++)
        {
            int i = IdOrder[k];
            if (Values[i] < 0)
            {
                throw new ArgumentException(SegmentationCheck.Message(Ids[i], field, "must be 0 or more for this strategy", Values[i]), parameterName);
            }
        }
    }

    /// <summary>The sum of the values, added in natural id order so that it does not depend on the input order.</summary>
    public double Total()
    {
        double total = 0;
        foreach (int i in IdOrder)
        {
            total += Values[i];
        }

        return total;
    }
}
