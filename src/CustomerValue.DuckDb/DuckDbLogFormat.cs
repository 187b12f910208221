namespace CustomerValue.DuckDb;

/// <summary>The file format of a transaction log read by DuckDB.</summary>
public enum DuckDbLogFormat
{
    /// <summary>Parquet when the path or glob ends in <c>.parquet</c>, CSV otherwise.</summary>
    Auto = 0,

    /// <summary>Delimited text read with DuckDB's <c>read_csv</c> (header row, delimiter detected unless given).</summary>
    Csv = 1,

    /// <summary>Parquet read with DuckDB's <c>read_parquet</c>.</summary>
    Parquet = 2,
}
