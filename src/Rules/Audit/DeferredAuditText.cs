namespace Payout.Rules.Audit;

/// <summary>Text built by a function of values captured when the record is made.</summary>
internal sealed class DeferredAuditText(Func<AuditText> render) : AuditSource
{
    public override AuditText Render(in AuditRecord record) => render();
}
