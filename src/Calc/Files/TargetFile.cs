using Payout.Calc.Reading;
using Payout.Calc.Rows;
using Payout.Calc.Validation;

namespace Payout.Calc.Files;

/// <summary>Reads <c>targets*.csv</c>: one target per person, period and KPI.</summary>
internal static class TargetFile
{
    public const string Kind = "targets";

    public static IReadOnlyList<string> Required { get; } = ["employee_id", "period", "kpi", "target"];

    public static RowOutcome Handle(DataRow row, ReadContext ctx, TargetValidator validator)
    {
        var target = new TargetRow(row.Text("employee_id"), row.Text("period"), row.Text("kpi").ToLowerInvariant(), row.Decimal("target"));
        row.Check(validator, target);
        var person = ctx.Person(row, target.EmployeeId);
        if (row.Rejected)
        {
            return RowOutcome.Rejected;
        }

        if (person is null || !ctx.IsRunPeriod(target.Period))
        {
            return RowOutcome.OutsidePeriod;
        }

        if (!person.AddTarget(target.Kpi, target.Target))
        {
            row.Reject("kpi", target.Kpi, $"duplicate target for {target.Kpi} in {target.Period}");
            return RowOutcome.Rejected;
        }

        return RowOutcome.Used;
    }
}
