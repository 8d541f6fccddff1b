using Payout.Calc.Rows;

namespace Payout.Calc.Validation;

/// <summary>Survey checks: known kind, a sane scale, the score inside it; NPS keeps its 0–10 scale.</summary>
internal sealed class SurveyValidator() : RowRulesValidator<SurveyRow>(Rules)
{
    public static readonly string[] Kinds = ["csat", "nps", "ces"];

    private static readonly RowRule<SurveyRow>[] Rules =
    [
        new("kind", _ => true, s => s.Kind is "csat" or "nps" or "ces", _ => "unknown survey kind; expected csat, nps or ces"),
        new("scale_max", _ => true, s => s.ScaleMax > s.ScaleMin, _ => "scale_max must be greater than scale_min"),
        new("scale_max", s => s.Kind == "nps", s => s.ScaleMin == 0 && s.ScaleMax == 10, _ => "nps uses the 0–10 scale"),
        new("score", s => s.ScaleMax > s.ScaleMin, s => s.Score >= s.ScaleMin && s.Score <= s.ScaleMax, s => $"score outside its scale {s.ScaleMin}–{s.ScaleMax}"),
    ];
}
