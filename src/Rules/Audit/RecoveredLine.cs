namespace Payout.Rules.Audit;

/// <summary>The booked line a clawback recovers from: its period and ledger id.</summary>
/// <param name="Period">The closed period.</param>
/// <param name="LineId">The ledger id of the original line.</param>
public sealed record RecoveredLine(string Period, long LineId)
{
    /// <summary>As the workbook and ledger show it: <c>2026-Q3 line 17</c>.</summary>
    public override string ToString() => $"{Period} line {LineId}";
}
