using Payout.Rules.Audit;
using Payout.Rules.Compile;
using Payout.Rules.CSharp;
using Payout.Rules.Engine;
using Payout.Rules.Facts;
using Payout.Rules.Files;
using Payout.Rules.Plan;

namespace Payout.Rules;

/// <summary>
/// A loaded, fully compiled policy: the plan and its workflows. Evaluation is a pure function of
/// the person and period, so persons can be evaluated in any order with the same result.
/// </summary>
public sealed class Policy
{
    private readonly FactShape _shape;
    private readonly IReadOnlyList<CompiledWorkflow> _workflows;

    private readonly CSharpRules _csharp;
    private readonly Dictionary<CompiledRule, CompiledWorkflow> _workflowOf;
    private readonly Dictionary<CompiledRule, RuleIdentity> _identityOf;
    private readonly Dictionary<CompiledRule, string> _winsGroup; // one reason string per winner, shared by everyone it supersedes

    internal Policy(PayPlan plan, FactShape shape, IReadOnlyList<CompiledWorkflow> workflows, CSharpRules csharp, IReadOnlyList<PolicyFile> files)
    {
        Plan = plan;
        _shape = shape;
        _workflows = workflows;
        _csharp = csharp;
        // Rules are records; they are told apart by identity, not by comparing every member.
        _workflowOf = new Dictionary<CompiledRule, CompiledWorkflow>(ReferenceEqualityComparer.Instance);
        _identityOf = new Dictionary<CompiledRule, RuleIdentity>(ReferenceEqualityComparer.Instance);
        _winsGroup = new Dictionary<CompiledRule, string>(ReferenceEqualityComparer.Instance);
        foreach (var workflow in workflows)
        {
            foreach (var rule in workflow.Rules)
            {
                _workflowOf[rule] = workflow;
                _identityOf[rule] = new RuleIdentity(rule.Workflow, rule.Name, rule.File, rule.Line, rule.Metadata.Component, rule.Condition.Text, rule);
                if (rule.Metadata.ExclusiveGroup is { } group)
                {
                    _winsGroup[rule] = $"{rule.Name} (priority {rule.Metadata.Priority}) wins exclusive group '{group}'";
                }
            }
        }
        Files = files;
        RuleCount = workflows.Sum(w => w.Rules.Count) + csharp.Rules.Count;
    }

    /// <summary>True when some C# rule reads earlier quarters of the year: callers then supply <see cref="PersonFacts.History"/>.</summary>
    public bool UsesYearHistory => _csharp.UsesYearHistory;

    /// <summary>True when some C# rule matches booked lines or churned accounts (a clawback): runs then read the ledger.</summary>
    public bool UsesBooked => _csharp.UsesBooked;

    /// <summary>True when some C# rule matches team KPIs: callers then supply <see cref="PersonFacts.TeamKpis"/>.</summary>
    public bool UsesTeamKpis => _csharp.Rules.Any(r => r.Scan.FactTypes.Contains(typeof(TeamKpi)));

    /// <summary>The KPIs C# rules match as team facts: the only ones worth pooling.</summary>
    public IReadOnlySet<string> TeamKpiNames => _csharp.TeamKpiNames;

    /// <summary>The plan settings.</summary>
    public PayPlan Plan { get; }

    /// <summary>Every policy file read, with its SHA-256.</summary>
    public IReadOnlyList<PolicyFile> Files { get; }

