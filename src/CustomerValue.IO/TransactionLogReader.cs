using System.Runtime.CompilerServices;
using System.Text;

namespace CustomerValue.IO;

/// <summary>
/// Reads a transaction log (CSV, TSV or whitespace-separated text) as a stream of <see cref="Transaction"/>s, one row
/// at a time: memory stays constant however long the log is.
/// </summary>
/// <remarks>
/// <para>Accepted input: CRLF, LF or CR line ends; a last line with no line end; blank lines (skipped: they are not
/// rows); a UTF-8 byte-order mark; in delimited mode, RFC 4180 quoted fields (<c>"a,b"</c>, <c>"say ""hi"""</c>, even
/// with line breaks inside). Unquoted fields are trimmed of spaces and tabs. Numbers and dates are read with the
/// invariant culture. An empty log (not even a header) yields no transactions.</para>
/// <para>A malformed row (wrong number of columns, a date, amount or quantity that does not parse, a negative
/// quantity, a blank customer id, a broken quoted field) throws a <see cref="TransactionLogFormatException"/> naming
/// the file, line, column and text, or, under <see cref="BadRowHandling.Collect"/>, is skipped and recorded in a
/// <see cref="BadRowCollector"/>. A header without a required column always throws.</para>
/// <para>The reader itself is immutable and thread-safe; each enumeration is an independent pass (for a file,
/// enumerating again reads the file again).</para>
/// </remarks>
/// <example>
/// <code>
/// var reader = new TransactionLogReader(TransactionLogOptions.CdnowMaster);
/// foreach (Transaction t in reader.ReadFile("CDNOW_master.txt")) { ... }
/// </code>
/// </example>
public sealed class TransactionLogReader
{
    private const int FileBufferSize = 1 << 16;

    /// <summary>Creates a reader for comma-separated logs with the default options (<see cref="TransactionLogOptions.Default"/>).</summary>
    public TransactionLogReader()
        : this(TransactionLogOptions.Default)
    {
    }

    /// <summary>Creates a reader.</summary>
    /// <param name="options">How to read the log.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options contradict each other (for example a column selected by name in a log without a header); the message lists every problem.</exception>
    public TransactionLogReader(TransactionLogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid transaction log options: " + string.Join(" ", problems), nameof(options));
        }

