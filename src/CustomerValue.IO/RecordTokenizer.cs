using System.Buffers;

namespace CustomerValue.IO;

/// <summary>
/// Splits text into records and fields without allocating per record: a growable character buffer over a
/// <see cref="TextReader"/>, field positions kept in a reusable array. Blank lines are skipped.
/// </summary>
/// <remarks>
/// <para>Delimited mode follows RFC 4180: a field may be quoted, a doubled quote inside quotes is one quote, and a
/// quoted field may hold separators and line breaks. Spaces and tabs around an unquoted field (or around the quotes)
/// are trimmed. Whitespace mode splits on runs of spaces and tabs and knows no quoting.</para>
/// <para>Line ends are CRLF, LF or a lone CR; the last line need not end with one. A leading U+FEFF (a byte-order mark
/// left in the text) is dropped.</para>
/// <para>The caller drives the input: <see cref="TryRead"/> returns <see cref="RecordStatus.NeedMoreData"/> when the
/// buffer holds no complete record, and the caller then calls <see cref="Fill"/> or <see cref="FillAsync"/>. The
/// fields of a record stay valid until the next fill. Not thread-safe.</para>
/// </remarks>
internal sealed class RecordTokenizer
{
    /// <summary>The longest record accepted, in characters (a guard against an unterminated quote swallowing a file).</summary>
    public const int MaxRecordLength = 1 << 24;

    private const int InitialBufferSize = 1 << 16;

    private readonly TextReader _reader;
    private readonly char _separator;
    private readonly bool _whitespace;
    private readonly SearchValues<char> _fieldEnds;

    private char[] _buffer = new char[InitialBufferSize];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _atStart = true;
    private long _nextLine = 1;

    private Field[] _fields = new Field[16];
    private char[] _scratch = new char[256];
    private int _scratchLength;
    private int _recordStart;
    private int _recordEnd;

    public RecordTokenizer(TextReader reader, FieldSeparator separator)
    {
        _reader = reader;
        _whitespace = separator.IsWhitespace;
        _separator = separator.IsWhitespace ? ' ' : separator.Character;
        _fieldEnds = _whitespace ? SearchValues.Create(" \t\r\n") : SearchValues.Create([_separator, '\r', '\n']);
    }

    /// <summary>The 1-based line on which the current record starts.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The 1-based line on which the next record starts.</summary>
    public long NextLineNumber => _nextLine;

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Why the current record could not be split into fields (an unterminated quote, text after a closing quote), or null.</summary>
    public string? RecordError { get; private set; }

    /// <summary>The current record as written in the input, without its line end.</summary>
    public ReadOnlySpan<char> RawRecord => _buffer.AsSpan(_recordStart, _recordEnd - _recordStart);

