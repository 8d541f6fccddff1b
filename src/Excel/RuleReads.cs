using System.Text.RegularExpressions;

namespace Payout.Excel;

/// <summary>Which KPIs the policy's rules name: per rule, and for a person, over the rules the person was evaluated by.</summary>
internal static partial class RuleReads
{
    /// <summary>Per rule (workflow and name), the names its condition, output and LocalParams mention, which may be KPIs.</summary>
    public static IReadOnlyDictionary<(string Workflow, string Rule), IReadOnlySet<string>> ByRule(RunReport report) =>
        report.PolicyRules.GroupBy(r => (r.Workflow, r.Name)).ToDictionary(
            g => g.Key,
            g => (IReadOnlySet<string>)g.SelectMany(r => new[] { r.Condition, r.Output ?? string.Empty, r.LocalParams })
                .SelectMany(text => KpiReference().Matches(text))
                .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
                .ToHashSet(StringComparer.Ordinal));

    /// <summary>The names the rules in <paramref name="person"/>'s audit trail mention; empty without explanations.</summary>
    public static IReadOnlySet<string> Of(PersonOutcome person, IReadOnlyDictionary<(string Workflow, string Rule), IReadOnlySet<string>> byRule)
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in person.Result.Audit)
        {
            if (byRule.GetValueOrDefault((record.Workflow, record.Rule)) is { } names)
            {
                read.UnionWith(names);
            }
        }

        return read;
    }

    // kpi.csat, role_rank.excellence (JSON rules); "csat" (a C# rule's literal): kept only when the person has such a KPI.
    [GeneratedRegex(@"\b(?:kpi|[a-z_]*rank)\.([a-z][a-z0-9_]*)|""([a-z][a-z0-9_]*)""")]
    private static partial Regex KpiReference();
}
