namespace CustomerValue.Tests.IO;

/// <summary>A reader that hands out at most <c>chunk</c> characters per call, to hit every buffer boundary of a parser.</summary>
internal sealed class TrickleReader(string text, int chunk) : TextReader
{
    private int _position;

    public override int Peek() => _position < text.Length ? text[_position] : -1;

    public override int Read() => _position < text.Length ? text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int n = Math.Min(Math.Min(chunk, buffer.Length), text.Length - _position);
        text.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));
}
