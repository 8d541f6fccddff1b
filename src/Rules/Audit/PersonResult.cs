namespace Payout.Rules.Audit;

/// <summary>What the policy decided for one person.</summary>
/// <param name="Lines">One line per award.</param>
/// <param name="Audit">One record per rule evaluated.</param>
public sealed record PersonResult(IReadOnlyList<PayoutLine> Lines, IReadOnlyList<AuditRecord> Audit)
{
    /// <summary>For each line, the index of its record in <see cref="Audit"/> (the explanation to link to).</summary>
    public IReadOnlyList<int> LineAudit { get; init; } = [];
}
