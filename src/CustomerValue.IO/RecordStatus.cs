namespace CustomerValue.IO;

/// <summary>What <see cref="RecordTokenizer.TryRead"/> found.</summary>
internal enum RecordStatus
{
    /// <summary>A record is ready.</summary>
    Record,

    /// <summary>The buffer holds no complete record: fill it and try again.</summary>
    NeedMoreData,

    /// <summary>The input is exhausted.</summary>
    EndOfData,
}
