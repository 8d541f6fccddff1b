namespace Payout.Rules.Compile;

/// <summary>A workflow ready to evaluate, with the roles it applies to.</summary>
internal sealed record CompiledWorkflow(
    string Name,
    string File,
    IReadOnlyList<string> Roles,
    IReadOnlyList<ScopedValue> GlobalParams,
    IReadOnlyList<CompiledRule> Rules)
{
    /// <summary>For each rule, in order, every distinct fact it or the GlobalParams read: all must be present to evaluate it.</summary>
    public IReadOnlyList<(string Root, string Member)[]> Needs { get; } =
        Rules.Select(r => r.InputReferences.Concat(GlobalParams.SelectMany(g => g.Expression.References)).Distinct().ToArray()).ToList();
}
