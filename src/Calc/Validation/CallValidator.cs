using FluentValidation;
using Payout.Calc.Rows;

namespace Payout.Calc.Validation;

/// <summary>Call checks: answered after offered, an abandoned call was not answered, durations not negative.</summary>
internal sealed class CallValidator : AbstractValidator<CallRow>, IPrecheck<CallRow>
{
    /// <inheritdoc/>
    public bool Passes(CallRow c) =>
        (c.AnsweredAt is null || (c.AnsweredAt >= c.OfferedAt && !c.Abandoned && !string.IsNullOrWhiteSpace(c.EmployeeId)))
        && (c.TalkSeconds is null || c.TalkSeconds >= 0)
        && (c.HoldSeconds is null || c.HoldSeconds >= 0)
        && (c.AcwSeconds is null || c.AcwSeconds >= 0);

    public CallValidator()
    {
        RuleFor(c => c.AnsweredAt).GreaterThanOrEqualTo(c => c.OfferedAt)
            .When(c => c.AnsweredAt is not null).OverridePropertyName("answered_at")
            .WithMessage("negative duration: answered before offered_at");
        RuleFor(c => c.AnsweredAt).Null()
            .When(c => c.Abandoned).OverridePropertyName("answered_at")
            .WithMessage("an abandoned call cannot have answered_at");
        RuleFor(c => c.EmployeeId).NotEmpty()
            .When(c => c.AnsweredAt is not null).OverridePropertyName("employee_id")
            .WithMessage("an answered call needs the employee_id who answered it");
        RuleFor(c => c.TalkSeconds).GreaterThanOrEqualTo(0).When(c => c.TalkSeconds is not null)
            .OverridePropertyName("talk_seconds").WithMessage("must not be negative");
        RuleFor(c => c.HoldSeconds).GreaterThanOrEqualTo(0).When(c => c.HoldSeconds is not null)
            .OverridePropertyName("hold_seconds").WithMessage("must not be negative");
        RuleFor(c => c.AcwSeconds).GreaterThanOrEqualTo(0).When(c => c.AcwSeconds is not null)
            .OverridePropertyName("acw_seconds").WithMessage("must not be negative");
    }
}
