using FluentValidation;
using Payout.Calc.Rows;

namespace Payout.Calc.Validation;

/// <summary>Survey checks: known kind, a sane scale, the score inside it; NPS keeps its 0–10 scale.</summary>
internal sealed class SurveyValidator : AbstractValidator<SurveyRow>, IPrecheck<SurveyRow>
{
    /// <inheritdoc/>
    public bool Passes(SurveyRow s) =>
        s.Kind is "csat" or "nps" or "ces"
        && s.ScaleMax > s.ScaleMin
        && (s.Kind != "nps" || (s.ScaleMin == 0 && s.ScaleMax == 10))
        && s.Score >= s.ScaleMin && s.Score <= s.ScaleMax;

    public static readonly string[] Kinds = ["csat", "nps", "ces"];

    public SurveyValidator()
    {
        RuleFor(s => s.Kind).Must(k => Kinds.Contains(k)).OverridePropertyName("kind")
            .WithMessage("unknown survey kind; expected csat, nps or ces");
        RuleFor(s => s.ScaleMax).GreaterThan(s => s.ScaleMin).OverridePropertyName("scale_max")
            .WithMessage("scale_max must be greater than scale_min");
        RuleFor(s => s.ScaleMax).Must((s, _) => s.ScaleMin == 0 && s.ScaleMax == 10)
            .When(s => s.Kind == "nps").OverridePropertyName("scale_max")
            .WithMessage("nps uses the 0–10 scale");
        RuleFor(s => s.Score).Must((s, score) => score >= s.ScaleMin && score <= s.ScaleMax)
            .When(s => s.ScaleMax > s.ScaleMin).OverridePropertyName("score")
            .WithMessage(s => $"score outside its scale {s.ScaleMin}–{s.ScaleMax}");
    }
}
