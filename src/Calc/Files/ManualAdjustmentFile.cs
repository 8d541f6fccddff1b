using System.Text.RegularExpressions;
using Payout.Calc.Model;
using Payout.Calc.Reading;
using Payout.Calc.Validation;

namespace Payout.Calc.Files;

/// <summary>
/// Reads the optional <c>manual_adjustments*.csv</c>: employee_id, period, component, amount, currency,
/// reason_code, approver. Each row of the run's period becomes a cash line of its own, shown as manual
/// everywhere; a row for someone not employed in the period is refused (nobody would be paid).
/// </summary>
internal static partial class ManualAdjustmentFile
{
    public const string Kind = "manual_adjustments";

    public static IReadOnlyList<string> Required { get; } = ["employee_id", "period", "component", "amount", "currency", "reason_code", "approver"];

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex ComponentName();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$")]
    private static partial Regex Code();

    public static RowOutcome Handle(DataRow row, ReadContext ctx, List<ManualAdjustment> into)
    {
        var (id, period, component, currency, reason, approver) = (row.Text("employee_id"), row.Text("period"), row.Text("component"), row.Text("currency"), row.Text("reason_code"), row.Text("approver"));
        var amount = row.Decimal("amount");
        if (!Period.TryParse(period, out _))
        {
            row.Reject("period", period, "not a period (2026-09, 2026-Q3 or 2026)");
        }

        if (!ComponentName().IsMatch(component))
        {
            row.Reject("component", component, "a component is lower-case letters, digits and underscores, as rules name it (e.g. agent_bonus)");
        }

        if (!Codes.Currency().IsMatch(currency))
        {
            row.Reject("currency", currency, "not an ISO 4217 code (three capital letters, e.g. USD)");
        }

        if (!Code().IsMatch(reason))
        {
            row.Reject("reason_code", reason, "a reason code is at most 40 letters, digits and . _ / -, starting with a letter or digit");
        }

        if (approver.Trim().Length == 0)
        {
            row.Reject("approver", approver, "required: who approved the adjustment");
        }

        if (amount == 0 && !row.Rejected)
        {
            row.Reject("amount", row.Raw("amount"), "an adjustment of 0 changes nothing: leave the row out");
        }

        var person = ctx.Person(row, id);
        if (row.Rejected)
        {
            return RowOutcome.Rejected;
        }

        if (!ctx.IsRunPeriod(period))
        {
            return RowOutcome.OutsidePeriod;
        }

        if (person is null)
        {
            row.Reject("employee_id", id, $"not employed in {ctx.Period.Name}: nobody would be paid the adjustment");
            return RowOutcome.Rejected;
        }

        into.Add(new ManualAdjustment(id, component, amount, currency, reason, approver.Trim(), row.File, row.Line));
        return RowOutcome.Used;
    }
}
