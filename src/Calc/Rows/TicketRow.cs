namespace Payout.Calc.Rows;

/// <summary>One row of <c>tickets.csv</c> once its cells parsed.</summary>
internal sealed record TicketRow(
    string TicketId,
    string EmployeeId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? ResolvedAt,
    int? ContactsToResolve,
    bool IsComplaint,
    int? SlaFirstResponseMinutes,
    int? SlaResolutionMinutes);
