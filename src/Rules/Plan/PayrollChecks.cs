using Payout.Common;
using Payout.Rules.Compile;
using Payout.Rules.Files;

namespace Payout.Rules.Plan;

/// <summary>The plan's Payroll section against the rules: every line a rule can pay must reach payroll, and nothing is mapped that no rule pays.</summary>
internal static class PayrollChecks
{
    public static void Check(PayrollPlan payroll, IEnumerable<(string File, int Line, string Name, RuleMetadata Metadata)> rules, string planPath, JsonLines planLines, List<PolicyError> errors)
    {
        var all = rules.ToList();
        foreach (var rule in all.Where(r => r.Metadata.RewardType == RewardType.Cash && !payroll.Components.ContainsKey(r.Metadata.Component)).DistinctBy(r => r.Metadata.Component))
        {
            errors.Add(new PolicyError(planPath, planLines.Of("Payroll", "Components"), string.Empty,
                $"Payroll.Components has no pay element for component '{rule.Metadata.Component}', which rule {rule.Name} ({rule.File}:{rule.Line}) pays in cash{Spelling.DidYouMean(rule.Metadata.Component, payroll.Components.Keys)}"));
        }

        foreach (var rule in all.Where(r => r.Metadata.RewardType is not RewardType.Cash and not RewardType.PtoDays && !payroll.Benefits.ContainsKey(RewardTypes.Name(r.Metadata.RewardType))).DistinctBy(r => r.Metadata.RewardType))
        {
            errors.Add(new PolicyError(planPath, planLines.Of("Payroll", "Benefits"), string.Empty,
                $"Payroll.Benefits has no treatment for reward type '{RewardTypes.Name(rule.Metadata.RewardType)}', which rule {rule.Name} ({rule.File}:{rule.Line}) awards: give its PayElement, GlAccount and Taxable"));
        }

        var cashComponents = all.Where(r => r.Metadata.RewardType == RewardType.Cash).Select(r => r.Metadata.Component).ToHashSet(StringComparer.Ordinal);
        foreach (var component in payroll.Components.Keys.Where(c => !cashComponents.Contains(c)))
        {
            errors.Add(new PolicyError(planPath, planLines.Of("Payroll", component), string.Empty,
                $"Payroll.Components names '{component}', which no rule pays in cash{Spelling.DidYouMean(component, cashComponents)}"));
        }
    }
}
