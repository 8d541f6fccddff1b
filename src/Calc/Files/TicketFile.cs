using Payout.Calc.Reading;
using Payout.Calc.Rows;
using Payout.Calc.Validation;

namespace Payout.Calc.Files;

/// <summary>Reads <c>tickets*.csv</c>: frt, art, SLA adherence, resolution rate, complaint time.</summary>
internal static class TicketFile
{
    public const string Kind = "tickets";

    public static IReadOnlyList<string> Required { get; } = ["ticket_id", "employee_id", "created_at"];

    private static readonly TicketValidator Validator = new();

    public static RowOutcome Handle(DataRow row, ReadContext ctx, UniqueIds seen)
    {
        var ticket = new TicketRow(
            row.Text("ticket_id"),
            row.Text("employee_id"),
            row.Timestamp("created_at"),
            row.OptionalTimestamp("first_response_at"),
            row.OptionalTimestamp("resolved_at"),
            row.OptionalInt("contacts_to_resolve"),
            row.OptionalBool("is_complaint") ?? false,
            row.OptionalInt("sla_first_response_minutes"),
            row.OptionalInt("sla_resolution_minutes"));
        row.Check(Validator, ticket);
        row.Unique("ticket_id", ticket.TicketId, seen);
        var person = ctx.Person(row, ticket.EmployeeId);
        return ctx.Fold(row, person, ticket.CreatedAt, ticket, static (p, t) => p.AddTicket(
            t.CreatedAt, t.FirstResponseAt, t.ResolvedAt, t.ContactsToResolve, t.IsComplaint, t.SlaFirstResponseMinutes, t.SlaResolutionMinutes));
    }
}
