using Payout.Excel.Writing;

namespace Payout.Excel.Sheets;

/// <summary>The short reference sheets: Policies, Inputs, Rejected Rows and Run.</summary>
internal static class SmallSheets
{
    /// <summary>One row per rule version (with its file's SHA-256 and whether it is in force for the period), and one per file without rules.</summary>
    public static Sheet Policies(RunReport report) => new(
        Names.Policies,
        [new("file", 36), new("sha256", 66), new("line", 6), new("workflow", 22), new("rule", 26), new("in_force", 9), new("effective_from", 14), new("effective_to", 14),
         new("component", 22), new("reward_type", 12), new("priority", 8), new("exclusive_group", 16), new("condition", 60), new("output", 50), new("description", 80)],
        report.PolicyFiles.SelectMany(f => PolicyRows(report, f)));

    private static IEnumerable<IReadOnlyList<Cell>> PolicyRows(RunReport report, Rules.PolicyFile file)
    {
        var rules = report.PolicyRules.Where(r => r.File == file.Path).ToList();
        if (rules.Count == 0)
        {
            yield return [Cell.Of(file.Path), Cell.Of(file.Sha256)];
            yield break;
        }

        foreach (var r in rules)
        {
            yield return
            [
                Cell.Of(file.Path), Cell.Of(file.Sha256), Cell.Of(r.Line, Style.Integer), Cell.Of(r.Workflow), Cell.Of(r.Name),
                Cell.Of(r.InForce(report.Period.Start) ? "yes" : "no"), Cell.Of(r.EffectiveFrom), Cell.Of(r.EffectiveTo), Cell.Of(r.Component), Cell.Of(r.RewardType is { } type ? Names.Reward(type) : "set by the rule"),
                Cell.Of(r.Priority, Style.Integer), Cell.Of(r.ExclusiveGroup), Cell.Of(r.Condition), Cell.Of(r.Output), Cell.Of(r.Description),
            ];
        }
    }

    public static Sheet Inputs(RunReport report) => new(
        Names.Inputs,
        [new("file", 28), new("sha256", 66), new("rows_read", 10), new("rows_used", 10), new("rows_rejected", 13), new("rows_outside_period", 19)],
        report.Inputs.Select(i => (IReadOnlyList<Cell>)
        [
            Cell.Of(i.Name), Cell.Of(i.Sha256), Cell.Of(i.RowsRead, Style.Integer), Cell.Of(i.RowsUsed, Style.Integer),
            Cell.Of(i.RowsRejected, Style.Integer), Cell.Of(i.RowsOutsidePeriod, Style.Integer),
        ]));

    public static Sheet Rejected(RunReport report) => new(
        Names.Rejected,
        [new("file", 28), new("line", 8), new("column", 24), new("value", 30), new("reason", 80)],
        report.Rejected.Where(e => e.FollowsFrom is null).Select(e => (IReadOnlyList<Cell>)
        [
            Cell.Of(e.File), Cell.Of(e.Line, Style.Integer), Cell.Of(e.Column), Cell.Of(e.Value), Cell.Of(e.Reason),
        ])
        .Concat(report.Rejected.Where(e => e.FollowsFrom is not null).GroupBy(e => (e.File, e.FollowsFrom)).Select(g => (IReadOnlyList<Cell>)
        [
            Cell.Of(g.Key.File), Cell.Empty, Cell.Empty, Cell.Empty,
            Cell.Of($"{g.Count()} row(s) name employees or teams that {g.Key.FollowsFrom} would have defined (they follow from it; counted, not listed)"),
        ])));

    public static Sheet Run(RunReport report) => new(
        Names.Run,
        [new("key", 24), new("value", 80)],
        report.Run.Select(kv => (IReadOnlyList<Cell>)[Cell.Of(kv.Key), Cell.Of(kv.Value)]));
}
