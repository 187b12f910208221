using System.Globalization;

namespace CustomerValue.Segmentation;

/// <summary>Argument checks of the segmentation inputs; messages name the customer, the field and the value.</summary>
internal static class SegmentationCheck
{
    public static string Id(string customerId, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId, parameterName);
        return customerId;
    }

    public static double Finite(double value, string customerId, string field)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(field, value, Message(customerId, field, "must be finite", value));
        }

        return value;
    }

    public static double NonNegative(double value, string customerId, string field)
    {
        if (!(double.IsFinite(value) && value >= 0))
        {
            throw new ArgumentOutOfRangeException(field, value, Message(customerId, field, "must be finite and 0 or more", value));
        }

        return value;
    }

    public static int NonNegative(int value, string customerId, string field)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(field, value, Message(customerId, field, "must be 0 or more", value));
        }

        return value;
    }

    public static double Unit(double value, string customerId, string field)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(field, value, Message(customerId, field, "must be between 0 and 1", value));
        }

        return value;
    }

    public static string Message(string customerId, string field, string rule, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"Customer '{customerId}': {field} {rule}, but was {value}.");

    /// <summary>Checks a strictly increasing list of cut points in (0, 1) and returns a copy.</summary>
    public static double[] CutPoints(IReadOnlyList<double> cutPoints, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(cutPoints, parameterName);
        double previous = 0;
        for (int i = 0; i < cutPoints.Count; i++)
        {
            double cut = cutPoints[i];
            if (!(cut > previous && cut < 1))
            {
                throw new ArgumentOutOfRangeException(parameterName, cut, string.Create(CultureInfo.InvariantCulture, $"Cut point {i} must be in (0, 1) and above the one before it ({previous}), but was {cut}."));
            }

            previous = cut;
        }

        return [.. cutPoints];
    }

    /// <summary>Checks a list of distinct, non-blank names of the expected length and returns a copy.</summary>
    public static string[] Names(IReadOnlyList<string> names, int expected, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(names, parameterName);
        if (names.Count != expected)
        {
            throw new ArgumentException($"{expected} names are needed, but {names.Count} were given.", parameterName);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            if (string.IsNullOrWhiteSpace(name) || !seen.Add(name))
            {
                throw new ArgumentException($"Segment names must be non-blank and distinct, but '{name}' is not.", parameterName);
            }
        }

        return [.. names];
    }
}
