using Payout.Calc.Reading;
using Payout.Calc.Rows;
using Payout.Calc.Validation;

namespace Payout.Calc.Files;

/// <summary>Reads <c>external_kpis*.csv</c>: KPIs computed elsewhere, one per person, period and name.</summary>
internal static class ExternalKpiFile
{
    public const string Kind = "external_kpis";

    public static IReadOnlyList<string> Required { get; } = ["employee_id", "period", "kpi", "value"];

    private static readonly ExternalKpiValidator Validator = new();

    public static RowOutcome Handle(DataRow row, ReadContext ctx, ISet<string> names)
    {
        var kpi = new ExternalKpiRow(row.Text("employee_id"), row.Text("period"), row.Text("kpi").ToLowerInvariant(), row.Decimal("value"), row.OptionalText("source"));
        row.Check(Validator, kpi);
        var person = ctx.Person(row, kpi.EmployeeId);
        if (row.Rejected)
        {
            return RowOutcome.Rejected;
        }

        // Known in every period, so targets may name it and every person reports it (missing where absent).
        names.Add(kpi.Kpi);
        if (person is null || !ctx.IsRunPeriod(kpi.Period))
        {
            return RowOutcome.OutsidePeriod;
        }

        if (!person.AddExternal(kpi.Kpi, kpi.Value))
        {
            row.Reject("kpi", kpi.Kpi, $"duplicate value for {kpi.Kpi} in {kpi.Period}");
            return RowOutcome.Rejected;
        }

        return RowOutcome.Used;
    }
}
