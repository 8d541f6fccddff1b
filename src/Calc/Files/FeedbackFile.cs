using Payout.Calc.Reading;
using Payout.Calc.Rows;
using Payout.Calc.Validation;

namespace Payout.Calc.Files;

/// <summary>Reads <c>feedback*.csv</c>: the feedback response rate.</summary>
internal static class FeedbackFile
{
    public const string Kind = "feedback";

    public static IReadOnlyList<string> Required { get; } = ["feedback_id", "employee_id", "received_at"];

    private static readonly FeedbackValidator Validator = new();

    public static RowOutcome Handle(DataRow row, ReadContext ctx, UniqueIds seen)
    {
        var feedback = new FeedbackRow(row.Text("feedback_id"), row.Text("employee_id"), row.Timestamp("received_at"), row.OptionalTimestamp("responded_at"));
        row.Check(Validator, feedback);
        row.Unique("feedback_id", feedback.FeedbackId, seen);
        var person = ctx.Person(row, feedback.EmployeeId);
        return ctx.Fold(row, person, feedback.ReceivedAt, feedback, static (p, f) => p.AddFeedback(f.RespondedAt is not null));
    }
}
