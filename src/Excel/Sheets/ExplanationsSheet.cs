using Payout.Excel.Writing;

namespace Payout.Excel.Sheets;

/// <summary>One row per rule evaluation, fired or not.</summary>
internal static class ExplanationsSheet
{
    public static Sheet Build(RunReport report) => new(
        Names.Explanations,
        [new("employee_id", 12), new("workflow", 22), new("rule", 24), new("file", 28), new("line", 6), new("component", 20), new("outcome", 20),
         new("expression", 50), new("inputs", 60), new("params", 30), new("output", 14), new("amount", 14), new("explanation", 90)],
        report.People.SelectMany(p => p.Result.Audit.Select(a => Row(a, a.Render(), p.Kpis.Employee.Currency))));

    private static IReadOnlyList<Cell> Row(Rules.Audit.AuditRecord a, Rules.Audit.AuditText text, string currency) =>
    [
        Cell.Of(a.EmployeeId), Cell.Of(a.Workflow), Cell.Of(a.Rule), Cell.Of(a.File), Cell.Of(a.Line, Style.Integer), Cell.Of(a.Component),
        Cell.Of(a.Outcome.ToString()), Cell.Of(a.Expression), Cell.Of(text.Inputs), Cell.Of(text.LocalParams), a.Output is { } output ? Cell.Money(output, currency) : Cell.Empty,
        a.Amount is { } amount ? Cell.Money(amount, currency) : Cell.Empty, Cell.Of(text.Sentence),
    ];
}
