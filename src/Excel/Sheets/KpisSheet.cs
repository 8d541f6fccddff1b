using Payout.Excel.Writing;

namespace Payout.Excel.Sheets;

/// <summary>Every KPI of every person with its lineage; a missing KPI has an empty value and its reason.</summary>
internal static class KpisSheet
{
    public static Sheet Build(RunReport report) => new(
        Names.Kpis,
        [new("employee_id", 12), new("team", 14), new("kpi", 32), new("value", 12), new("numerator", 14), new("denominator", 14), new("n", 8), new("missing_reason", 48)],
        report.People.SelectMany(p => p.Kpis.Kpis.Select(k => (IReadOnlyList<Cell>)
        [
            Cell.Of(p.Kpis.Employee.EmployeeId), Cell.Of(p.Kpis.Employee.Team), Cell.Of(k.Kpi), Cell.Of(k.Value, Style.Decimal),
            Cell.Of(k.Numerator, Style.Decimal), Cell.Of(k.Denominator, Style.Decimal), Cell.Of(k.N, Style.Integer), Cell.Of(k.MissingReason),
        ])));
}
