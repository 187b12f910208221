namespace CustomerValue;

/// <summary>
/// Thrown by <see cref="StreamingSummaryBuilder.Add"/> when a customer's transaction falls in an earlier aggregation
/// period than one already added for that customer. The transaction is not added and the builder is unchanged; the
/// message and the properties name the customer, the transaction's position and its timestamp.
/// </summary>
/// <remarks>
/// To summarise such a log, sort it by time, use <see cref="StreamingSummaryBuilder.FromLog"/> (an in-memory log in any
/// order) or <see cref="CustomerSummaryBuilder"/> (any order, mergeable).
/// </remarks>
public sealed class TransactionOrderException : ArgumentException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public TransactionOrderException()
        : this("A customer's transactions are not in time order.")
    {
    }

    /// <summary>Creates the exception with a message and no details.</summary>
    /// <param name="message">The message.</param>
    public TransactionOrderException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message, no details, and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public TransactionOrderException(string message, Exception? innerException)
        : base(message, innerException)
    {
        CustomerId = string.Empty;
    }

    /// <summary>Creates the exception for the out-of-order transaction.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="transactionNumber">The 1-based position of the transaction among those given to the builder.</param>
    /// <param name="timestamp">The transaction's timestamp.</param>
    /// <param name="latestPeriodStart">The start of the customer's latest period so far, which comes after the transaction's period.</param>
    /// <param name="period">The aggregation period.</param>
    public TransactionOrderException(string customerId, long transactionNumber, DateTime timestamp, DateTime latestPeriodStart, TimePeriod period)
        : base(
            $"Transaction {transactionNumber} (customer '{customerId}', {timestamp:yyyy-MM-dd HH:mm:ss}) comes after transactions of that customer in the {period} starting {latestPeriodStart:yyyy-MM-dd}: "
            + "a StreamingSummaryBuilder needs each customer's transactions in time order. Sort the log by time, or summarise it with StreamingSummaryBuilder.FromLog or CustomerSummaryBuilder, which accept any order.",
            "transaction")
    {
        CustomerId = customerId;
        TransactionNumber = transactionNumber;
        Timestamp = timestamp;
    }

    /// <summary>The customer whose transactions are out of order; empty when not known.</summary>
    public string CustomerId { get; }

    /// <summary>The 1-based position of the transaction among those given to the builder; 0 when not known.</summary>
    public long TransactionNumber { get; }

    /// <summary>The out-of-order transaction's timestamp; <see cref="DateTime.MinValue"/> when not known.</summary>
    public DateTime Timestamp { get; }
}
