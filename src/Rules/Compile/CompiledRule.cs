namespace Payout.Rules.Compile;

/// <summary>A rule ready to evaluate.</summary>
internal sealed record CompiledRule(
    string Workflow,
    string Name,
    string File,
    int Line,
    RuleMetadata Metadata,
    IReadOnlyList<ScopedValue> LocalParams,
    CompiledExpression Condition,
    CompiledExpression? Output)
{
    /// <summary>The distinct facts the rule's expressions read, in order of first appearance (computed once).</summary>
    public IReadOnlyList<(string Root, string Member)> InputReferences { get; } =
        LocalParams.Select(l => l.Expression).Prepend(Condition).Concat(Output is null ? [] : [Output]).SelectMany(e => e.References).Distinct().ToList();

    /// <summary>Every expression of the rule, condition first, for input capture.</summary>
    public IEnumerable<CompiledExpression> Expressions =>
        LocalParams.Select(l => l.Expression).Prepend(Condition).Concat(Output is null ? [] : [Output]);
}
