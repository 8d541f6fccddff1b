namespace Payout.Excel.WhatIf;

/// <summary>One person's pay for one component and currency under the current and the proposed policy.</summary>
/// <param name="EmployeeId">The person.</param>
/// <param name="Name">Their name.</param>
/// <param name="Team">Their team.</param>
/// <param name="Component">The pay component.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Before">Cash under the current policy (cost, for non-cash rewards).</param>
/// <param name="After">The same under the proposed policy.</param>
/// <param name="RulesBefore">The rules that paid it under the current policy, e.g. <c>CsatTier2</c>.</param>
/// <param name="RulesAfter">The same under the proposed policy.</param>
public sealed record ComponentDelta(string EmployeeId, string Name, string Team, string Component, string Currency, decimal Before, decimal After, string RulesBefore, string RulesAfter)
{
    /// <summary>After less before.</summary>
    public decimal Delta => After - Before;

    /// <summary>True when a different rule pays it: a tier change.</summary>
    public bool RuleChanged => RulesBefore != RulesAfter;
}
