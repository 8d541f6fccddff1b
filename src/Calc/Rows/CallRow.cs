namespace Payout.Calc.Rows;

/// <summary>One row of <c>calls.csv</c>.</summary>
internal sealed record CallRow(
    string CallId,
    string Team,
    DateTimeOffset OfferedAt,
    string? EmployeeId,
    DateTimeOffset? AnsweredAt,
    bool Abandoned,
    int? TalkSeconds,
    int? HoldSeconds,
    int? AcwSeconds);
