using Payout.Calc.Reading;

namespace Payout.Calc.Files;

/// <summary>Reads <c>tickets*.csv</c>: frt and SLA adherence.</summary>
internal static class TicketFile
{
    public const string Kind = "tickets";

    public static IReadOnlyList<string> Required { get; } = ["ticket_id", "employee_id", "created_at"];

    public static RowOutcome Handle(DataRow row, ReadContext ctx, HashSet<string> seenIds)
    {
        var id = row.Text("ticket_id");
        if (id.Length > 0 && !seenIds.Add(id))
        {
            row.Reject("ticket_id", id, "duplicate ticket_id");
        }

        var person = ctx.Person(row);
        var created = row.Timestamp("created_at");
        var firstResponse = row.OptionalTimestamp("first_response_at");
        var resolved = row.OptionalTimestamp("resolved_at");
        var slaFr = row.OptionalInt("sla_first_response_minutes");
        var slaRes = row.OptionalInt("sla_resolution_minutes");
        var contacts = row.OptionalInt("contacts_to_resolve");
        row.OptionalBool("is_complaint");
        if (firstResponse < created)
        {
            row.Reject("first_response_at", row.Raw("first_response_at"), "negative duration: first response is before created_at");
        }

        if (resolved < created)
        {
            row.Reject("resolved_at", row.Raw("resolved_at"), "negative duration: resolved before created_at");
        }

        if (contacts < 1)
        {
            row.Reject("contacts_to_resolve", row.Raw("contacts_to_resolve"), "must be at least 1");
        }

        if (slaFr < 0 || slaRes < 0)
        {
            row.Reject(slaFr < 0 ? "sla_first_response_minutes" : "sla_resolution_minutes", string.Empty, "an SLA target must not be negative");
        }

        return ctx.Fold(row, person, created, p => p.AddTicket(created, firstResponse, resolved, slaFr, slaRes));
    }
}
