namespace Payout.Calc.Rows;

/// <summary>One row of <c>accounts.csv</c>: an account in a CSM's book for a period.</summary>
internal sealed record AccountRow(string EmployeeId, string AccountId, string Period, string Status, decimal ArrStart, decimal ArrEnd, decimal RetentionCost)
{
    /// <summary>churned_on: the day a churned account left, when known (clawback rules need it).</summary>
    public DateOnly? ChurnedOn { get; init; }
}
