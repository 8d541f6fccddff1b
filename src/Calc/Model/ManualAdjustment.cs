namespace Payout.Calc.Model;

/// <summary>One row of <c>manual_adjustments.csv</c>: cash added to (or taken from) a person's pay for a component, by a named approver.</summary>
/// <param name="EmployeeId">The person.</param>
/// <param name="Component">The pay component it adjusts.</param>
/// <param name="Amount">Cash, positive or negative, never 0.</param>
/// <param name="Currency">ISO 4217 code; must be the person's.</param>
/// <param name="ReasonCode">The company's reason code, e.g. <c>DISPUTE-114</c>.</param>
/// <param name="Approver">Who approved it.</param>
/// <param name="File">The file it came from.</param>
/// <param name="Line">Its line there.</param>
public sealed record ManualAdjustment(string EmployeeId, string Component, decimal Amount, string Currency, string ReasonCode, string Approver, string File, int Line);
