using Payout.Calc.Kpis;
using Payout.Calc.Reading;
using Payout.Calc.Rows;
using Payout.Calc.Validation;

namespace Payout.Calc.Files;

/// <summary>Reads <c>qa_reviews*.csv</c>: one row per review and criterion, folded into IQS.</summary>
internal static class QaReviewFile
{
    public const string Kind = "qa_reviews";

    public static IReadOnlyList<string> Required { get; } = ["review_id", "employee_id", "reviewed_at", "criterion", "score", "scale_min", "scale_max"];

    private static readonly QaReviewValidator Validator = new();

    public static RowOutcome Handle(DataRow row, ReadContext ctx, UniqueIds seen)
    {
        var review = new QaReviewRow(
            row.Text("review_id"),
            row.Text("employee_id"),
            row.Timestamp("reviewed_at"),
            row.Text("criterion"),
            row.Decimal("score"),
            row.Decimal("scale_min"),
            row.Decimal("scale_max"),
            row.OptionalDecimal("weight") ?? 1m);
        row.Check(Validator, review);
        row.Unique("criterion", review.ReviewId + "\u001f" + review.Criterion, seen, review, static r => $"duplicate criterion '{r.Criterion}' in review {r.ReviewId}");
        var person = ctx.Person(row, review.EmployeeId);
        return ctx.Fold(row, person, review.ReviewedAt, review, static (p, r) => p.AddReviewCriterion(r.ReviewId, r.Criterion, KpiMath.Normalise(r.Score, r.ScaleMin, r.ScaleMax), r.Weight));
    }
}
