using System.Globalization;

namespace CustomerValue.Loyalty;

/// <summary>Argument checks shared by the loyalty calculators; messages name the customer or index, the field and the value.</summary>
internal static class LoyaltyCheck
{
    /// <summary>"Customer X: " or "Row i: " or empty, to start a message.</summary>
    public static string Where(string? customerId, int index = -1) =>
        customerId is not null ? $"Customer '{customerId}': " : index >= 0 ? $"Row {index}: " : string.Empty;

    /// <summary>A finite value in [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public static double InRange(double value, double minimum, double maximum, string parameterName, string field, string? where = null)
    {
        if (!(value >= minimum && value <= maximum))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, Invariant($"{Subject(where, field)} must be between {minimum} and {maximum}, but was {value}."));
        }

        return value;
    }

    /// <summary>A finite value in [0, 1].</summary>
    public static double Unit(double value, string parameterName, string field, string? where = null) =>
        InRange(value, 0, 1, parameterName, field, where);

    /// <summary>A value in [0, 1] at row <paramref name="index"/>; the message is built only on failure.</summary>
    public static double UnitAt(double value, int index, string parameterName, string field) =>
        value is >= 0 and <= 1 ? value : Unit(value, parameterName, field, Where(null, index));

    /// <summary>A finite value ≥ 0.</summary>
    public static double NonNegative(double value, string parameterName, string field, string? where = null)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, Invariant($"{Subject(where, field)} must be finite and zero or more, but was {value}."));
        }

        return value;
    }

    /// <summary>A finite value.</summary>
    public static double Finite(double value, string parameterName, string field, string? where = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, Invariant($"{Subject(where, field)} must be finite, but was {value}."));
        }

        return value;
    }

    /// <summary>A threshold in [0, 1].</summary>
    public static double Threshold(double value, string parameterName) => Unit(value, parameterName, parameterName);

    /// <summary>Named non-negative finite weights with a positive sum; returns the sum.</summary>
    public static double Weights(ReadOnlySpan<double> weights, ReadOnlySpan<string> names, string parameterName)
    {
        double sum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            sum += NonNegative(weights[i], parameterName, $"The weight of {names[i]}");
        }

        if (!(sum > 0))
        {
            throw new ArgumentException("At least one weight must be positive, but all are zero.", parameterName);
        }

        return sum;
    }

    /// <summary>
    /// Copies named components, checking there is at least one, that names are distinct and that the weights have a
    /// positive sum (returned in <paramref name="total"/>).
    /// </summary>
    public static WeightedComponent[] Components(IEnumerable<WeightedComponent> components, string parameterName, string what, out double total)
    {
        ArgumentNullException.ThrowIfNull(components, parameterName);
        WeightedComponent[] copy = [.. components];
        if (copy.Length == 0)
        {
            throw new ArgumentException($"At least one {what} is needed.", parameterName);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (WeightedComponent component in copy)
        {
            ArgumentNullException.ThrowIfNull(component, parameterName);
            if (!names.Add(component.Name))
            {
                throw new ArgumentException($"The {what} '{component.Name}' appears more than once.", parameterName);
            }
        }

        total = Weights(copy.Select(c => c.Weight).ToArray(), copy.Select(c => $"'{c.Name}'").ToArray(), parameterName);
        return copy;
    }

    /// <summary>A destination at least as long as the input.</summary>
    public static void Destination(int rows, int destination, string parameterName)
    {
        if (destination < rows)
        {
            throw new ArgumentException($"The destination holds {destination} values but there are {rows} rows.", parameterName);
        }
    }

    /// <summary>"Customer 'X': field" or "Field" when there is no location.</summary>
    public static string Subject(string? where, string field) =>
        string.IsNullOrEmpty(where) ? string.Concat(char.ToUpperInvariant(field[0]).ToString(), field.AsSpan(1)) : where + field;

    /// <summary>Formats with the invariant culture.</summary>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
