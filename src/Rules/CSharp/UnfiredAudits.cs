namespace Payout.Rules.CSharp;

/// <summary>
/// Hands out one <see cref="UnfiredRuleAudit"/> per rule for as long as people keep reading the
/// same values, e.g. a rule that only fires in Q4 reads the period name and nothing else for
/// everyone in Q3. Explanations are kept for every person until the workbook is written, and
/// the collector's cost follows the number of kept objects.
/// </summary>
/// <remarks>
/// Only the last one is remembered per rule, so memory does not grow with people whose reads
/// differ. Threads evaluating people in parallel may race on it; either way each person gets an
/// explanation of exactly their reads, so the text does not depend on the race.
/// </remarks>
internal sealed class UnfiredAudits(IReadOnlyList<LoadedRule> rules)
{
    private readonly UnfiredRuleAudit?[] _last = new UnfiredRuleAudit?[rules.Count];

    /// <summary>An explanation of <paramref name="rule"/> not firing after reading <paramref name="reads"/>.</summary>
    public UnfiredRuleAudit For(LoadedRule rule, string reads, string? missing)
    {
        var i = IndexOf(rule);
        var last = Volatile.Read(ref _last[i]);
        if (last is not null && last.Explains(reads, missing))
        {
            return last;
        }

        var made = new UnfiredRuleAudit(rule, reads, missing);
        Volatile.Write(ref _last[i], made);
        return made;
    }

    private int IndexOf(LoadedRule rule) =>
        rules.IndexOfSame(rule) is var i and >= 0 ? i : throw new ArgumentException($"C# rule {rule.Rule.Name} is not in the policy", nameof(rule));
}
