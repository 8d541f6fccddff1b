using Payout.Excel.Writing;

namespace Payout.Excel.WhatIf;

/// <summary>Renders a <see cref="WhatIfReport"/>: the changes per person and component, the cost per team and currency, and a sheet saying what was compared.</summary>
public static class WhatIfWorkbook
{
    /// <summary>Writes the what-if workbook atomically.</summary>
    public static void Write(WhatIfReport report, string path) => new XlsxWriter().Write(path, Sheets(report), new WorkbookInfo($"What-if {report.Period.Name}", report.Period.Name));

    private static IEnumerable<Sheet> Sheets(WhatIfReport report)
    {
        yield return new Sheet("Changes",
            [new("employee_id", 12), new("name", 22), new("team", 14), new("component", 20), new("currency", 9), new("current", 14), new("proposed", 14), new("delta", 14), new("current rules", 22), new("proposed rules", 22), new("tier change", 11)],
            report.Changes.Select((c, i) => (IReadOnlyList<Cell>)
            [
                Cell.Of(c.EmployeeId), Cell.Of(c.Name), Cell.Of(c.Team), Cell.Of(c.Component), Cell.Of(c.Currency),
                Cell.Money(c.Before, c.Currency), Cell.Money(c.After, c.Currency), Cell.CalcMoney($"G{i + 2}-F{i + 2}", c.Delta, c.Currency),
                Cell.Of(c.RulesBefore), Cell.Of(c.RulesAfter), Cell.Of(c.RuleChanged ? "yes" : "no"),
            ]));
        yield return new Sheet("Teams",
            [new("team", 14), new("currency", 9), new("cash current", 14), new("cash proposed", 14), new("cash delta", 14), new("non-cash current", 14), new("non-cash proposed", 14), new("non-cash delta", 14)],
            report.Teams.Concat(report.Currencies).Select((t, i) => (IReadOnlyList<Cell>)
            [
                Cell.Of(t.Team, t.Team == "(all teams)" ? Style.Header : Style.Default), Cell.Of(t.Currency),
                Cell.Money(t.CashBefore, t.Currency), Cell.Money(t.CashAfter, t.Currency), Cell.CalcMoney($"D{i + 2}-C{i + 2}", t.CashDelta, t.Currency),
                Cell.Money(t.CostBefore, t.Currency), Cell.Money(t.CostAfter, t.Currency), Cell.CalcMoney($"G{i + 2}-F{i + 2}", t.CostDelta, t.Currency),
            ]));
        yield return new Sheet("Compared", [new("key", 20), new("value", 60)],
        [
            [Cell.Of("period"), Cell.Of(report.Period.Name)],
            [Cell.Of("current policy"), Cell.Of(report.Current)],
            [Cell.Of("proposed policy"), Cell.Of(report.Proposed)],
            [Cell.Of("people compared"), Cell.Of(report.People, Style.Integer)],
            [Cell.Of("people who change"), Cell.Of(report.Changes.Select(c => c.EmployeeId).Distinct().Count(), Style.Integer)],
        ]);
    }
}
