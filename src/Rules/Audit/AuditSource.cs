namespace Payout.Rules.Audit;

/// <summary>
/// Renders the text of audit records on demand. One source is usually shared by all of a
/// person's records, so a record costs one object until its text is asked for.
/// </summary>
internal abstract class AuditSource
{
    /// <summary>The text of <paramref name="record"/>, without any amount adjustment.</summary>
    public abstract AuditText Render(in AuditRecord record);
}
