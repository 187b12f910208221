namespace CustomerValue.Lifetime;

/// <summary>Argument checks shared by the lifetime models; messages name the argument, the value and, for lists, the index.</summary>
internal static class Validation
{
    public static void History(int frequency, double recency, double t, string? parameterName = null, int index = -1)
    {
        string where = index >= 0 ? $"Row {index}: " : string.Empty;
        if (frequency < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName ?? nameof(frequency), frequency, $"{where}frequency must be zero or more, but was {frequency}.");
        }

        if (!double.IsFinite(t) || t < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName ?? nameof(t), t, $"{where}T must be finite and zero or more, but was {t}.");
        }

        if (!double.IsFinite(recency) || recency < 0 || recency > t)
        {
            throw new ArgumentOutOfRangeException(parameterName ?? nameof(recency), recency, $"{where}recency must be finite and in [0, T = {t}], but was {recency}.");
        }
    }

    public static void Duration(double value, string parameterName)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be finite and zero or more, but was {value}.");
        }
    }

    public static void Count(int n, string parameterName)
    {
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, n, $"{parameterName} must be zero or more, but was {n}.");
        }
    }

    public static void Parameter(double value, string parameterName)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"Parameter {parameterName} must be positive and finite, but was {value}.");
        }
    }

    public static void Destination(int customers, int destination, string parameterName)
    {
        if (destination < customers)
        {
            throw new ArgumentException($"The destination holds {destination} values but there are {customers} customers.", parameterName);
        }
    }
}
