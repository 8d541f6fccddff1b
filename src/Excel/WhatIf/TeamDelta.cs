namespace Payout.Excel.WhatIf;

/// <summary>A team's (or every team's) cost in one currency under the current and the proposed policy.</summary>
/// <param name="Team">The team, or <c>(all teams)</c>.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="CashBefore">Cash under the current policy.</param>
/// <param name="CashAfter">Cash under the proposed policy.</param>
/// <param name="CostBefore">Non-cash cost under the current policy.</param>
/// <param name="CostAfter">Non-cash cost under the proposed policy.</param>
public sealed record TeamDelta(string Team, string Currency, decimal CashBefore, decimal CashAfter, decimal CostBefore, decimal CostAfter)
{
    /// <summary>Cash after less before.</summary>
    public decimal CashDelta => CashAfter - CashBefore;

    /// <summary>Non-cash cost after less before.</summary>
    public decimal CostDelta => CostAfter - CostBefore;
}
