namespace Payout.Cli.Ledger;

/// <summary>A line of the ledger: an original booking of a payout line, or an adjustment of what was booked.</summary>
/// <param name="EmployeeId">The person.</param>
/// <param name="Component">The pay component.</param>
/// <param name="RewardType">cash, pto_days, trip, gift_card or award.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Amount">Cash (0 for non-cash rewards).</param>
/// <param name="Cost">Cost to the company.</param>
/// <param name="Kind"><c>original</c> or <c>adjustment</c>.</param>
/// <param name="Reason">For an original, the rule and workbook line; for an adjustment, what changed since the close it corrects.</param>
internal sealed record LedgerLine(string EmployeeId, string Component, string RewardType, string Currency, decimal Amount, decimal Cost, string Kind, string Reason)
{
    /// <summary>The ledger's id (0 until booked).</summary>
    public long Id { get; init; }

    /// <summary>Units: cash before proration, or days, trips, items; null in lines booked before schema version 2.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The rule that paid an original line; null for adjustments and lines booked before schema version 2.</summary>
    public string? Rule { get; init; }

    /// <summary>For a clawback, the id of the booked line it recovers from.</summary>
    public long? Recovers { get; init; }
}
