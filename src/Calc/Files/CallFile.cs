using Payout.Calc.Reading;
using Payout.Calc.Rows;
using Payout.Calc.Validation;

namespace Payout.Calc.Files;

/// <summary>Reads <c>calls*.csv</c>: the team's abandonment and wait, the answering person's handle time.</summary>
internal static class CallFile
{
    public const string Kind = "calls";

    public static IReadOnlyList<string> Required { get; } = ["call_id", "team", "offered_at"];

    private static readonly CallValidator Validator = new();

    public static RowOutcome Handle(DataRow row, ReadContext ctx, UniqueIds seen)
    {
        var call = new CallRow(
            row.Text("call_id"),
            row.Text("team"),
            row.Timestamp("offered_at"),
            row.OptionalText("employee_id"),
            row.OptionalTimestamp("answered_at"),
            row.OptionalBool("abandoned") ?? false,
            row.OptionalInt("talk_seconds"),
            row.OptionalInt("hold_seconds"),
            row.OptionalInt("acw_seconds"));
        row.Check(Validator, call);
        row.Unique("call_id", call.CallId, seen);
        var team = ctx.Team(row, call.Team);
        var person = ctx.Person(row, call.EmployeeId);
        if (row.Rejected)
        {
            return RowOutcome.Rejected;
        }

        if (team is null || !ctx.InWindow(call.OfferedAt))
        {
            return RowOutcome.OutsidePeriod;
        }

        var wait = call.AnsweredAt is { } answered ? (answered - call.OfferedAt).Ticks : (long?)null;
        team.AddCall(call.Abandoned, wait);
        if (call.AnsweredAt is not null)
        {
            // An empty duration is 0 seconds: the optional cell takes its default.
            person?.AddAnsweredCall(call.TalkSeconds ?? 0, call.HoldSeconds ?? 0, call.AcwSeconds ?? 0);
        }

        return RowOutcome.Used;
    }
}
