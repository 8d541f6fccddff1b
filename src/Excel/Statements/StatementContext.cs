namespace Payout.Excel.Statements;

/// <summary>What every statement of a run shares, worked out once.</summary>
/// <param name="RuleTexts">Each rule's condition, output and LocalParams, by workflow and name: where the KPIs it reads are named.</param>
/// <param name="RulesHash">One SHA-256 over the rule files' hashes.</param>
/// <param name="InputsHash">One SHA-256 over the input files' hashes.</param>
internal sealed record StatementContext(
    IReadOnlyDictionary<(string Workflow, string Rule), IReadOnlyList<string>> RuleTexts,
    string RulesHash,
    string InputsHash)
{
    /// <summary>The context of <paramref name="report"/>.</summary>
    public static StatementContext Of(RunReport report) => new(
        report.PolicyRules.GroupBy(r => (r.Workflow, r.Name))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(r => new[] { r.Condition, r.Output ?? string.Empty, r.LocalParams })]),
        StatementSheet.HashOf(report.PolicyFiles.Select(f => (Path.GetFileName(f.Path), f.Sha256))), // names, not paths: the same rules give the same hash wherever they sit
        StatementSheet.HashOf(report.Inputs.Select(f => (f.Name, f.Sha256))));
}
