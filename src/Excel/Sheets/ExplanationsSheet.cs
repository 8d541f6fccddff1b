using Payout.Excel.Writing;
using Payout.Rules.Audit;

namespace Payout.Excel.Sheets;

/// <summary>
/// One row per rule evaluation, fired or not, each with a stable id (<c>X1</c>, <c>X2</c>…) and the
/// id of the payout line it produced, so either sheet can be sorted and still be looked up.
/// </summary>
internal static class ExplanationsSheet
{
    public static Sheet Build(RunReport report) => new(
        Names.Explanations,
        [new("explanation_id", 14), new("line_id", 10), new("employee_id", 12), new Column("workflow", 22).AsShared(), new Column("rule", 24).AsShared(), new Column("file", 28).AsShared(), new("line", 6), new Column("component", 20).AsShared(), new Column("outcome", 20).AsShared(),
         new Column("expression", 50).AsShared(), new("inputs", 60), new Column("params", 30).AsShared(), new("output", 14), new("amount", 14), new("explanation", 90)],
        Rows(report));

    private static IEnumerable<IReadOnlyList<Cell>> Rows(RunReport report)
    {
        var auditBefore = 0;
        var linesBefore = 0;
        foreach (var person in report.People)
        {
            var result = person.Result;
            var lineOf = new Dictionary<int, int>();
            for (var i = 0; i < result.LineAudit.Count; i++)
            {
                lineOf.TryAdd(result.LineAudit[i], i);
            }

            for (var a = 0; a < result.Audit.Count; a++)
            {
                var record = result.Audit[a];
                var line = lineOf.TryGetValue(a, out var l) ? PayoutLinesSheet.LineId(linesBefore + l) : null;
                yield return Row(PayoutLinesSheet.ExplanationId(auditBefore + a), line, record, record.Render(), person.Kpis.Employee.Currency);
            }

            auditBefore += result.Audit.Count;
            linesBefore += result.Lines.Count;
        }
    }

    private static IReadOnlyList<Cell> Row(string id, string? line, AuditRecord a, AuditText text, string currency) =>
    [
        Cell.Of(id), Cell.Of(line), Cell.Of(a.EmployeeId), Cell.Of(a.Workflow), Cell.Of(a.Rule), Cell.Of(a.File), Cell.Of(a.Line, Style.Integer), Cell.Of(a.Component),
        Cell.Of(a.Outcome.ToString()), Cell.Of(a.Expression), Cell.Of(text.Inputs), Cell.Of(text.LocalParams), a.Output is { } output ? Cell.Of(output, Style.Decimal) : Cell.Empty, // every digit: shown to 2 places 1,400.17499… would read as 1,400.17
        a.Amount is { } amount ? Cell.Money(amount, currency) : Cell.Empty, Cell.Of(text.Sentence),
    ];
}