    /// <summary>The plan's settings and parameters as an auditor needs them to redo a line: name and value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> PlanSettings =>
    [
        new("Rounding", $"{Plan.Rounding.Mode}, {Plan.Rounding.Places} places, after {RoundingPolicy.GuardDigits} significant digits"),
        new("TimeZone", Plan.TimeZone.Id),
        new("WorkingDaysPerYear", Describe.Number(Plan.WorkingDaysPerYear)),
        .. Plan.MinSamples.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => KeyValuePair.Create($"MinSamples.{m.Key}", m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        .. Plan.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create($"plan.{p.Key}", Describe.Number(p.Value))),
        .. Plan.Components.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => KeyValuePair.Create($"Components.{c.Key}",
            $"cap {(c.Value.Cap is { } cap ? Describe.Number(cap) : "none")}, floor {(c.Value.Floor is { } floor ? Describe.Number(floor) : "none")}")),
    ];

    /// <summary>Every role some workflow or C# rule serves, ordinal order.</summary>
    public IReadOnlyList<string> Roles => Plan.Workflows.Values.SelectMany(r => r).Concat(_csharp.Rules.SelectMany(r => r.Roles)).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Every KPI name rules may read.</summary>
    internal IReadOnlyList<string> KpiNames => _shape.KpiNames;

    /// <summary>Number of rules loaded across workflows.</summary>
    public int RuleCount { get; }

    /// <summary>Every rule version, in file order, for the Policies sheet.</summary>
    public IReadOnlyList<PolicyRule> Rules => _workflows.SelectMany(w => w.Rules).Select(r => new PolicyRule(
        r.Workflow, r.Name, r.File, r.Line, r.Metadata.Component, r.Metadata.RewardType, r.Metadata.Priority, r.Metadata.ExclusiveGroup,
        r.Metadata.EffectiveFrom, r.Metadata.EffectiveTo, r.Condition.Text, r.Output?.Text, r.Metadata.Description)
        {
            LocalParams = string.Join("; ", r.LocalParams.Select(l => $"{l.Name} = {l.Expression.Text}")),
            UnitCost = r.Metadata.UnitCost,
            Prorate = r.Metadata.Prorate,
        })
        .Concat(_csharp.Rules.Select(r => new PolicyRule(LoadedRule.Workflow, r.Name, r.File, r.Line, r.Metadata.Component, r.Metadata.RewardType, r.Metadata.Priority,
            r.Metadata.ExclusiveGroup, r.Metadata.EffectiveFrom, r.Metadata.EffectiveTo, r.Condition, null, r.Metadata.Description)
        {
            UnitCost = r.Metadata.UnitCost,
            Prorate = r.Metadata.Prorate,
        }))
        .ToList();

    /// <summary>Every comparison of an employee text field with a literal, for checking against the values the data has.</summary>
    public IReadOnlyList<TextComparison> TextComparisons => _workflows.SelectMany(w => w.Rules)
        .SelectMany(r => r.Expressions.SelectMany(e => LiteralChecks.TextComparisons(e.Body)).Select(c => new TextComparison(r.File, r.Line, r.Name, c.Field, c.Value)))
        .Concat(_csharp.Rules.SelectMany(r => r.TextComparisons))
        .Distinct()
        .ToList();

    /// <summary>Runs every workflow that applies to the person's role.</summary>
    /// <remarks>
    /// The explanation text is rendered later, from the values read here, when someone asks for it;
    /// evaluation itself only computes outcomes and amounts.
    /// </remarks>
    /// <exception cref="PolicyEvaluationException">An expression threw or produced an unusable amount.</exception>
    public PersonResult Evaluate(PersonFacts person, PeriodFacts period) => Evaluate(person, period, explain: true);

    /// <summary>Runs every workflow that applies to the person's role, with or without the audit trail.</summary>
    /// <param name="person">The person.</param>
    /// <param name="period">The period.</param>
    /// <param name="explain">Keep one audit record per rule evaluated. Without it the result has the
    /// same lines and no records: for what-if runs, where only the awards are read.</param>
    /// <exception cref="PolicyEvaluationException">An expression threw or produced an unusable amount.</exception>
    public PersonResult Evaluate(PersonFacts person, PeriodFacts period, bool explain)
    {
        var result = new ResultBuilder(RuleCount, explain);
        var facts = _shape.Row(person, period);
        JsonRuleAudit? audit = null;
        foreach (var workflow in _workflows)
        {
            if (!workflow.Roles.Contains(person.Role))
            {
                continue;
            }

            var verdicts = EvaluateWorkflow(workflow, person, period, facts);
            ResolveExclusiveGroups(verdicts);
            foreach (var verdict in verdicts)
            {
                var line = verdict.Outcome == Outcome.Fired ? ToLine(verdict, person) : null;
                if (explain)
                {
                    audit ??= new JsonRuleAudit(_shape, _workflowOf, _shape.Slim(person), period, Plan.Parameters);
                    result.Add(ToAudit(verdict, person, audit, line), line);
                }
                else if (line is not null)
                {
                    result.AddLine(line);
                }
            }
        }

        // NRules rules run after the JSON workflows, with their awards as facts to chain on.
        SessionRunner.Run(_csharp, person, period, Plan, result, result.Lines);
        result.ApplyLimits(Plan.Components, Plan.Rounding);
        return result.Build();
    }

    /// <summary>
    /// For the benchmark: the C# (NRules) rules alone for one person. As a run evaluates them
    /// (audited when <paramref name="explain"/>), or, with <paramref name="bare"/>, in a bare NRules
    /// session with no audit. Returns the number of lines (or, bare, of firings).
    /// </summary>
    public int EvaluateCSharpRules(PersonFacts person, PeriodFacts period, bool explain, bool bare)
    {
        if (bare)
        {
            return SessionRunner.Bare(_csharp, person, period, Plan);
        }

        var result = new ResultBuilder(_csharp.Rules.Count, explain);
        SessionRunner.Run(_csharp, person, period, Plan, result, []);
        return result.Discard().Lines; // the step's own cost: keeping results for a workbook is the run's, measured end to end
    }

    private List<RuleVerdict> EvaluateWorkflow(CompiledWorkflow workflow, PersonFacts person, PeriodFacts period, FactRow facts)
    {
        var verdicts = new List<RuleVerdict>(workflow.Rules.Count);
        for (var i = 0; i < workflow.Rules.Count; i++)
        {
            var rule = workflow.Rules[i];
            if (!rule.Metadata.InForce(period.Start))
            {
                continue; // another version of the rule, or none, is in force; the Policies sheet says which
            }

            if (Describe.AnyMissing(workflow.Needs[i], person))
            {
                // Which inputs are missing, and why, is worked out when the explanation is rendered.
                verdicts.Add(new RuleVerdict(rule, Outcome.SkippedMissingInput, null, null));
                continue;
            }

            verdicts.Add(EvaluateRule(workflow, rule, person, period, facts));
        }

        return verdicts;
    }

    private RuleVerdict EvaluateRule(CompiledWorkflow workflow, CompiledRule rule, PersonFacts person, PeriodFacts period, FactRow facts)
    {
        ScopedValue? current = null; // which param failed, named only when one does
        var output = false;
        try
        {
            var args = workflow.Scope(rule, facts, ref current);
            current = null;
            var fired = rule.Condition.Invoke(facts, args) is true;
            decimal? amount = null;
            if (fired && rule.Output is not null)
            {
                output = true;
                amount = rule.Output.Invoke(facts, args) as decimal?
                    ?? throw new InvalidOperationException("OutputExpression returned no value");
            }

            return new RuleVerdict(rule, fired ? Outcome.Fired : Outcome.NotFired, amount, null); // the row and params are rebuilt if the explanation is read
        }
        catch (Exception ex) when (ex is not PolicyEvaluationException)
        {
            var inputs = RuleAudit.Inputs(rule, person, period, Plan.Parameters);
            var what = current is not null ? $"param '{current.Name}'" : output ? "OutputExpression" : "Expression";
            throw new PolicyEvaluationException(person.EmployeeId, rule.Name, rule.File, rule.Line, $"{what} failed: {ex.Message} (inputs: {inputs})", ex);
        }
    }

    /// <summary>Within each exclusive group only the highest priority rule that fired keeps its award (the first on a tie).</summary>
    private void ResolveExclusiveGroups(List<RuleVerdict> verdicts)
    {
        Dictionary<string, CompiledRule>? winners = null;
        foreach (var v in verdicts)
        {
            if (v.Outcome == Outcome.Fired && v.Rule.Metadata.ExclusiveGroup is { } group)
            {
                winners ??= new(StringComparer.Ordinal);
                if (!winners.TryGetValue(group, out var best) || v.Rule.Metadata.Priority > best.Metadata.Priority)
                {
                    winners[group] = v.Rule;
                }
            }
        }

        if (winners is null)
        {
            return;
        }

        for (var i = 0; i < verdicts.Count; i++)
        {
            var v = verdicts[i];
            if (v.Outcome == Outcome.Fired && v.Rule.Metadata.ExclusiveGroup is { } group && winners[group] is var winner && winner != v.Rule)
            {
                verdicts[i] = v with { Outcome = Outcome.Superseded, Reason = _winsGroup[winner] };
            }
        }
    }

    private PayoutLine ToLine(RuleVerdict verdict, PersonFacts person)
    {
        var rule = verdict.Rule;
        var meta = rule.Metadata;
        var quantity = meta.RewardType == RewardType.Cash ? verdict.Output!.Value : verdict.Output ?? 1m;
        var (line, problem) = PayLines.Of(rule.Workflow, rule.Name, meta.Component, meta.RewardType, quantity, meta.UnitCost, meta.Prorate, person, Plan);
        return line ?? throw new PolicyEvaluationException(person.EmployeeId, rule.Name, rule.File, rule.Line, $"OutputExpression gave {problem}");
    }

    private AuditRecord ToAudit(RuleVerdict v, PersonFacts person, JsonRuleAudit audit, PayoutLine? line) =>
        new(person.EmployeeId, _identityOf[v.Rule], v.Outcome, v.Output, line?.Amount, audit, v.Reason, line);
}
