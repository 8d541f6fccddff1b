namespace Payout.Calc.Rows;

/// <summary>One row of <c>qa_reviews.csv</c>: one criterion of one review.</summary>
internal sealed record QaReviewRow(string ReviewId, string EmployeeId, DateTimeOffset ReviewedAt, string Criterion, decimal Score, decimal ScaleMin, decimal ScaleMax, decimal Weight);
