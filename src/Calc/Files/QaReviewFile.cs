using Payout.Calc.Kpis;
using Payout.Calc.Reading;

namespace Payout.Calc.Files;

/// <summary>Reads <c>qa_reviews*.csv</c>: one row per review and criterion, folded into IQS.</summary>
internal static class QaReviewFile
{
    public const string Kind = "qa_reviews";

    public static IReadOnlyList<string> Required { get; } = ["review_id", "employee_id", "reviewed_at", "criterion", "score", "scale_min", "scale_max"];

    public static RowOutcome Handle(DataRow row, ReadContext ctx)
    {
        var reviewId = row.Text("review_id");
        var person = ctx.Person(row);
        var reviewed = row.Timestamp("reviewed_at");
        row.Text("criterion");
        var score = row.Decimal("score");
        var min = row.Decimal("scale_min");
        var max = row.Decimal("scale_max");
        var weight = row.OptionalDecimal("weight") ?? 1m;
        if (!row.Rejected && max <= min)
        {
            row.Reject("scale_max", row.Raw("scale_max"), "scale_max must be greater than scale_min");
        }
        else if (!row.Rejected && (score < min || score > max))
        {
            row.Reject("score", row.Raw("score"), $"score outside its scale {min}–{max}");
        }

        if (weight < 0)
        {
            row.Reject("weight", row.Raw("weight"), "weight must not be negative");
        }

        return ctx.Fold(row, person, reviewed, p => p.AddReviewCriterion(reviewId, KpiMath.Normalise(score, min, max), weight));
    }
}
