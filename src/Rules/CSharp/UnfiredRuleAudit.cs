using Payout.Rules.Audit;

namespace Payout.Rules.CSharp;

/// <summary>
/// The explanation of a C# rule that did not fire: what its condition read, and why it did not
/// hold or could not be evaluated. One small object per person and rule, where closures over the
/// same values took five; most people fire no C# rule, so this is the common record.
/// </summary>
internal sealed class UnfiredRuleAudit(LoadedRule rule, string reads, string? missing) : AuditSource
{
    /// <summary>True when this explains the rule not firing after exactly these reads.</summary>
    public bool Explains(string otherReads, string? otherMissing) =>
        string.Equals(reads, otherReads, StringComparison.Ordinal) && string.Equals(missing, otherMissing, StringComparison.Ordinal);

    public override AuditText Render(in AuditRecord record) => new(reads, string.Empty, missing is null
        ? $"{rule.Rule.Name} did not fire: {rule.Condition} is false for {reads}; pays nothing"
        : $"{rule.Rule.Name} not evaluated: {missing}; pays nothing");
}
