using Payout.Excel.Writing;

namespace Payout.Excel.Sheets;

/// <summary>The short reference sheets: Policies, Inputs, Rejected Rows and Run.</summary>
internal static class SmallSheets
{
    /// <summary>One row per rule version (with its file's SHA-256 and whether it is in force for the period), and one per file without rules.</summary>
    public static Sheet Policies(RunReport report) => new(
        Names.Policies,
        [new("file", 36), new("sha256", 66), new("line", 6), new("workflow", 22), new("rule", 26), new("in_force", 9), new("effective_from", 14), new("effective_to", 14),
         new("component", 22), new("reward_type", 12), new("priority", 8), new("exclusive_group", 16), new("condition", 60), new("output", 50),
         new("local_params", 40), new("unit_cost", 12), new("prorate", 8), new("description", 80)],
        report.PolicyFiles.SelectMany(f => PolicyRows(report, f)).Concat(PlanRows(report)));

    /// <summary>The plan's settings and parameters, one row each, on the plan file's row shape: the values an auditor needs to redo a line.</summary>
    private static IEnumerable<IReadOnlyList<Cell>> PlanRows(RunReport report)
    {
        var plan = report.PolicyFiles.FirstOrDefault(f => f.Path.EndsWith(Rules.PolicyLoader.PlanFileName, StringComparison.Ordinal));
        foreach (var (name, value) in report.PlanSettings)
        {
            yield return
            [
                Cell.Of(plan?.Path), Cell.Of(plan?.Sha256), Cell.Empty, Cell.Of("(plan)"), Cell.Of(name), Cell.Of("yes"), Cell.Empty, Cell.Empty,
                Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty, Cell.Of(value), Cell.Empty, Cell.Empty, Cell.Empty, Cell.Of("plan setting"),
            ];
        }
    }

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
                Cell.Of(r.Priority, Style.Integer), Cell.Of(r.ExclusiveGroup), Cell.Of(r.Condition), Cell.Of(r.Output),
                Cell.Of(r.LocalParams.Length > 0 ? r.LocalParams : null), Cell.Of(r.UnitCost, Style.Decimal), Cell.Of(r.Prorate ? "yes" : "no"), Cell.Of(r.Description),
            ];
        }
    }

    /// <summary>
    /// What every KPI of the run means, so a value on the KPIs sheet can be redone from its numerator
    /// and denominator, and how many people have it, miss it where a rule read it, or miss it unread.
    /// </summary>
    public static Sheet KpiDefinitions(RunReport report) => new(
        Names.KpiDefinitions,
        [new("kpi", 36), new("definition", 90), new("lower_is_better", 15), new("people_with_value", 17), new("missing_listed", 14), new("missing_not_listed", 18)],
        KpiDefinitionRows(report));

    // The counts say what the KPIs sheet holds: every value and every missing KPI a rule read are
    // listed there; a missing KPI no rule read is only counted here.
    private static IEnumerable<IReadOnlyList<Cell>> KpiDefinitionRows(RunReport report)
    {
        var coverage = KpisSheet.Coverage(report);
        foreach (var k in report.KpiDefinitions)
        {
            var (value, listed, notListed) = coverage.GetValueOrDefault(k.Name);
            yield return [Cell.Of(k.Name), Cell.Of(k.Definition), Cell.Of(k.LowerIsBetter ? "yes" : "no"),
                Cell.Of(value, Style.Integer), Cell.Of(listed, Style.Integer), Cell.Of(notListed, Style.Integer)];
        }
    }

    /// <summary>
    /// Each person's HR facts and how their proration was derived: days employed in the period ÷
    /// days in the period × FTE, as a formula carrying the engine's value.
    /// </summary>
    public static Sheet People(RunReport report) => new(
        Names.People,
        [new("employee_id", 12), new("name", 22), new Column("role", 13).AsShared(), new Column("team", 14).AsShared(), new Column("currency", 9).AsShared(), new("annual_base_salary", 18), new("variable_pay_pct", 16),
         new("fte", 8), new("hire_date", 12), new("termination_date", 16), new("days_employed", 14), new("days_in_period", 14), new("proration", 12)],
        report.People.Select((p, i) =>
        {
            var e = p.Kpis.Employee;
            var row = i + 2;
            return (IReadOnlyList<Cell>)
            [
                Cell.Of(e.EmployeeId), Cell.Of(e.Name), Cell.Of(e.Role), Cell.Of(e.Team), Cell.Of(e.Currency), Cell.Money(e.AnnualBaseSalary, e.Currency),
                Cell.Of(e.VariablePayPct, Style.Percent), Cell.Of(e.Fte, Style.Decimal), Cell.Of(e.HireDate), Cell.Of(e.TerminationDate),
                Cell.Of(e.DaysEmployedIn(report.Period), Style.Integer), Cell.Of(report.Period.Days, Style.Integer),
                Cell.Calc($"K{row}/L{row}*H{row}", p.Kpis.Proration, Style.Percent),
            ];
        }));

    /// <summary>
    /// Row-level lineage: each source row of the period, whose it is and which KPIs it feeds, so any
    /// KPI on the KPIs sheet can be traced to file, line and id. Left out, with a note, when the run
    /// has more rows than fit a workbook sensibly.
    /// </summary>
    public static Sheet Lineage(RunReport report) => new(
        Names.Lineage,
        [new("employee_or_team", 16), new("file", 24), new("line", 8), new("id", 14), new("kpis", 60)],
        report.Lineage is { } rows
            ? rows.Select(r => (IReadOnlyList<Cell>)[Cell.Of(r.Who), Cell.Of(r.File), Cell.Of(r.Line, Style.Integer), Cell.Of(r.Id), Cell.Of(r.Kpis)])
            : [[Cell.Of("(not listed)"), Cell.Empty, Cell.Empty, Cell.Empty,
                Cell.Of("too many source rows for the workbook, or a run without explanations: payout trace --employee ID --kpi NAME lists any person's rows")]]);

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
