using System.Globalization;

namespace CustomerValue.IO;

/// <summary>
/// Parses dates in a list of exact formats (invariant culture), trying the format that matched last first; the plain
/// <c>yyyyMMdd</c> and <c>yyyy-MM-dd</c> formats take a fast path. Any UTC offset is accepted and dropped: the result
/// is the clock time as written, of kind <see cref="DateTimeKind.Unspecified"/>. Not thread-safe (one per read).
/// </summary>
internal sealed class DateParser
{
    private readonly string[] _formats;
    private readonly Kind[] _kinds;
    private int _last;

    public DateParser(IReadOnlyList<string> formats)
    {
        _formats = [.. formats];
        _kinds = new Kind[_formats.Length];
        for (int i = 0; i < _formats.Length; i++)
        {
            _kinds[i] = _formats[i] switch
            {
                "yyyyMMdd" => Kind.Compact,
                "yyyy-MM-dd" => Kind.Iso,
                _ => Kind.General,
            };
        }
    }

    private enum Kind
    {
        General,
        Compact,
        Iso,
    }

    public bool TryParse(ReadOnlySpan<char> text, out DateTime value)
    {
        if (TryFormat(_last, text, out value))
        {
            return true;
        }

        for (int i = 0; i < _formats.Length; i++)
        {
            if (i != _last && TryFormat(i, text, out value))
            {
                _last = i;
                return true;
            }
        }

        return false;
    }

    private bool TryFormat(int i, ReadOnlySpan<char> text, out DateTime value)
    {
        switch (_kinds[i])
        {
            case Kind.Compact:
                if (text.Length == 8)
                {
                    return TryDate(Digits(text[..4]), Digits(text.Slice(4, 2)), Digits(text.Slice(6, 2)), out value);
                }

                break;
            case Kind.Iso:
                if (text.Length == 10 && text[4] == '-' && text[7] == '-')
                {
                    return TryDate(Digits(text[..4]), Digits(text.Slice(5, 2)), Digits(text.Slice(8, 2)), out value);
                }

                break;
            default:
                if (DateTimeOffset.TryParseExact(text, _formats[i], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
                {
                    value = parsed.DateTime;
                    return true;
                }

                break;
        }

        value = default;
        return false;
    }

    private static bool TryDate(int year, int month, int day, out DateTime value)
    {
        if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            value = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The value of a run of ASCII digits, or -1 when a character is not one.</summary>
    private static int Digits(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (char c in text)
        {
            uint d = (uint)(c - '0');
            if (d > 9)
            {
                return -1;
            }

            n = (n * 10) + (int)d;
        }

        return n;
    }
}
