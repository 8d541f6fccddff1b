using Payout.Calc.Reading;

namespace Payout.Calc.Files;

/// <summary>Reads <c>surveys*.csv</c>: csat and nps (ces comes with the full catalog).</summary>
internal static class SurveyFile
{
    public const string Kind = "surveys";

    public static IReadOnlyList<string> Required { get; } = ["survey_id", "employee_id", "kind", "score", "submitted_at"];

    public static RowOutcome Handle(DataRow row, ReadContext ctx, HashSet<string> seenIds)
    {
        var id = row.Text("survey_id");
        if (id.Length > 0 && !seenIds.Add(id))
        {
            row.Reject("survey_id", id, "duplicate survey_id");
        }

        var person = ctx.Person(row);
        var kind = row.Text("kind").ToLowerInvariant();
        var score = row.Decimal("score");
        var submitted = row.Timestamp("submitted_at");
        (decimal Min, decimal Max)? defaults = kind switch
        {
            "csat" => (1m, 5m),
            "nps" => (0m, 10m),
            "ces" => (1m, 7m),
            _ => null,
        };
        if (defaults is null)
        {
            if (kind.Length > 0)
            {
                row.Reject("kind", kind, "unknown survey kind; expected csat, nps or ces");
            }

            return RowOutcome.Rejected;
        }

        var min = row.OptionalDecimal("scale_min") ?? defaults.Value.Min;
        var max = row.OptionalDecimal("scale_max") ?? defaults.Value.Max;
        if (kind == "nps" && (min != 0 || max != 10))
        {
            row.Reject("scale_max", row.Raw("scale_max"), "nps uses the 0–10 scale");
        }
        else if (max <= min)
        {
            row.Reject("scale_max", row.Raw("scale_max"), "scale_max must be greater than scale_min");
        }
        else if (!row.Rejected && (score < min || score > max))
        {
            row.Reject("score", row.Raw("score"), $"score outside its scale {min}–{max}");
        }

        return ctx.Fold(row, person, submitted, p =>
        {
            if (kind == "csat")
            {
                p.AddCsat(score, max);
            }
            else if (kind == "nps")
            {
                p.AddNps(score);
            }
        });
    }
}
