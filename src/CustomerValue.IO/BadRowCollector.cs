namespace CustomerValue.IO;

/// <summary>
/// Receives the rows a <see cref="TransactionLogReader"/> skipped under <see cref="BadRowHandling.Collect"/>, and
/// counts the rows it read, so that nothing is dropped silently: <see cref="RowCount"/> =
/// <see cref="GoodRowCount"/> + <see cref="BadRowCount"/>.
/// </summary>
/// <remarks>
/// Pass one to <see cref="TransactionLogReader.Read(TextReader, string?, BadRowCollector?)"/> and look at it after
/// enumerating. It is filled while the log is enumerated, so it accumulates over several reads. Not thread-safe: use
/// one collector per concurrent read. Memory grows with the number of bad rows (see
/// <see cref="TransactionLogOptions.MaxBadRows"/>), not with the number of good ones.
/// </remarks>
public sealed class BadRowCollector
{
    private readonly List<BadRow> _badRows = [];

    /// <summary>The rows skipped, in the order they were met.</summary>
    public IReadOnlyList<BadRow> BadRows => _badRows;

    /// <summary>The number of rows skipped.</summary>
    public int BadRowCount => _badRows.Count;

    /// <summary>The number of transactions read successfully.</summary>
    public long GoodRowCount { get; private set; }

    /// <summary>The number of data rows met: good and bad (headers and blank lines are not rows).</summary>
    public long RowCount => GoodRowCount + _badRows.Count;

    /// <summary>True when at least one row was skipped.</summary>
    public bool HasBadRows => _badRows.Count > 0;

    internal void AddGood() => GoodRowCount++;

    internal void AddBad(BadRow row) => _badRows.Add(row);
}
