using Payout.Calc.Kpis;
using Payout.Calc.Reading;

namespace Payout.Calc.Files;

/// <summary>Reads <c>targets*.csv</c>: one target per person, period and KPI.</summary>
internal static class TargetFile
{
    public const string Kind = "targets";

    public static IReadOnlyList<string> Required { get; } = ["employee_id", "period", "kpi", "target"];

    public static RowOutcome Handle(DataRow row, ReadContext ctx)
    {
        var person = ctx.Person(row);
        var period = row.Text("period");
        var kpi = row.Text("kpi").ToLowerInvariant();
        var target = row.Decimal("target");
        if (kpi.Length > 0 && KpiCatalog.FindBase(kpi) is null)
        {
            row.Reject("kpi", kpi, $"unknown KPI; expected one of {string.Join(", ", KpiCatalog.Base.Select(k => k.Name))}");
        }

        if (!row.Rejected && target <= 0)
        {
            row.Reject("target", row.Raw("target"), "a target must be greater than 0");
        }

        if (row.Rejected)
        {
            return RowOutcome.Rejected;
        }

        if (person is null || !string.Equals(period, ctx.Period.Name, StringComparison.OrdinalIgnoreCase))
        {
            return RowOutcome.OutsidePeriod;
        }

        if (!person.AddTarget(kpi, target))
        {
            row.Reject("kpi", kpi, $"duplicate target for {kpi} in {period}");
            return RowOutcome.Rejected;
        }

        return RowOutcome.Used;
    }
}
