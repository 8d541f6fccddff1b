namespace Payout.Calc.Rows;

/// <summary>One row of <c>targets.csv</c>.</summary>
internal sealed record TargetRow(string EmployeeId, string Period, string Kpi, decimal Target);
