using System.Globalization;
using DuckDB.NET.Data;

namespace CustomerValue.Tests.DuckDb;

/// <summary>Writes a transaction log as the CSV and Parquet files the DuckDB tests read.</summary>
internal static class DuckDbLogFiles
{
    /// <summary>Writes <c>customer_id,date,amount,quantity,product_id</c> (timestamps to the second; an empty product for none).</summary>
    public static string WriteCsv(string folder, string name, IEnumerable<Transaction> log)
    {
        string path = Path.Combine(folder, name);
        using var writer = new StreamWriter(path);
        writer.Write("customer_id,date,amount,quantity,product_id\n");
        foreach (Transaction t in log)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{t.CustomerId},{t.Timestamp:yyyy-MM-dd HH:mm:ss},{t.Amount},{t.Quantity},{t.ProductId}\n"));
        }

        return path;
    }

    /// <summary>
    /// Writes the log as <paramref name="parts"/> Parquet files <c>{prefix}-{i}.parquet</c> with typed columns (TIMESTAMP,
    /// DECIMAL), each customer's rows spread over the files; returns the glob that matches them.
    /// </summary>
    public static string WriteParquet(string folder, string prefix, IEnumerable<Transaction> log, int parts = 2)
    {
        string csv = WriteCsv(folder, prefix + "-source.csv", log);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        for (int part = 0; part < parts; part++)
        {
            string target = Path.Combine(folder, $"{prefix}-{part}.parquet");
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
                COPY (SELECT customer_id, CAST(date AS TIMESTAMP) AS date, CAST(amount AS DECIMAL(18,4)) AS amount,
                             CAST(quantity AS DECIMAL(18,4)) AS quantity, product_id
                      FROM read_csv({Literal(csv)}, header = true, types = {"{"}'customer_id': 'VARCHAR', 'date': 'VARCHAR', 'amount': 'VARCHAR', 'quantity': 'VARCHAR', 'product_id': 'VARCHAR'{"}"})
                      WHERE hash(date, amount) % {parts} = {part})
                TO {Literal(target)} (FORMAT parquet)
                """);
            command.ExecuteNonQuery();
        }

        File.Delete(csv);
        return Path.Combine(folder, prefix + "-*.parquet");
    }

    /// <summary>Runs one DuckDB statement (to make files of unusual shape).</summary>
    public static void Execute(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
