using FluentValidation;
using Payout.Calc.Rows;

namespace Payout.Calc.Validation;

/// <summary>QA checks: a sane scale, the score inside it, a weight not negative.</summary>
internal sealed class QaReviewValidator : AbstractValidator<QaReviewRow>
{
    public QaReviewValidator()
    {
        RuleFor(r => r.ScaleMax).GreaterThan(r => r.ScaleMin).OverridePropertyName("scale_max")
            .WithMessage("scale_max must be greater than scale_min");
        RuleFor(r => r.Score).Must((r, score) => score >= r.ScaleMin && score <= r.ScaleMax)
            .When(r => r.ScaleMax > r.ScaleMin).OverridePropertyName("score")
            .WithMessage(r => $"score outside its scale {r.ScaleMin}–{r.ScaleMax}");
        RuleFor(r => r.Weight).GreaterThanOrEqualTo(0).OverridePropertyName("weight")
            .WithMessage("weight must not be negative");
    }
}
