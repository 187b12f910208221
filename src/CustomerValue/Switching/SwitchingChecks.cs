using System.Globalization;

namespace CustomerValue.Switching;

/// <summary>Argument checks of the switching-cost models; messages name the customer (when known), the field and the value.</summary>
internal static class SwitchingChecks
{
    /// <summary>"Customer 'k1': " or "" when no customer is known.</summary>
    public static string Who(string? customerId) => customerId is null ? string.Empty : $"Customer '{customerId}': ";

    /// <summary>A value in [0, 1] (a normalised score).</summary>
    public static double UnitInterval(double value, string parameterName, string field, string? customerId = null)
    {
        if (!(value >= 0.0 && value <= 1.0))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, string.Create(CultureInfo.InvariantCulture, $"{Who(customerId)}{field} must be a normalised score between 0 and 1, but was {value}."));
        }

        return value;
    }

    /// <summary>A finite value.</summary>
    public static double Finite(double value, string parameterName, string field, string? customerId = null) =>
        double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value, string.Create(CultureInfo.InvariantCulture, $"{Who(customerId)}{field} must be a finite number, but was {value}."));

    /// <summary>A finite value of zero or more.</summary>
    public static double NonNegative(double value, string parameterName, string field, string? customerId = null) =>
        double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value, string.Create(CultureInfo.InvariantCulture, $"{Who(customerId)}{field} must be finite and zero or more, but was {value}."));

    /// <summary>A finite, strictly positive value.</summary>
    public static double Positive(double value, string parameterName, string field) =>
        double.IsFinite(value) && value > 0
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value, string.Create(CultureInfo.InvariantCulture, $"{field} must be finite and positive, but was {value}."));

    /// <summary>A non-blank customer id.</summary>
    public static string CustomerId(string? customerId, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(customerId, parameterName);
        return string.IsNullOrWhiteSpace(customerId)
            ? throw new ArgumentException("The customer id must not be empty or blank.", parameterName)
            : customerId;
    }

    /// <summary>A list of finite values copied to a new array; null gives an empty array.</summary>
    public static double[] FiniteValues(IReadOnlyList<double>? values, string parameterName, string field, string? customerId = null)
    {
        if (values is null)
        {
            return [];
        }

        var copy = new double[values.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = Finite(values[i], parameterName, string.Create(CultureInfo.InvariantCulture, $"{field} {i}"), customerId);
        }

        return copy;
    }
}
