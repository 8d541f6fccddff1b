namespace Payout.Rules.Compile;

/// <summary>A workflow ready to evaluate, with the roles it applies to.</summary>
internal sealed record CompiledWorkflow(
    string Name,
    string File,
    IReadOnlyList<string> Roles,
    IReadOnlyList<ScopedValue> GlobalParams,
    IReadOnlyList<CompiledRule> Rules);
