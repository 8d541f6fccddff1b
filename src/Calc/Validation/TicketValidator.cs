using Payout.Calc.Rows;

namespace Payout.Calc.Validation;

/// <summary>Ticket checks: no negative durations, at least one contact, SLA targets not negative.</summary>
internal sealed class TicketValidator() : RowRulesValidator<TicketRow>(Rules)
{
    private static readonly RowRule<TicketRow>[] Rules =
    [
        new("first_response_at", t => t.FirstResponseAt is not null, t => t.FirstResponseAt >= t.CreatedAt, _ => "negative duration: first response is before created_at"),
        new("resolved_at", t => t.ResolvedAt is not null, t => t.ResolvedAt >= t.CreatedAt, _ => "negative duration: resolved before created_at"),
        new("contacts_to_resolve", t => t.ContactsToResolve is not null, t => t.ContactsToResolve >= 1, _ => "must be at least 1"),
        new("sla_first_response_minutes", t => t.SlaFirstResponseMinutes is not null, t => t.SlaFirstResponseMinutes >= 0, _ => "an SLA target must not be negative"),
        new("sla_resolution_minutes", t => t.SlaResolutionMinutes is not null, t => t.SlaResolutionMinutes >= 0, _ => "an SLA target must not be negative"),
    ];
}
