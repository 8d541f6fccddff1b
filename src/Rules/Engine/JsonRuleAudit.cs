using Payout.Rules.Audit;
using Payout.Rules.Compile;
using Payout.Rules.Facts;

namespace Payout.Rules.Engine;

/// <summary>
/// Renders the explanations of one person's JSON rule records. Only the person's facts are
/// kept; GlobalParams and LocalParams are evaluated again from them when the text is asked for,
/// which gives the same values (evaluation is pure) without keeping them per record.
/// </summary>
internal sealed class JsonRuleAudit(FactShape shape, IReadOnlyDictionary<CompiledRule, CompiledWorkflow> workflows, PersonFacts person, PeriodFacts period,
    IReadOnlyDictionary<string, decimal> plan, FactRow row) : AuditSource
{
    public override AuditText Render(AuditRecord record)
    {
        var rule = (CompiledRule)record.Detail!;
        var evaluated = record.Outcome is Outcome.Fired or Outcome.NotFired or Outcome.Superseded;
        ScopedValue? evaluating = null;
        var scoped = evaluated ? workflows[rule].Scope(rule, row, ref evaluating) : null;
        var reason = record.Outcome == Outcome.SkippedMissingInput ? Describe.MissingInputs(workflows[rule].NeedsOf(rule), person) : record.Reason;
        var verdict = new RuleVerdict(rule, record.Outcome, record.Output, reason, evaluated ? row : null, scoped);
        return RuleAudit.Render(verdict, shape, person, period, plan, record.Paid);
    }
}
