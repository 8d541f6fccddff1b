using Payout.Calc.Reading;
using Payout.Calc.Rows;
using Payout.Calc.Validation;

namespace Payout.Calc.Files;

/// <summary>Reads <c>surveys*.csv</c>: csat, csat_avg, nps, ces, ces_low_effort_pct.</summary>
internal static class SurveyFile
{
    public const string Kind = "surveys";

    public static IReadOnlyList<string> Required { get; } = ["survey_id", "employee_id", "kind", "score", "submitted_at"];

    private static readonly SurveyValidator Validator = new();

    public static RowOutcome Handle(DataRow row, ReadContext ctx, UniqueIds seen)
    {
        var kind = row.Text("kind").ToLowerInvariant();
        var (defaultMin, defaultMax) = kind switch
        {
            "nps" => (0m, 10m),
            "ces" => (1m, 7m),
            _ => (1m, 5m),
        };
        var survey = new SurveyRow(
            row.Text("survey_id"),
            row.Text("employee_id"),
            kind,
            row.Decimal("score"),
            row.Timestamp("submitted_at"),
            row.OptionalDecimal("scale_min") ?? defaultMin,
            row.OptionalDecimal("scale_max") ?? defaultMax);
        row.Check(Validator, survey);
        row.Unique("survey_id", survey.SurveyId, seen);
        var person = ctx.Person(row, survey.EmployeeId);
        return ctx.Fold(row, person, survey.SubmittedAt, survey, static (p, s) => p.AddSurvey(s.Kind, s.Score, s.ScaleMin, s.ScaleMax));
    }
}
