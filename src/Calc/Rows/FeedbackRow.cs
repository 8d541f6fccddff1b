namespace Payout.Calc.Rows;

/// <summary>One row of <c>feedback.csv</c>.</summary>
internal sealed record FeedbackRow(string FeedbackId, string EmployeeId, DateTimeOffset ReceivedAt, DateTimeOffset? RespondedAt);
