using Payout.Calc.Model;
using Payout.Excel.Writing;

namespace Payout.Excel.Sheets;

/// <summary>
/// Every KPI of every person with its lineage and rank; a missing KPI has an empty value and its
/// reason, never 0.
/// </summary>
internal static class KpisSheet
{
    public static Sheet Build(RunReport report) => new(
        Names.Kpis,
        [new("employee_id", 12), new("team", 14), new("role", 13), new("kpi", 36), new("value", 12), new("numerator", 14), new("denominator", 14),
         new("n", 8), new("team_rank", 10), new("team_of", 8), new("role_rank", 10), new("role_of", 8), new("missing_reason", 48)],
        report.People.SelectMany(p => p.Kpis.Kpis.Zip(p.Kpis.Ranks, (k, r) => Row(p.Kpis.Employee, k, r))));

    private static IReadOnlyList<Cell> Row(Employee e, KpiValue k, KpiRanks r) =>
    [
        Cell.Of(e.EmployeeId), Cell.Of(e.Team), Cell.Of(e.Role), Cell.Of(k.Kpi), Cell.Of(k.Value, Style.Decimal),
        Cell.Of(k.Numerator, Style.Decimal), Cell.Of(k.Denominator, Style.Decimal), Cell.Of(k.N, Style.Integer),
        Cell.Of((decimal?)r.Team?.Rank, Style.Integer), Cell.Of((decimal?)r.Team?.Of, Style.Integer),
        Cell.Of((decimal?)r.Role?.Rank, Style.Integer), Cell.Of((decimal?)r.Role?.Of, Style.Integer), Cell.Of(k.MissingReason),
    ];
}