    /// <summary>The text of field <paramref name="index"/> of the current record, unquoted and trimmed.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            Field f = _fields[index];
            return f.InScratch ? _scratch.AsSpan(f.Start, f.Length) : _buffer.AsSpan(f.Start, f.Length);
        }
    }

    /// <summary>Moves to the next non-blank record.</summary>
    public RecordStatus TryRead()
    {
        while (true)
        {
            if (_start >= _end)
            {
                return _eof ? RecordStatus.EndOfData : RecordStatus.NeedMoreData;
            }

            FieldCount = 0;
            RecordError = null;
            _scratchLength = 0;
            _recordStart = _start;
            bool complete = _whitespace ? SplitWhitespace(out int next, out int lineBreaks) : SplitDelimited(out next, out lineBreaks);
            if (!complete)
            {
                return RecordStatus.NeedMoreData;
            }

            LineNumber = _nextLine;
            _nextLine += 1 + lineBreaks;
            _start = next;
            if (RecordError is null && IsBlank())
            {
                continue;
            }

            return RecordStatus.Record;
        }
    }

    /// <summary>
    /// Moves to the next non-blank record, reading input as needed: true when a record is ready, false at the end of the
    /// input. Throws what <paramref name="recordTooLong"/> makes when a record exceeds <see cref="MaxRecordLength"/>.
    /// </summary>
    public bool MoveNext(Func<Exception> recordTooLong)
    {
        while (true)
        {
            switch (TryRead())
            {
                case RecordStatus.Record:
                    return true;
                case RecordStatus.EndOfData:
                    return false;
                default:
                    if (!Fill())
                    {
                        throw recordTooLong();
                    }

                    break;
            }
        }
    }

    /// <summary>The asynchronous counterpart of <see cref="MoveNext"/>.</summary>
    public async ValueTask<bool> MoveNextAsync(Func<Exception> recordTooLong, CancellationToken cancellationToken)
    {
        while (true)
        {
            switch (TryRead())
            {
                case RecordStatus.Record:
                    return true;
                case RecordStatus.EndOfData:
                    return false;
                default:
                    if (!await FillAsync(cancellationToken).ConfigureAwait(false))
                    {
                        throw recordTooLong();
                    }

                    break;
            }
        }
    }

    /// <summary>Reads more input after <see cref="RecordStatus.NeedMoreData"/>.</summary>
    /// <returns>False when the pending record is longer than <see cref="MaxRecordLength"/>.</returns>
    public bool Fill()
    {
        if (!MakeRoom())
        {
            return false;
        }

        Appended(_reader.Read(_buffer, _end, _buffer.Length - _end));
        return true;
    }

    /// <summary>The asynchronous counterpart of <see cref="Fill"/>.</summary>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (!MakeRoom())
        {
            return false;
        }

        Appended(await _reader.ReadAsync(_buffer.AsMemory(_end, _buffer.Length - _end), cancellationToken).ConfigureAwait(false));
        return true;
    }

    private bool MakeRoom()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxRecordLength)
            {
                return false;
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        return true;
    }

    private void Appended(int count)
    {
        if (count == 0)
        {
            _eof = true;
            return;
        }

        _end += count;
        if (_atStart)
        {
            _atStart = false;
            if (_buffer[0] == '\uFEFF')
            {
                _start = 1;
            }
        }
    }

    private bool IsBlank()
    {
        if (_whitespace)
        {
            return FieldCount == 0;
        }

        return FieldCount == 1 && _fields[0].Length == 0 && !_fields[0].Quoted;
    }

    private bool IsPadding(char c) => (c == ' ' || c == '\t') && c != _separator;

    private void AddField(int start, int length, bool inScratch, bool quoted)
    {
        if (FieldCount == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[FieldCount++] = new Field(start, length, inScratch, quoted);
    }

    /// <summary>Splits the record at <c>_start</c> on runs of spaces and tabs; false when more input is needed.</summary>
    private bool SplitWhitespace(out int next, out int lineBreaks)
    {
        char[] b = _buffer;
        int i = _start;
        lineBreaks = 0;
        while (true)
        {
            while (i < _end && (b[i] == ' ' || b[i] == '\t'))
            {
                i++;
            }

            if (i >= _end)
            {
                if (!_eof)
                {
                    next = 0;
                    return false;
                }

                break;
            }

            if (b[i] == '\r' || b[i] == '\n')
            {
                break;
            }

            int length = b.AsSpan(i, _end - i).IndexOfAny(_fieldEnds);
            if (length < 0)
            {
                if (!_eof)
                {
                    next = 0;
                    return false;
                }

                length = _end - i;
            }

            AddField(i, length, inScratch: false, quoted: false);
            i += length;
        }

        _recordEnd = i;
        return EndLine(i, out next);
    }

    /// <summary>Splits the delimited record at <c>_start</c>; false when more input is needed.</summary>
    private bool SplitDelimited(out int next, out int lineBreaks)
    {
        char[] b = _buffer;
        int i = _start;
        lineBreaks = 0;
        next = 0;
        while (true)
        {
            while (i < _end && IsPadding(b[i]))
            {
                i++;
            }

            if (i >= _end && !_eof)
            {
                return false;
            }

            if (i < _end && b[i] == '"')
            {
                int contentStart = i + 1;
                bool doubled = false;
                i = contentStart;
                while (true)
                {
                    int q = b.AsSpan(i, _end - i).IndexOf('"');
                    if (q < 0)
                    {
                        if (!_eof)
                        {
                            return false;
                        }

                        // Unterminated: the record runs to the end of the input.
                        RecordError = "has a quoted field with no closing quote";
                        lineBreaks = CountLineBreaks(b.AsSpan(_start, _end - _start));
                        _recordEnd = _end;
                        next = _end;
                        return true;
                    }

                    i += q;
                    if (i + 1 >= _end && !_eof)
                    {
                        return false;
                    }

                    if (i + 1 < _end && b[i + 1] == '"')
                    {
                        doubled = true;
                        i += 2;
                        continue;
                    }

                    break;
                }

                ReadOnlySpan<char> content = b.AsSpan(contentStart, i - contentStart);
                lineBreaks += CountLineBreaks(content);
                if (doubled)
                {
                    AddUnescaped(content);
                }
                else
                {
                    AddField(contentStart, content.Length, inScratch: false, quoted: true);
                }

                i++;
                while (i < _end && IsPadding(b[i]))
                {
                    i++;
                }

                if (i >= _end && !_eof)
                {
                    return false;
                }

                if (i < _end && b[i] != _separator && b[i] != '\r' && b[i] != '\n')
                {
                    RecordError = "has text after the closing quote of a quoted field";
                    int rest = b.AsSpan(i, _end - i).IndexOfAny('\r', '\n');
                    if (rest < 0)
                    {
                        if (!_eof)
                        {
                            return false;
                        }

                        rest = _end - i;
                    }

                    i += rest;
                    _recordEnd = i;
                    return EndLine(i, out next);
                }
            }
            else
            {
                int length = b.AsSpan(i, _end - i).IndexOfAny(_fieldEnds);
                if (length < 0)
                {
                    if (!_eof)
                    {
                        return false;
                    }

                    length = _end - i;
                }

                int fieldEnd = i + length;
                int trimmedEnd = fieldEnd;
                while (trimmedEnd > i && IsPadding(b[trimmedEnd - 1]))
                {
                    trimmedEnd--;
                }

                AddField(i, trimmedEnd - i, inScratch: false, quoted: false);
                i = fieldEnd;
            }

            if (i < _end && b[i] == _separator)
            {
                i++;
                continue;
            }

            _recordEnd = i;
            return EndLine(i, out next);
        }
    }

    /// <summary>Steps over the line end at <paramref name="i"/> (if any); false when a CR ends the buffer and more input may hold its LF.</summary>
    private bool EndLine(int i, out int next)
    {
        next = i;
        if (i >= _end)
        {
            return true;
        }

        if (_buffer[i] == '\r')
        {
            if (i + 1 >= _end)
            {
                if (!_eof)
                {
                    return false;
                }
            }
            else if (_buffer[i + 1] == '\n')
            {
                i++;
            }
        }

        next = i + 1;
        return true;
    }

    private void AddUnescaped(ReadOnlySpan<char> content)
    {
        if (_scratch.Length - _scratchLength < content.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchLength + content.Length));
        }

        int start = _scratchLength;
        int w = start;
        for (int r = 0; r < content.Length; r++)
        {
            char c = content[r];
            _scratch[w++] = c;
            if (c == '"')
            {
                r++; // skip the second quote of the pair
            }
        }

        _scratchLength = w;
        AddField(start, w - start, inScratch: true, quoted: true);
    }

    private static int CountLineBreaks(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('\r', '\n') < 0)
        {
            return 0;
        }

        int count = 0;
        for (int k = 0; k < text.Length; k++)
        {
            if (text[k] == '\n' || (text[k] == '\r' && (k + 1 == text.Length || text[k + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    private readonly record struct Field(int Start, int Length, bool InScratch, bool Quoted);
}
