namespace Payout.Excel.Statements;

/// <summary>What every statement of a run shares, worked out once rather than once per person.</summary>
/// <param name="RuleKpis">Per rule (workflow and name), the names its condition, output and LocalParams mention, which may be KPIs.</param>
/// <param name="Adjustments">For a period closed in the ledger, each person's adjustments.</param>
/// <param name="RulesHash">One SHA-256 over the rule files' hashes.</param>
/// <param name="InputsHash">One SHA-256 over the input files' hashes.</param>
internal sealed record StatementContext(
    IReadOnlyDictionary<(string Workflow, string Rule), IReadOnlySet<string>> RuleKpis,
    ILookup<string, Adjustment> Adjustments,
    string RulesHash,
    string InputsHash)
{
    /// <summary>The context of <paramref name="report"/>.</summary>
    public static StatementContext Of(RunReport report) => new(
        RuleReads.ByRule(report),
        (report.Adjustments ?? []).ToLookup(a => a.EmployeeId, StringComparer.Ordinal),
        StatementSheet.HashOf(report.PolicyFiles.Select(f => (Path.GetFileName(f.Path), f.Sha256))), // names, not paths: the same rules give the same hash wherever they sit
        StatementSheet.HashOf(report.Inputs.Select(f => (f.Name, f.Sha256))));
}
