using Payout.Calc.Rows;

namespace Payout.Calc.Validation;

/// <summary>Call checks: answered after offered, an abandoned call was not answered, durations not negative.</summary>
internal sealed class CallValidator() : RowRulesValidator<CallRow>(Rules)
{
    private static readonly RowRule<CallRow>[] Rules =
    [
        new("answered_at", c => c.AnsweredAt is not null, c => c.AnsweredAt >= c.OfferedAt, _ => "negative duration: answered before offered_at"),
        new("answered_at", c => c.Abandoned, c => c.AnsweredAt is null, _ => "an abandoned call cannot have answered_at"),
        new("employee_id", c => c.AnsweredAt is not null, c => !string.IsNullOrWhiteSpace(c.EmployeeId), _ => "an answered call needs the employee_id who answered it"),
        new("talk_seconds", c => c.TalkSeconds is not null, c => c.TalkSeconds >= 0, _ => "must not be negative"),
        new("hold_seconds", c => c.HoldSeconds is not null, c => c.HoldSeconds >= 0, _ => "must not be negative"),
        new("acw_seconds", c => c.AcwSeconds is not null, c => c.AcwSeconds >= 0, _ => "must not be negative"),
    ];
}