        Options = options;
    }

    /// <summary>The options the reader was created with.</summary>
    public TransactionLogOptions Options { get; }

    /// <summary>Reads the transactions of a log, lazily, as the result is enumerated.</summary>
    /// <param name="reader">The text; read from its current position, and not disposed.</param>
    /// <param name="sourceName">The name used in error messages (for example the file name); <c>&lt;stream&gt;</c> when null.</param>
    /// <param name="badRows">Receives the bad rows under <see cref="BadRowHandling.Collect"/> (required then), and counts the rows.</param>
    /// <returns>The transactions, in the order of the log. Enumerate it once: a second enumeration continues from where the reader is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null, or <paramref name="badRows"/> is null under <see cref="BadRowHandling.Collect"/>.</exception>
    /// <exception cref="TransactionLogFormatException">While enumerating: a malformed row (under <see cref="BadRowHandling.Throw"/>), too many bad rows, or a header without a required column.</exception>
    public IEnumerable<Transaction> Read(TextReader reader, string? sourceName = null, BadRowCollector? badRows = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        CheckCollector(badRows);
        return ReadCore(reader, sourceName ?? ErrorText.StreamName, badRows, owned: false);
    }

    /// <summary>Reads the transactions of a log file (UTF-8, or the encoding its byte-order mark names), lazily; the file is opened when enumeration starts and closed when it ends.</summary>
    /// <param name="path">The file; error messages name it as given here.</param>
    /// <param name="badRows">Receives the bad rows under <see cref="BadRowHandling.Collect"/> (required then), and counts the rows.</param>
    /// <returns>The transactions, in the order of the file; each enumeration reads the file again.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="badRows"/> is null under <see cref="BadRowHandling.Collect"/>.</exception>
    /// <exception cref="IOException">While enumerating: the file cannot be opened or read.</exception>
    /// <exception cref="TransactionLogFormatException">While enumerating: a malformed row (under <see cref="BadRowHandling.Throw"/>), too many bad rows, or a header without a required column.</exception>
    public IEnumerable<Transaction> ReadFile(string path, BadRowCollector? badRows = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        CheckCollector(badRows);
        return ReadFileCore(path, badRows);
    }

    /// <summary>The asynchronous counterpart of <see cref="Read"/>.</summary>
    /// <param name="reader">The text; read from its current position, and not disposed.</param>
    /// <param name="sourceName">The name used in error messages; <c>&lt;stream&gt;</c> when null.</param>
    /// <param name="badRows">Receives the bad rows under <see cref="BadRowHandling.Collect"/> (required then), and counts the rows.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The transactions, in the order of the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null, or <paramref name="badRows"/> is null under <see cref="BadRowHandling.Collect"/>.</exception>
    /// <exception cref="TransactionLogFormatException">While enumerating: see <see cref="Read"/>.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<Transaction> ReadAsync(TextReader reader, string? sourceName = null, BadRowCollector? badRows = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        CheckCollector(badRows);
        return ReadAsyncCore(reader, sourceName ?? ErrorText.StreamName, badRows, owned: false, cancellationToken);
    }

    /// <summary>The asynchronous counterpart of <see cref="ReadFile"/>.</summary>
    /// <param name="path">The file; error messages name it as given here.</param>
    /// <param name="badRows">Receives the bad rows under <see cref="BadRowHandling.Collect"/> (required then), and counts the rows.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The transactions, in the order of the file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="badRows"/> is null under <see cref="BadRowHandling.Collect"/>.</exception>
    /// <exception cref="IOException">While enumerating: the file cannot be opened or read.</exception>
    /// <exception cref="TransactionLogFormatException">While enumerating: see <see cref="ReadFile"/>.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<Transaction> ReadFileAsync(string path, BadRowCollector? badRows = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        CheckCollector(badRows);
        return ReadFileAsyncCore(path, badRows, cancellationToken);
    }

    /// <summary>Opens a text file for sequential reading: UTF-8 unless a byte-order mark says otherwise.</summary>
    internal static StreamReader OpenText(string path, bool asynchronous)
    {
        var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            BufferSize = 0,
            Options = asynchronous ? FileOptions.SequentialScan | FileOptions.Asynchronous : FileOptions.SequentialScan,
        });
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, FileBufferSize, leaveOpen: false);
    }

    private void CheckCollector(BadRowCollector? badRows)
    {
        if (Options.BadRowHandling == BadRowHandling.Collect && badRows is null)
        {
            throw new ArgumentNullException(nameof(badRows), "BadRowHandling.Collect needs a BadRowCollector to record the bad rows in.");
        }
    }

    private IEnumerable<Transaction> ReadFileCore(string path, BadRowCollector? badRows)
    {
        // An iterator, so that the file is opened when enumeration starts, not when ReadFile is called.
        foreach (Transaction t in ReadCore(OpenText(path, asynchronous: false), path, badRows, owned: true))
        {
            yield return t;
        }
    }

    private IEnumerable<Transaction> ReadCore(TextReader reader, string fileName, BadRowCollector? badRows, bool owned)
    {
        try
        {
            var session = new TransactionLogSession(reader, Options, fileName, badRows);
            Func<Exception> tooLong = session.RecordTooLong; // one delegate, not one per row
            while (session.Tokenizer.MoveNext(tooLong))
            {
                if (session.TryProcess(out Transaction transaction))
                {
                    yield return transaction;
                }
            }
        }
        finally
        {
            if (owned)
            {
                reader.Dispose();
            }
        }
    }

    private async IAsyncEnumerable<Transaction> ReadFileAsyncCore(string path, BadRowCollector? badRows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (Transaction t in ReadAsyncCore(OpenText(path, asynchronous: true), path, badRows, owned: true, cancellationToken).ConfigureAwait(false))
        {
            yield return t;
        }
    }

    private async IAsyncEnumerable<Transaction> ReadAsyncCore(TextReader reader, string fileName, BadRowCollector? badRows, bool owned, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            var session = new TransactionLogSession(reader, Options, fileName, badRows);
            Func<Exception> tooLong = session.RecordTooLong; // one delegate, not one per row
            while (await session.Tokenizer.MoveNextAsync(tooLong, cancellationToken).ConfigureAwait(false))
            {
                if (session.TryProcess(out Transaction transaction))
                {
                    yield return transaction;
                }
            }
        }
        finally
        {
            if (owned)
            {
                reader.Dispose();
            }
        }
    }
}
