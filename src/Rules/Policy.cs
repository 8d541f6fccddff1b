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

    private readonly IReadOnlyList<LoadedRule> _csharp;

    internal Policy(PayPlan plan, FactShape shape, IReadOnlyList<CompiledWorkflow> workflows, IReadOnlyList<LoadedRule> csharp, IReadOnlyList<PolicyFile> files)
    {
        Plan = plan;
        _shape = shape;
        _workflows = workflows;
        _csharp = csharp;
        Files = files;
    }

    /// <summary>True when some C# rule reads earlier quarters of the year: callers then supply <see cref="PersonFacts.History"/>.</summary>
    public bool UsesYearHistory => _csharp.Any(r => r.Rule.UsesYearHistory);

    /// <summary>The plan settings.</summary>
    public PayPlan Plan { get; }

    /// <summary>Every policy file read, with its SHA-256.</summary>
    public IReadOnlyList<PolicyFile> Files { get; }

    /// <summary>Number of rules loaded across workflows.</summary>
    public int RuleCount => _workflows.Sum(w => w.Rules.Count) + _csharp.Count;

    /// <summary>Every rule version, in file order, for the Policies sheet.</summary>
    public IReadOnlyList<PolicyRule> Rules => _workflows.SelectMany(w => w.Rules).Select(r => new PolicyRule(
        r.Workflow, r.Name, r.File, r.Line, r.Metadata.Component, r.Metadata.RewardType, r.Metadata.Priority, r.Metadata.ExclusiveGroup,
        r.Metadata.EffectiveFrom, r.Metadata.EffectiveTo, r.Condition.Text, r.Output?.Text, r.Metadata.Description))
        .Concat(_csharp.Select(r => new PolicyRule(ChainEngine.Workflow, r.Rule.Name, r.File, r.Line, r.Rule.Component, null, r.Rule.Priority,
            null, null, null, r.Condition, null, r.Rule.Description)))
        .ToList();

    /// <summary>Runs every workflow that applies to the person's role.</summary>
    /// <exception cref="PolicyEvaluationException">An expression threw or produced an unusable amount.</exception>
    public PersonResult Evaluate(PersonFacts person, PeriodFacts period)
    {
        var result = new ResultBuilder();
        var facts = _shape.Instances(person, period);
        var described = new Dictionary<(string, string), string>();
        foreach (var workflow in _workflows.Where(w => w.Roles.Contains(person.Role)))
        {
            var verdicts = EvaluateWorkflow(workflow, person, period, facts, described);
            foreach (var verdict in ResolveExclusiveGroups(verdicts))
            {
                var line = verdict.Outcome == Outcome.Fired ? ToLine(verdict, person) : null;
                result.Add(ToAudit(verdict, person, line), line);
            }
        }

        // C# rules run after the JSON workflows so they can read what those awarded.
        ChainEngine.Run(_csharp, person, period, Plan, result);
        result.ApplyLimits(Plan.Components, Plan.Rounding);
        return result.Build();
    }

    // described: formatted input values of this person, shared by the rules that read the same fact.
    private List<RuleVerdict> EvaluateWorkflow(CompiledWorkflow workflow, PersonFacts person, PeriodFacts period, object[] facts, Dictionary<(string, string), string> described)
    {
        var verdicts = new List<RuleVerdict>();
        foreach (var rule in workflow.Rules)
        {
            if (!rule.Metadata.InForce(period.Start))
            {
                continue; // another version of the rule, or none, is in force; the Policies sheet says which
            }

            var inputs = string.Join("; ", rule.InputReferences.Select(r =>
            {
                if (!described.TryGetValue(r, out var text))
                {
                    described[r] = text = Describe.Reference(r, person, period, Plan.Parameters);
                }

                return text;
            }));

            if (Describe.MissingInputs(rule, workflow.GlobalParams, person) is { } missing)
            {
                verdicts.Add(new RuleVerdict(rule, Outcome.SkippedMissingInput, inputs, string.Empty, null, missing));
                continue;
            }

            verdicts.Add(EvaluateRule(workflow, rule, person, facts, inputs));
        }

        return verdicts;
    }

    private static RuleVerdict EvaluateRule(CompiledWorkflow workflow, CompiledRule rule, PersonFacts person, object[] facts, string inputs)
    {
        var args = new List<object?>(facts);
        var scoped = new List<string>();
        var current = "Expression";
        try
        {
            foreach (var param in workflow.GlobalParams.Concat(rule.LocalParams))
            {
                current = $"param '{param.Name}'";
                var value = param.Expression.Invoke([.. args]);
                args.Add(value);
                scoped.Add($"{param.Name}={Describe.Value(value)}");
            }

            current = "Expression";
            var fired = rule.Condition.Invoke([.. args]) is true;
            decimal? output = null;
            if (fired && rule.Output is not null)
            {
                current = "OutputExpression";
                output = rule.Output.Invoke([.. args]) as decimal?
                    ?? throw new InvalidOperationException("OutputExpression returned no value");
            }

            return new RuleVerdict(rule, fired ? Outcome.Fired : Outcome.NotFired, inputs, string.Join("; ", scoped), output, null, [.. args]);
        }
        catch (Exception ex) when (ex is not PolicyEvaluationException)
        {
            throw new PolicyEvaluationException(person.EmployeeId, rule.Name, rule.File, rule.Line, $"{current} failed: {ex.Message} (inputs: {inputs})", ex);
        }
    }

    private static IEnumerable<RuleVerdict> ResolveExclusiveGroups(List<RuleVerdict> verdicts)
    {
        var winners = verdicts
            .Where(v => v.Outcome == Outcome.Fired && v.Rule.Metadata.ExclusiveGroup is not null)
            .GroupBy(v => v.Rule.Metadata.ExclusiveGroup!)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Rule.Metadata.Priority)!.Rule);
        return verdicts.Select(v =>
            v.Outcome == Outcome.Fired && v.Rule.Metadata.ExclusiveGroup is { } group && winners[group] != v.Rule
                ? v with { Outcome = Outcome.Superseded, Reason = $"{winners[group].Name} (priority {winners[group].Metadata.Priority}) wins exclusive group '{group}'" }
                : v);
    }

    private PayoutLine ToLine(RuleVerdict verdict, PersonFacts person)
    {
        var rule = verdict.Rule;
        var meta = rule.Metadata;
        if (meta.RewardType == RewardType.Cash)
        {
            var raw = verdict.Output!.Value;
            if (raw < 0)
            {
                throw new PolicyEvaluationException(person.EmployeeId, rule.Name, rule.File, rule.Line, $"OutputExpression gave a negative amount {raw}");
            }

            var proration = meta.Prorate ? person.Proration : 1m;
            var amount = Plan.Rounding.Round(raw * proration);
            return new PayoutLine(person.EmployeeId, rule.Workflow, rule.Name, meta.Component, meta.RewardType, amount, person.Currency, raw, proration, amount);
        }

        var quantity = verdict.Output ?? 1m;
        var unitCost = meta.UnitCost ?? person.AnnualBaseSalary * person.Fte / Plan.WorkingDaysPerYear; // pto_days: the daily rate
        var cost = Plan.Rounding.Round(quantity * unitCost);
        return new PayoutLine(person.EmployeeId, rule.Workflow, rule.Name, meta.Component, meta.RewardType, 0m, person.Currency, quantity, 1m, cost, unitCost);
    }

    private static AuditRecord ToAudit(RuleVerdict v, PersonFacts person, PayoutLine? line)
    {
        var rule = v.Rule;
        return new AuditRecord(person.EmployeeId, rule.Workflow, rule.Name, rule.File, rule.Line, rule.Metadata.Component, v.Outcome,
            rule.Condition.Text, v.Inputs, v.Scoped, v.Output, line?.Amount, SentenceWriter.Write(v, person, line));
    }
}
