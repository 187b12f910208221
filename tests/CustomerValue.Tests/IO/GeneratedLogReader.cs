using System.Globalization;

namespace CustomerValue.Tests.IO;

/// <summary>
/// A CSV transaction log made up on the fly, <c>rows</c> long (or endless when null), without allocating per row.
/// <see cref="ReadToEnd"/> throws: a streaming reader must never call it.
/// </summary>
internal sealed class GeneratedLogReader(long? rows) : TextReader
{
    private const string Header = "customer_id,date,amount,quantity\n";
    private readonly char[] _line = new char[64];
    private int _lineLength;
    private int _linePosition;
    private long _row = -1;

    /// <summary>The characters handed out so far.</summary>
    public long CharactersRead { get; private set; }

    public override string ReadToEnd() => throw new InvalidOperationException("A streaming reader must not read to the end.");

    public override int Peek() => throw new NotSupportedException();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int written = 0;
        while (written < buffer.Length)
        {
            if (_linePosition == _lineLength && !NextLine())
            {
                break;
            }

            int n = Math.Min(buffer.Length - written, _lineLength - _linePosition);
            _line.AsSpan(_linePosition, n).CopyTo(buffer[written..]);
            _linePosition += n;
            written += n;
        }

        CharactersRead += written;
        return written;
    }

    private bool NextLine()
    {
        _row++;
        _linePosition = 0;
        if (_row == 0)
        {
            Header.CopyTo(_line);
            _lineLength = Header.Length;
            return true;
        }

        if (rows is long max && _row > max)
        {
            _lineLength = 0;
            return false;
        }

        // c<row>,2024-MM-DD,<row % 1000>.25,<row % 7>
        Span<char> s = _line;
        int w = 0;
        s[w++] = 'c';
        _row.TryFormat(s[w..], out int n, default, CultureInfo.InvariantCulture);
        w += n;
        ",2024-".CopyTo(s[w..]);
        w += 6;
        (1 + (_row % 12)).TryFormat(s[w..], out n, "00", CultureInfo.InvariantCulture);
        w += n;
        s[w++] = '-';
        (1 + (_row % 28)).TryFormat(s[w..], out n, "00", CultureInfo.InvariantCulture);
        w += n;
        s[w++] = ',';
        (_row % 1000).TryFormat(s[w..], out n, default, CultureInfo.InvariantCulture);
        w += n;
        ".25,".CopyTo(s[w..]);
        w += 4;
        (_row % 7).TryFormat(s[w..], out n, default, CultureInfo.InvariantCulture);
        w += n;
        s[w++] = '\n';
        _lineLength = w;
        return true;
    }
}
