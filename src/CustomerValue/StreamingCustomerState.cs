namespace CustomerValue;

/// <summary>
/// The constant-size state of one customer in a <see cref="StreamingSummaryBuilder"/>: the open (latest) period's
/// totals, and for the purchase occasions closed so far their count, first and last period and repeat spend, with the
/// same figures frozen at the calibration end and the spend after it.
/// </summary>
/// <remarks>
/// Exact for transactions that arrive in period order: a period is closed only when a later one starts, so a return that
/// comes before a purchase of the same period still nets into that period, as in <see cref="CustomerHistory"/>. Period
/// indices fit an <see cref="int"/> for every <see cref="DateTime"/> (at most 3,652,058 days).
/// </remarks>
internal struct StreamingCustomerState
{
    private int _openIndex;
    private int _firstIndex;
    private int _lastIndex;
    private int _occasions;
    private int _calibrationLastIndex;
    private int _calibrationOccasions;
    private decimal _openAmount;
    private decimal _repeatSpend;
    private decimal _calibrationRepeatSpend;
    private decimal _holdoutSpend;
    private bool _hasOpen;
    private bool _openHasPurchase;
    private bool _anyPurchase;

    /// <summary>True once the customer's transactions came out of period order: it is summarised from a per-period history instead.</summary>
    public bool UsesHistory { get; set; }

    /// <summary>The open period's index; meaningful once a transaction up to the end was added.</summary>
    public readonly int OpenIndex => _openIndex;

    /// <summary>
    /// Adds a transaction in period <paramref name="index"/>, or returns false, changing nothing, when that period comes
    /// before the open one.
    /// </summary>
    public bool TryAdd(int index, decimal amount, bool isReturn, in StreamingWindow window)
    {
        if (index > window.EndIndex)
        {
            _anyPurchase |= !isReturn;
            return true;
        }

        if (_hasOpen && index < _openIndex)
        {
            return false;
        }

        _anyPurchase |= !isReturn;
        if (_hasOpen && index == _openIndex)
        {
            _openAmount += amount;
            _openHasPurchase |= !isReturn;
            return true;
        }

        if (_hasOpen)
        {
            Close(window);
        }

        _hasOpen = true;
        _openIndex = index;
        _openAmount = amount;
        _openHasPurchase = !isReturn;
        return true;
    }

    /// <summary>The summary up to the observation end, or null when the customer has no purchase by then.</summary>
    public readonly CustomerSummary? Summary(string customerId, in StreamingWindow window)
    {
        StreamingCustomerState closed = ClosedCopy(window);
        if (closed._occasions == 0)
        {
            return null;
        }

        return new CustomerSummary(
            customerId,
            closed._occasions - 1,
            window.Elapsed(closed._firstIndex, closed._lastIndex),
            window.Elapsed(closed._firstIndex, window.EndIndex),
            Mean(closed._repeatSpend, closed._occasions - 1));
    }

    /// <summary>The calibration summary and holdout behaviour, or null when the customer has no purchase by the calibration end.</summary>
    public readonly CalibrationHoldoutSummary? Split(string customerId, in StreamingWindow window)
    {
        StreamingCustomerState closed = ClosedCopy(window);
        if (closed._calibrationOccasions == 0)
        {
            return null;
        }

        int holdoutOccasions = closed._occasions - closed._calibrationOccasions;
        var calibration = new CustomerSummary(
            customerId,
            closed._calibrationOccasions - 1,
            window.Elapsed(closed._firstIndex, closed._calibrationLastIndex),
            window.Elapsed(closed._firstIndex, window.CalibrationIndex),
            Mean(closed._calibrationRepeatSpend, closed._calibrationOccasions - 1));
        return new CalibrationHoldoutSummary(
            calibration,
            holdoutOccasions,
            Mean(closed._holdoutSpend, holdoutOccasions),
            window.Elapsed(window.CalibrationIndex, window.EndIndex));
    }

    /// <summary>True when the customer bought anything, at any time (also after the observation end).</summary>
    public readonly bool HasAnyPurchase => _anyPurchase;

    private static double Mean(decimal total, int count) => count <= 0 ? 0.0 : (double)(total / count);

    private readonly StreamingCustomerState ClosedCopy(in StreamingWindow window)
    {
        StreamingCustomerState copy = this;
        if (copy._hasOpen)
        {
            copy.Close(window);
            copy._hasOpen = false;
        }

        return copy;
    }

    /// <summary>
    /// Closes the open period. A purchase period becomes an occasion; a period of returns only nets into the latest
    /// occasion, or into the first one when none came yet. Either way its amount is repeat spend once it lands on an
    /// occasion after the first; holdout spend is everything after the calibration end (returns before the first holdout
    /// occasion net into it).
    /// </summary>
    private void Close(in StreamingWindow window)
    {
        if (_openHasPurchase)
        {
            _occasions++;
            if (_occasions == 1)
            {
                _firstIndex = _openIndex;
            }

            _lastIndex = _openIndex;
        }

        if (_occasions >= 2)
        {
            _repeatSpend += _openAmount;
        }

        if (_openIndex <= window.CalibrationIndex)
        {
            _calibrationOccasions = _occasions;
            _calibrationLastIndex = _lastIndex;
            _calibrationRepeatSpend = _repeatSpend;
        }
        else
        {
            _holdoutSpend += _openAmount;
        }
    }
}
