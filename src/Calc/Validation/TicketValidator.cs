using FluentValidation;
using Payout.Calc.Rows;

namespace Payout.Calc.Validation;

/// <summary>Ticket checks: no negative durations, at least one contact, SLA targets not negative.</summary>
internal sealed class TicketValidator : AbstractValidator<TicketRow>, IPrecheck<TicketRow>
{
    /// <inheritdoc/>
    public bool Passes(TicketRow t) =>
        (t.FirstResponseAt is null || t.FirstResponseAt >= t.CreatedAt)
        && (t.ResolvedAt is null || t.ResolvedAt >= t.CreatedAt)
        && (t.ContactsToResolve is null || t.ContactsToResolve >= 1)
        && (t.SlaFirstResponseMinutes is null || t.SlaFirstResponseMinutes >= 0)
        && (t.SlaResolutionMinutes is null || t.SlaResolutionMinutes >= 0);

    public TicketValidator()
    {
        RuleFor(t => t.FirstResponseAt).GreaterThanOrEqualTo(t => t.CreatedAt)
            .When(t => t.FirstResponseAt is not null).OverridePropertyName("first_response_at")
            .WithMessage("negative duration: first response is before created_at");
        RuleFor(t => t.ResolvedAt).GreaterThanOrEqualTo(t => t.CreatedAt)
            .When(t => t.ResolvedAt is not null).OverridePropertyName("resolved_at")
            .WithMessage("negative duration: resolved before created_at");
        RuleFor(t => t.ContactsToResolve).GreaterThanOrEqualTo(1)
            .When(t => t.ContactsToResolve is not null).OverridePropertyName("contacts_to_resolve")
            .WithMessage("must be at least 1");
        RuleFor(t => t.SlaFirstResponseMinutes).GreaterThanOrEqualTo(0)
            .When(t => t.SlaFirstResponseMinutes is not null).OverridePropertyName("sla_first_response_minutes")
            .WithMessage("an SLA target must not be negative");
        RuleFor(t => t.SlaResolutionMinutes).GreaterThanOrEqualTo(0)
            .When(t => t.SlaResolutionMinutes is not null).OverridePropertyName("sla_resolution_minutes")
            .WithMessage("an SLA target must not be negative");
    }
}
