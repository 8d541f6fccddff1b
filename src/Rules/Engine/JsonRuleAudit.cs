using Payout.Rules.Audit;
using Payout.Rules.Compile;
using Payout.Rules.Facts;

namespace Payout.Rules.Engine;

/// <summary>
/// Renders the explanations of one person's JSON rule records. Only the person's slim facts are
/// kept (every KPI some expression reads); the fact row and the GlobalParams and LocalParams are
/// built again from them when the text is asked for, which gives the same values (evaluation is
/// pure and reads nothing the slim facts lack) without keeping them for every person.
/// </summary>
internal sealed class JsonRuleAudit(FactShape shape, IReadOnlyDictionary<CompiledRule, CompiledWorkflow> workflows, PersonFacts person, PeriodFacts period,
    IReadOnlyDictionary<string, decimal> plan) : AuditSource
{
    public override AuditText Render(in AuditRecord record)
    {
        var rule = (CompiledRule)record.Detail!;
        var evaluated = record.Outcome is Outcome.Fired or Outcome.NotFired or Outcome.Superseded;
        var row = evaluated ? shape.Row(person, period) : null;
        ScopedValue? evaluating = null;
        var scoped = row is not null ? workflows[rule].Scope(rule, row, ref evaluating) : null;
        var reason = record.Outcome == Outcome.SkippedMissingInput ? Describe.MissingInputs(workflows[rule].NeedsOf(rule), person) : record.Reason;
        var verdict = new RuleVerdict(rule, record.Outcome, record.Output, reason, row, scoped);
        return RuleAudit.Render(verdict, shape, person, period, plan, record.Paid);
    }
}
