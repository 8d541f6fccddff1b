using Payout.Rules.Audit;
using Payout.Rules.Compile;
using Payout.Rules.Facts;

namespace Payout.Rules.Engine;

/// <summary>Renders the explanation text of a JSON rule's verdict from the values it read.</summary>
internal static class RuleAudit
{
    public static AuditText Render(RuleVerdict verdict, FactShape shape, PersonFacts person, PeriodFacts period, IReadOnlyDictionary<string, decimal> plan, PayoutLine? line) =>
        new(Inputs(verdict.Rule, person, period, plan), Scoped(verdict), SentenceWriter.Write(verdict, shape, person, line));

    /// <summary>Every fact the rule reads, with its value and, for a KPI, its lineage.</summary>
    public static string Inputs(CompiledRule rule, PersonFacts person, PeriodFacts period, IReadOnlyDictionary<string, decimal> plan) =>
        string.Join("; ", rule.InputReferences.Select(r => Describe.Reference(r, person, period, plan)));

    /// <summary>GlobalParam then LocalParam values; they follow the facts in the argument array, named by the condition's parameters.</summary>
    private static string Scoped(RuleVerdict verdict)
    {
        if (verdict.Scoped is not { } scoped)
        {
            return string.Empty;
        }

        var parameters = verdict.Rule.Condition.Parameters;
        return string.Join("; ", scoped.Select((value, i) => $"{parameters[ExpressionText.Roots.Length + i].Name}={Describe.Value(value)}"));
    }
}
