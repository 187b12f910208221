namespace CustomerValue.IO;

/// <summary>What a <see cref="TransactionLogReader"/> does with a malformed row.</summary>
public enum BadRowHandling
{
    /// <summary>Throw a <see cref="TransactionLogFormatException"/> at the first bad row (the default).</summary>
    Throw = 0,

    /// <summary>Skip the row and record it in the <see cref="BadRowCollector"/> passed to the reader.</summary>
    Collect = 1,
}
