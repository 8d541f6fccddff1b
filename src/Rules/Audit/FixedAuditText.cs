namespace Payout.Rules.Audit;

/// <summary>Text known when the record is made.</summary>
internal sealed class FixedAuditText(AuditText text) : AuditSource
{
    public override AuditText Render(in AuditRecord record) => text;
}
