using Payout.Rules.Audit;
using Payout.Rules.Compile;
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

    internal Policy(PayPlan plan, FactShape shape, IReadOnlyList<CompiledWorkflow> workflows, IReadOnlyList<PolicyFile> files)
    {
        Plan = plan;
        _shape = shape;
        _workflows = workflows;
        Files = files;
    }

    /// <summary>The plan settings.</summary>
    public PayPlan Plan { get; }

    /// <summary>Every policy file read, with its SHA-256.</summary>
    public IReadOnlyList<PolicyFile> Files { get; }

    /// <summary>Number of rules loaded across workflows.</summary>
    public int RuleCount => _workflows.Sum(w => w.Rules.Count);

    /// <summary>Runs every workflow that applies to the person's role.</summary>
    /// <exception cref="PolicyEvaluationException">An expression threw or produced an unusable amount.</exception>
    public PersonResult Evaluate(PersonFacts person, PeriodFacts period)
    {
        var lines = new List<PayoutLine>();
        var audit = new List<AuditRecord>();
        foreach (var workflow in _workflows.Where(w => w.Roles.Contains(person.Role)))
        {
            var verdicts = EvaluateWorkflow(workflow, person, period);
            foreach (var verdict in ResolveExclusiveGroups(verdicts))
            {
                var line = verdict.Outcome == Outcome.Fired ? ToLine(verdict, person) : null;
                if (line is not null)
                {
                    lines.Add(line);
                }

                audit.Add(ToAudit(verdict, person, line));
            }
        }

        return new PersonResult(lines, audit);
    }

    private List<RuleVerdict> EvaluateWorkflow(CompiledWorkflow workflow, PersonFacts person, PeriodFacts period)
    {
        var facts = _shape.Instances(person, period);
        var verdicts = new List<RuleVerdict>();
        foreach (var rule in workflow.Rules)
        {
            var inputs = string.Join("; ", rule.Expressions.SelectMany(e => e.References).Distinct()
                .Select(r => Describe.Reference(r, person, period, Plan.Parameters)));
            if (!rule.Metadata.InForce(period.Start))
            {
                verdicts.Add(new RuleVerdict(rule, Outcome.NotInForce, inputs, string.Empty, null, "not in force for the period"));
                continue;
            }

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

            return new RuleVerdict(rule, fired ? Outcome.Fired : Outcome.NotFired, inputs, string.Join("; ", scoped), output, null);
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
        var cost = Plan.Rounding.Round(quantity * meta.UnitCost!.Value);
        return new PayoutLine(person.EmployeeId, rule.Workflow, rule.Name, meta.Component, meta.RewardType, 0m, person.Currency, quantity, 1m, cost);
    }

    private static AuditRecord ToAudit(RuleVerdict v, PersonFacts person, PayoutLine? line)
    {
        var rule = v.Rule;
        var sentence = v.Outcome switch
        {
            Outcome.Fired when line is { RewardType: RewardType.Cash } =>
                $"{rule.Name} fired: {rule.Condition.Text} held → {Describe.Money(line.Quantity)}"
                + (line.Proration != 1m ? $" × proration {Describe.Number(line.Proration)}" : string.Empty)
                + $" = {Describe.Money(line.Amount)} {line.Currency}",
            Outcome.Fired => $"{rule.Name} fired: {rule.Condition.Text} held → {Describe.Number(line!.Quantity)} × {rule.Metadata.RewardType} (cost {Describe.Money(line.Cost)} {line.Currency})",
            Outcome.NotFired => $"{rule.Name} did not fire: {rule.Condition.Text} is false; pays nothing",
            Outcome.Superseded => $"{rule.Name} held but is superseded: {v.Reason}; pays nothing",
            Outcome.SkippedMissingInput => $"{rule.Name} not evaluated: {v.Reason}; pays nothing",
            _ => $"{rule.Name} {v.Reason}; pays nothing",
        };
        return new AuditRecord(person.EmployeeId, rule.Workflow, rule.Name, rule.File, rule.Line, rule.Metadata.Component, v.Outcome,
            rule.Condition.Text, v.Inputs, v.Scoped, v.Output, line?.Amount, sentence);
    }
}
