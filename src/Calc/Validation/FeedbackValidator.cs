using FluentValidation;
using Payout.Calc.Rows;

namespace Payout.Calc.Validation;

/// <summary>Feedback checks: a response comes after receipt.</summary>
internal sealed class FeedbackValidator : AbstractValidator<FeedbackRow>
{
    public FeedbackValidator()
    {
        RuleFor(f => f.RespondedAt).GreaterThanOrEqualTo(f => f.ReceivedAt)
            .When(f => f.RespondedAt is not null).OverridePropertyName("responded_at")
            .WithMessage("negative duration: responded before received_at");
    }
}
